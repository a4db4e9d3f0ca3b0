"""Sending a copy of the development plan to the council's programme contact: once per version
of the plan and day, no stage unless the councillor ticks it, only their own plan, never
without a contact; in "download my data" and erased with the account."""

import pytest
from django.core import mail

from privacy.queries import personal_data
from privacy.services import account_erase
from quizzes.constants import LEARNER_STAGE_LABELS, STAGE_LABELS
from quizzes.services import self_assessment_submit
from recognition.models import DevelopmentPlanShare
from recognition.queries import latest_stage
from tests.factories.instrument import instrument_answers, instrument_items
from tests.helpers import h1_count

pytestmark = pytest.mark.django_db

PLAN = {"strengths": "Chairing", "to_develop": "Reading data", "goals": "Scrutinise the website"}
CONTACT = "members@testford.example.org"
SEND = "Send a copy to Member Services"


@pytest.fixture
def contact(world):
    council = world.councils[0]
    council.contact_name, council.contact_email = "Member Services", CONTACT
    council.save(update_fields=["contact_name", "contact_email"])
    return council


@pytest.fixture
def assessed(world):
    """The first councillor has a stage, which must not travel unless they say so."""
    instrument_items()
    self_assessment_submit(
        user=world.councillors[0], occasion="T0", answers=instrument_answers(a=4, c=5, b=2)
    )
    stage = latest_stage(user=world.councillors[0])
    assert stage is not None
    return stage


@pytest.fixture
def send(client, django_capture_on_commit_callbacks):
    """Posts "Send a copy" as the browser does, running what the request left for after its
    commit (the email task), as a real request's end would."""

    def post(data=None, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post("/learn/plan/share/", data or {}, **kwargs)

    return post


def stage_words(text: str) -> list[str]:
    folded = text.casefold()
    labels = {
        label.casefold() for label in [*STAGE_LABELS.values(), *LEARNER_STAGE_LABELS.values()]
    }
    return [label for label in labels if label in folded] + (["of 5"] if "of 5" in folded else [])


def test_a_share_emails_the_contact_once_with_no_stage(client, send, world, contact, assessed):
    me = world.councillors[0]
    client.force_login(me)
    assert client.post("/learn/plan/", PLAN).status_code == 302
    page = client.get("/learn/plan/").content.decode()
    assert h1_count(page) == 1
    assert SEND in page and 'for="id_include_stage"' in page
    response = send(follow=True)
    assert f"A copy of your plan is on its way to {CONTACT}." in response.content.decode()
    # A double click: the same plan the same day is not sent again.
    again = send(follow=True).content.decode()
    assert "You already sent this version of your plan" in again
    assert len(mail.outbox) == 1 and DevelopmentPlanShare.objects.filter(user=me).count() == 1
    email = mail.outbox[0]
    assert email.to == [CONTACT] and email.reply_to == [me.email]
    assert me.get_full_name() in email.subject and contact.name in email.subject
    for text in PLAN.values():
        assert text in email.body
    assert not stage_words(email.subject + email.body), stage_words(email.body)
    share = DevelopmentPlanShare.objects.get(user=me)
    assert share.sent_at is not None and not share.include_stage


def test_the_stage_goes_only_when_ticked(client, send, world, contact, assessed):
    me = world.councillors[0]
    client.force_login(me)
    client.post("/learn/plan/", PLAN)
    send({"include_stage": "on"})
    assert len(mail.outbox) == 1
    body = mail.outbox[0].body
    assert f"{LEARNER_STAGE_LABELS[assessed]} (stage {assessed} of 5)" in body
    assert "score" not in body.casefold().replace("no score", "")
    # A changed plan is a new version: it can be sent again the same day.
    client.post("/learn/plan/", PLAN | {"goals": "Chair the digital board"})
    send()
    assert len(mail.outbox) == 2 and "Chair the digital board" in mail.outbox[1].body
    assert not stage_words(mail.outbox[1].body)


def test_without_a_contact_there_is_no_button_and_a_post_is_refused(client, send, world):
    me = world.councillors[0]
    client.force_login(me)
    client.post("/learn/plan/", PLAN)
    page = client.get("/learn/plan/").content.decode()
    assert "Your council has not named a programme contact yet" in page
    assert "/learn/plan/share/" not in page and "Send a copy to" not in page
    response = send({"include_stage": "on"}, follow=True)
    assert response.status_code == 200
    assert "Your council has not named a programme contact yet" in response.content.decode()
    assert not mail.outbox and not DevelopmentPlanShare.objects.exists()


def test_a_councillor_sends_only_their_own_plan(client, send, world, contact):
    mine, theirs = world.councillors[0], world.councillors[1]
    client.force_login(mine)
    client.post("/learn/plan/", PLAN)
    # The other councillor, same council, no plan saved: nothing of mine is sent.
    client.force_login(theirs)
    response = send(follow=True)
    assert "Save your plan first" in response.content.decode()
    assert not mail.outbox and not DevelopmentPlanShare.objects.exists()
    client.post("/learn/plan/", {"strengths": "Listening", "to_develop": "", "goals": ""})
    send()
    assert len(mail.outbox) == 1
    assert "Listening" in mail.outbox[0].body and "Chairing" not in mail.outbox[0].body
    assert mail.outbox[0].reply_to == [theirs.email]
    # Staff have no plan to send.
    for person in (world.leader, world.facilitator):
        client.force_login(person)
        assert send().status_code == 403
    assert len(mail.outbox) == 1


def test_a_share_is_in_my_data_and_erased_with_me(client, send, world, contact):
    me = world.councillors[0]
    client.force_login(me)
    client.post("/learn/plan/", PLAN)
    send()
    rows = personal_data(user=me)["development_plan_shares"]
    assert [(r["sent_to"], r["included_stage"]) for r in rows] == [(CONTACT, False)]
    my_id = me.pk
    account_erase(user=me, notify=False)
    assert not DevelopmentPlanShare.objects.filter(user_id=my_id).exists()
