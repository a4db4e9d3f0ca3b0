"""After "delete my account", nothing in the admin's history, revisions, search index, sessions
or background-task results still names the person: the labels Wagtail wrote when an admin
edited their profile ("Jo Bloggs (Riverside)") go with them."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.test import Client
from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from wagtail.log_actions import log
from wagtail.models import ModelLogEntry, Revision
from wagtail.search.models import IndexEntry

from champions.accounts.models import CouncillorProfile
from privacy.models import DataExport
from tests.factories import AdminFactory, CouncilFactory, CouncillorFactory
from tests.helpers import PASSWORD, confirm_identity, sign_in

from .test_erasure import traces_of

pytestmark = pytest.mark.django_db

SURNAME = "Vexillographer-Quimby"
WARD = "Quimby Heath"


@pytest.fixture
def person():
    council = CouncilFactory(name="Quimbyshire Council")
    return CouncillorFactory(council=council, first_name="Ottoline", last_name=SURNAME,
                             ward=WARD, password=PASSWORD)  # fmt: skip


def admin_edits_their_profile(person):
    """Through the Wagtail admin's councillor pages, as a platform admin would."""
    admin_client = Client()
    sign_in(admin_client, AdminFactory().email)
    profile = person.councillor_profile
    response = admin_client.post(
        f"/admin/councillors/edit/{profile.pk}/",
        {"user": person.pk, "council": profile.council_id, "position": "chair",
         "ward": WARD, "year_first_elected": "2018"},
    )  # fmt: skip
    assert response.status_code == 302, response.content.decode()[:2000]
    assert ModelLogEntry.objects.filter(label__contains=SURNAME).exists()
    log(instance=person, action="wagtail.edit")  # as the admin's own user pages log it


def other_traces(person):
    profile = person.councillor_profile
    profile_type = ContentType.objects.get_for_model(CouncillorProfile)
    Revision.objects.create(
        content_type=profile_type, base_content_type=profile_type, object_id=str(profile.pk),
        object_str=str(profile), content={"ward": WARD}, created_at=timezone.now(),
    )  # fmt: skip
    IndexEntry.objects.create(
        content_type=profile_type, object_id=str(profile.pk), title=str(profile),
        autocomplete=SURNAME, body=WARD,
    )  # fmt: skip
    # Someone (they, on another device) asks for a sign-in code: the session holds the address.
    Client().post("/accounts/login/code/", {"email": person.email})
    # A copy of their data was built by the worker; another task's result names them.
    export = DataExport.objects.create(user=person)
    for kwargs, result in (({"export_id": export.pk}, None), ({}, f"sent to {person.email}")):
        DBTaskResult.objects.create(
            status="SUCCESSFUL", args_kwargs={"args": [], "kwargs": kwargs}, priority=0,
            task_path="privacy.tasks.build_data_export" if kwargs else "councils.tasks.x",
            queue_name="default", backend_name="default", run_after=timezone.now(),
            return_value=result, exception_class_path="", traceback="",
        )  # fmt: skip


def test_deleting_an_account_leaves_nothing_in_the_admins_history_or_elsewhere(
    client, person, django_capture_on_commit_callbacks
):
    user_id, needles = person.pk, [person.email, SURNAME, WARD]
    admin_edits_their_profile(person)
    other_traces(person)
    before = traces_of(user_id, needles)
    # (On PostgreSQL the search index holds vectors, not text, so it is checked by reference.)
    profile = person.councillor_profile
    index_entry = IndexEntry.objects.get(
        content_type=ContentType.objects.get_for_model(profile), object_id=str(profile.pk)
    )
    for kind in ("wagtailcore.ModelLogEntry.label", "wagtailcore.Revision",
                 "a session holding", "DBTaskResult"):  # fmt: skip
        assert any(kind in trace for trace in before), (kind, before)

    sign_in(client, person.email)
    confirm_identity(client)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/account/delete/", {"confirmation": "delete my account"})
    assert response.status_code == 302 and response.url == "/account/deleted/"

    assert traces_of(user_id, needles) == []
    assert not IndexEntry.objects.filter(pk=index_entry.pk).exists()
