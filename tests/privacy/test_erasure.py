"""Delete my account: the person and everything that identifies them go; cohorts keep only an
anonymous count of members who left, and their facilitators are told "a member" left."""

import pytest
from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.contrib.sessions.models import Session
from django.db import models
from django.test import Client
from wagtail.log_actions import log

from champions.accounts.models import User
from cohorts.analytics import cohort_report
from cohorts.constants import DepartureReason
from cohorts.models import CohortDeparture, CohortMembership
from councils.services import roster_upload_stage
from courses.models import LessonProgress, Reflection
from privacy.constants import AccessAction
from privacy.models import AccessLogEntry
from privacy.services import ErasureRefused, account_erase
from quizzes.models import QuizAttempt, SelfAssessment, StageSnapshot
from tests.helpers import (
    confirm_identity,
    confirm_identity_by_code,
    h1_count,
    roster_csv,
    sign_in,
    subject_of,
)

from .conftest import EMAIL, FACILITATOR_EMAIL, FIRST_NAME, LAST_NAME, WARD

pytestmark = pytest.mark.django_db


def traces_of(user_id: int, needles: list[str]) -> list[str]:
    """Every row anywhere that points at ``user_id`` or contains one of ``needles`` in a text
    or JSON column, across every model Django knows (ours, Wagtail's, allauth's, Django's)."""
    found = []
    text_fields = (models.CharField, models.TextField, models.JSONField)
    for model in apps.get_models(include_auto_created=True):
        rows = model._base_manager
        for field in model._meta.concrete_fields:
            label = f"{model._meta.label}.{field.name}"
            if field.is_relation and field.related_model is User:
                if rows.filter(**{field.attname: user_id}).exists():
                    found.append(f"{label} = {user_id}")
            elif isinstance(field, text_fields):
                for needle in needles:
                    if rows.filter(**{f"{field.name}__icontains": needle}).exists():
                        found.append(f"{label} contains {needle!r}")
    # Generic references (Wagtail's history, revisions and search index name rows by content
    # type and object id) to the person's account.
    user_type = ContentType.objects.get_for_model(User)
    for model in apps.get_models():
        names = {f.name for f in model._meta.concrete_fields}
        if {"content_type", "object_id"} <= names and model._base_manager.filter(
            content_type=user_type, object_id=str(user_id)
        ).exists():
            found.append(f"{model._meta.label} about user {user_id}")
    for session in Session.objects.all():
        data = session.get_decoded()
        if str(data.get("_auth_user_id")) == str(user_id):
            found.append(f"a session signed in as {user_id}")
        found += [f"a session holding {n!r}" for n in needles if n.lower() in str(data).lower()]
    return found


def test_a_deleted_councillor_leaves_no_trace_but_an_anonymous_count(
    client, learner, history, cohort, council, people, outbox, django_capture_on_commit_callbacks
):
    user_id = learner.pk
    needles = [EMAIL, LAST_NAME, WARD]
    # Their facilitator looks at their page; a roster upload waits with their row in it;
    # Wagtail's own log names them.
    facilitator = Client()
    sign_in(facilitator, FACILITATOR_EMAIL)
    assert facilitator.get(f"/cohorts/{cohort.pk}/learners/{user_id}/").status_code == 200
    upload = roster_upload_stage(
        council=council,
        uploaded_by=people["leader"],
        filename="roster.csv",
        data=roster_csv(
            [
                (f"{FIRST_NAME} {LAST_NAME}", EMAIL.upper(), "cabinet", WARD, "2019"),
                ("Someone Else", "someone.else@riverside.example.org", "backbench", "", ""),
            ]
        ),  # fmt: skip
    )
    log(instance=history["lesson"], action="wagtail.edit", user=learner)
    members_before = cohort_report(cohort=cohort).headline["members"]
    assert len(traces_of(user_id, needles)) > 10  # the scan does find a live person

    sign_in(client, EMAIL)
    assert client.get("/account/delete/").url.startswith("/accounts/reauthenticate/")
    confirm_identity(client)
    page = client.get("/account/delete/")
    assert page.status_code == 200 and h1_count(page.content.decode()) == 1
    refused = client.post("/account/delete/", {"confirmation": "delete my acount"})
    assert refused.status_code == 400 and "Nothing has been deleted" in refused.content.decode()
    assert User.objects.filter(pk=user_id).exists()

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/account/delete/", {"confirmation": "  Delete my ACCOUNT "})
    assert response.status_code == 302 and response.url == "/account/deleted/"
    done = client.get("/account/deleted/").content.decode()
    assert "Your account has been deleted" in done and h1_count(done) == 1
    assert client.get("/learn/").status_code == 302  # signed out

    assert traces_of(user_id, needles) == []
    departure = CohortDeparture.objects.get(cohort=cohort)
    assert departure.reason == DepartureReason.DELETED
    assert (departure.had_baseline, departure.lessons_completed, departure.quizzes_passed) == (
        True,
        1,
        1,
    )
    headline = cohort_report(cohort=cohort).headline
    assert headline["members"] == members_before - 1 and headline["left"] == 1
    dashboard = facilitator.get(f"/cohorts/{cohort.pk}/").content.decode()
    assert "Left the programme" in dashboard

    entry = AccessLogEntry.objects.get(action=AccessAction.VIEWED_LEARNER, cohort=cohort)
    assert entry.subject is None and entry.path == f"/cohorts/{cohort.pk}/learners/deleted/"
    assert entry.subject_label == "A learner whose account has been deleted"
    upload.refresh_from_db()
    assert [row["email"] for row in upload.rows] == ["someone.else@riverside.example.org"]

    told = [m for m in outbox if m.to == [FACILITATOR_EMAIL]]
    assert [subject_of(m) for m in told] == [
        f"Mae aelod wedi gadael {cohort.name} / A member has left {cohort.name}"
    ]
    for needle in [*needles, FIRST_NAME]:
        assert needle.lower() not in told[0].body.lower()
    assert "1 member has left this cohort" in told[0].body


