"""The personal development plan: a first draft from the lowest-rated confidence statements and
open commitments, saved by the councillor, private, in their data and erased with it."""

from datetime import timedelta

import pytest
from django.utils import timezone

from privacy.queries import personal_data
from privacy.services import account_erase
from quizzes.models import InstrumentItem
from quizzes.services import self_assessment_submit
from recognition.constants import CommitmentSource
from recognition.models import DevelopmentPlan
from recognition.services import NewCommitment, commitments_set
from tests.factories.instrument import instrument_answers, instrument_items
from tests.helpers import h1_count

pytestmark = pytest.mark.django_db


def test_the_first_draft_names_the_least_confident_statements_and_open_commitments(
    client, world, passed
):
    me = world.councillors[0]
    items = instrument_items()
    answers = instrument_answers(a=4, c=8, b=2)
    confidence = [i for i in items if i.dimension == "C"]
    answers[confidence[0].key] = 1  # the one they feel least confident about
    self_assessment_submit(user=me, occasion="T0", answers=answers)
    commitments_set(
        user=me,
        module=passed,
        commitments=[
            NewCommitment(text="Ask who owns the data", source=CommitmentSource.OWN_WORDS)
        ],
        now=timezone.now() - timedelta(days=2),
    )
    client.force_login(me)
    response = client.get("/learn/plan/")
    html = response.content.decode()
    assert response.status_code == 200 and h1_count(html) == 1
    lowest = InstrumentItem.objects.originals().get(key=confidence[0].key).text
    develop = html.split('name="to_develop"')[1].split("</textarea>")[0]
    assert lowest in develop
    assert "Ask who owns the data" in html.split('name="goals"')[1].split("</textarea>")[0]
    assert "stage" not in develop.casefold()


def test_the_councillor_saves_their_plan_and_sees_it_again(client, world):
    me = world.councillors[0]
    client.force_login(me)
    data = {"strengths": "Chairing", "to_develop": "Data", "goals": "Scrutiny of the website"}
    assert client.post("/learn/plan/", data).status_code == 302
    assert client.post("/learn/plan/", data).status_code == 302  # twice: still one plan
    assert DevelopmentPlan.objects.filter(user=me).count() == 1
    assert "Scrutiny of the website" in client.get("/learn/plan/").content.decode()
    assert personal_data(user=me)["development_plan"][0]["strengths"] == "Chairing"
    my_id = me.pk  # erasing the account clears me.pk
    account_erase(user=me, notify=False)
    assert not DevelopmentPlan.objects.filter(user_id=my_id).exists()


def test_a_plan_too_long_gets_a_clear_message_and_changes_nothing(client, world):
    client.force_login(world.councillors[0])
    response = client.post("/learn/plan/", {"strengths": "x" * 3001})
    assert response.status_code == 400
    assert "Your strengths must be 3,000 characters or fewer" in response.content.decode()
    assert not DevelopmentPlan.objects.filter(user__in=world.councillors).exists()


def test_staff_cannot_open_a_plan(client, world):
    client.force_login(world.facilitator)
    assert client.get("/learn/plan/").status_code == 403


# Session, user, roles, the plan (none yet), the latest sitting (none: so no answers), the
# commitments not yet done, and whom it can be sent to (the council and the plan, in one).
PLAN_PAGE_QUERIES = 6


def test_the_plan_page_runs_a_fixed_number_of_queries(client, world, django_assert_num_queries):
    client.force_login(world.councillors[0])
    client.get("/learn/plan/")
    with django_assert_num_queries(PLAN_PAGE_QUERIES):
        assert client.get("/learn/plan/").status_code == 200
    # With a contact and a saved plan (the "Send a copy" form shown): two fewer, as a saved
    # plan needs no first draft (no sitting, no commitments read).
    council = world.councils[0]
    council.contact_name, council.contact_email = "Member Services", "ms@testford.example.org"
    council.save(update_fields=["contact_name", "contact_email"])
    client.post("/learn/plan/", {"strengths": "Chairing", "to_develop": "", "goals": ""})
    with django_assert_num_queries(PLAN_PAGE_QUERIES - 2):
        assert "Send a copy to Member Services" in client.get("/learn/plan/").content.decode()
