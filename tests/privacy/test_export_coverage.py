""" "Download my data" covers everything that refers to a person: sign-in sessions, who invited
them and when they were emailed, the staff exports that listed them. A walk over every foreign
key to the user model, in every installed app (Wagtail's and allauth's too), fails when one is
neither exported nor listed as excluded with a reason."""

import json

import pytest
from django.apps import apps
from django.conf import settings
from django.test import Client

from councils.services import invitations_send
from privacy.constants import AccessAction
from privacy.coverage import EXPORTED, NOT_EXPORTED
from privacy.queries import SECTIONS
from tests.factories import (
    CohortFactory,
    CouncilFactory,
    CouncillorFactory,
    FacilitatorFactory,
    LeaderFactory,
)
from tests.helpers import PASSWORD, confirm_identity, sign_in

pytestmark = pytest.mark.django_db

BROWSER = "Mozilla/5.0 (Quillfeather test browser)"
ADDRESS = "198.51.100.23"


def references_to_people() -> set[str]:
    user_model = apps.get_model(settings.AUTH_USER_MODEL)
    found = set()
    for model in apps.get_models():
        for field in model._meta.get_fields():
            if (
                field.is_relation
                and not field.auto_created
                and field.related_model is user_model
                and field.model is model  # where it is declared, not every subclass page
            ):
                found.add(f"{model._meta.label}.{field.name}")
    return found


def test_every_reference_to_a_person_is_exported_or_excluded_with_a_reason():
    references = references_to_people()
    unaccounted = references - set(EXPORTED) - set(NOT_EXPORTED)
    assert not unaccounted, f"add these to privacy/coverage.py: {sorted(unaccounted)}"
    assert not set(EXPORTED) & set(NOT_EXPORTED)
    assert not (set(EXPORTED) | set(NOT_EXPORTED)) - references, "a row for nothing"
    assert all(reason.strip() for reason in NOT_EXPORTED.values())
    for where in EXPORTED.values():
        assert where.split()[0] in SECTIONS, where


@pytest.fixture
def world(django_capture_on_commit_callbacks):
    council = CouncilFactory(name="Quillshire Council")
    learner = CouncillorFactory(council=council, password=PASSWORD)
    leader = LeaderFactory(council=council, first_name="Lorna", last_name="Inviter")
    facilitator = FacilitatorFactory(first_name="Felix", last_name="Exporter")
    cohort = CohortFactory(name="Quill cohort", councils=[council], facilitators=[facilitator],
                           members=[learner])  # fmt: skip
    with django_capture_on_commit_callbacks(execute=True):
        invitations_send(council=council, user_ids=[learner.pk], invited_by=leader)
    return {"learner": learner, "facilitator": facilitator, "cohort": cohort, "council": council}


def staff_export(facilitator, cohort):
    staff = Client()
    sign_in(staff, facilitator.email)
    confirm_identity(staff)
    response = staff.get(f"/cohorts/{cohort.pk}/export/learners.csv")
    assert response.status_code == 200


def my_data(client, capture) -> dict:
    with capture(execute=True):
        client.post("/account/data/")
    export = client.get("/account/data/").context["export"]
    confirm_identity(client)
    response = client.get(f"/account/data/{export.pk}/your-data.json")
    assert response.status_code == 200
    return json.loads(response.content)["data"]


def test_a_copy_of_my_data_has_my_sessions_my_invitations_and_the_exports_i_was_in(
    world, django_capture_on_commit_callbacks
):
    staff_export(world["facilitator"], world["cohort"])
    me = Client(REMOTE_ADDR=ADDRESS, HTTP_USER_AGENT=BROWSER)
    sign_in(me, world["learner"].email)

    data = my_data(me, django_capture_on_commit_callbacks)
    assert set(data) == set(SECTIONS)

    (session,) = data["sign_in_sessions"]
    assert (session["internet_address"], session["browser"]) == (ADDRESS, BROWSER)
    assert "session_key" not in session

    (invitation,) = data["invitations"]
    assert invitation["invited_by"].startswith("Lorna Inviter <")
    assert invitation["emailed_to"] == world["learner"].email and invitation["emailed_at"]

    (export,) = data["exports_including_you"]
    assert export["what"] == AccessAction.EXPORTED_LEARNERS.label
    assert export["by"].startswith("Felix Exporter") and export["cohort"] == "Quill cohort"


def test_exports_from_before_i_joined_or_of_other_cohorts_are_not_mine(
    world, django_capture_on_commit_callbacks
):
    other = CohortFactory(name="Other cohort", facilitators=[world["facilitator"]],
                          members=[CouncillorFactory()])  # fmt: skip
    staff_export(world["facilitator"], other)
    me = Client()
    sign_in(me, world["learner"].email)
    assert my_data(me, django_capture_on_commit_callbacks)["exports_including_you"] == []


def test_a_member_of_staffs_copy_has_what_they_did_in_the_content_editor():
    from wagtail.models import PageLogEntry

    from privacy.queries import personal_data
    from tests.factories import LessonPageFactory, TrainerFactory

    trainer = TrainerFactory()
    lesson = LessonPageFactory(title="A lesson the trainer edited")
    PageLogEntry.objects.log_action(instance=lesson, action="wagtail.edit", user=trainer)
    (row,) = personal_data(user=trainer)["admin_activity"]
    assert (row["action"], row["item"]) == ("wagtail.edit", "A lesson the trainer edited")