def test_a_councillor_who_signs_in_by_code_confirms_by_a_fresh_emailed_code(
    client, learner, outbox
):
    learner.set_unusable_password()
    learner.save()
    client.force_login(learner)
    asked = client.get("/account/delete/")
    assert asked.status_code == 302 and asked.url.startswith("/accounts/reauthenticate/")
    wrong = client.get(asked.url, follow=True)
    assert "password" not in wrong.content.decode().lower()  # they have none
    confirmed = confirm_identity_by_code(client, asked, outbox)
    assert confirmed.status_code == 302 and confirmed.url == "/account/delete/"
    response = client.post("/account/delete/", {"confirmation": "delete my account"})
    assert response.url == "/account/deleted/"
    assert not User.objects.filter(email=EMAIL).exists()


def test_a_wrong_confirmation_code_deletes_nothing(client, learner, outbox):
    learner.set_unusable_password()
    learner.save()
    client.force_login(learner)
    asked = client.get("/account/delete/")
    page = client.get(asked.url, follow=True)
    code_page = page.redirect_chain[-1][0] if page.redirect_chain else asked.url
    step = client.post(code_page, {"recipient": EMAIL})
    refused = client.post(step.url, {"code": "AAAA-AAAA"})
    assert refused.status_code == 200 and "Confirm it" in refused.content.decode()
    assert client.get("/account/delete/").status_code == 302
    assert User.objects.filter(email=EMAIL).exists()


@pytest.mark.parametrize("role", ["facilitator", "leader", "trainer", "admin"])
def test_staff_cannot_delete_their_own_account(client, people, role):
    sign_in(client, people[role].email)
    assert 'href="/account/delete/"' not in client.get("/account/").content.decode()
    assert client.get("/account/delete/").status_code == 403
    assert client.post("/account/delete/", {"confirmation": "delete my account"}).status_code == 403
    with pytest.raises(ErasureRefused):
        account_erase(user=people[role])
    assert User.objects.filter(pk=people[role].pk).exists()


def test_signed_out_visitors_are_sent_to_sign_in(client):
    for url in ("/account/delete/", "/account/data/"):
        response = client.get(url)
        assert response.status_code == 302 and response.url.startswith("/accounts/login/")


def test_everyone_else_keeps_every_record(learner, history):
    kinds = (QuizAttempt, SelfAssessment, LessonProgress, Reflection, StageSnapshot,
             CohortMembership)  # fmt: skip
    before = {kind: kind.objects.exclude(user=learner).count() for kind in kinds}
    account_erase(user=learner)
    assert {kind: kind.objects.count() for kind in kinds} == before
    assert before[QuizAttempt] > 0 and before[SelfAssessment] > 0
