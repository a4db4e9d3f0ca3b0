"""Commitments after a module: setting them, following them up at 30 and 90 days (with a moved
clock), keeping them private, and every kind of bad input changing nothing."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from recognition.constants import CommitmentSource, FollowUpOutcome
from recognition.models import Commitment, CommitmentFollowUp
from recognition.queries import commitment_summary, own_commitments
from recognition.services import (
    NewCommitment,
    NotAllowed,
    commitments_set,
    follow_up_record,
)

pytestmark = pytest.mark.django_db

OWN = CommitmentSource.OWN_WORDS


def own(*texts):
    return [NewCommitment(text=t, source=OWN) for t in texts]


def commit_url(module):
    return f"/learn/modules/{module.pk}/commitments/"


# --- setting commitments ------------------------------------------------------------------


def test_the_result_page_of_a_passed_quiz_offers_to_set_commitments(client, world, passed):
    me = world.councillors[0]
    client.force_login(me)
    attempt = me.quiz_attempts.get(module=passed)
    html = client.get(f"/quizzes/attempts/{attempt.pk}/result/").content.decode()
    assert f'href="{commit_url(passed)}"' in html
    assert "Set your commitments for" in html


def test_the_page_suggests_the_modules_questions_to_ask_officers(client, world, passed):
    client.force_login(world.councillors[0])
    response = client.get(commit_url(passed))
    html = response.content.decode()
    assert response.status_code == 200
    assert html.count("<h1") == 1
    assert "Who decides what goes online?" in html  # the factory module's officer question


def test_a_councillor_sets_a_suggestion_and_one_in_their_own_words(client, world, passed):
    me = world.councillors[0]
    client.force_login(me)
    response = client.post(
        commit_url(passed),
        {"suggestions": ["Who decides what goes online?"], "own_1": "Ask for the data plan"},
    )
    assert response.status_code == 302
    rows = list(Commitment.objects.filter(user=me).order_by("slot"))
    assert [(c.text, c.source, c.shared_with_facilitator) for c in rows] == [
        ("Who decides what goes online?", CommitmentSource.OFFICER_QUESTION, False),
        ("Ask for the data plan", OWN, False),
    ]
    listing = client.get("/learn/commitments/").content.decode()
    assert "Ask for the data plan" in listing and "Only you" in listing


def test_submitting_the_same_commitments_twice_keeps_one_of_each(world, passed):
    me = world.councillors[0]
    commitments_set(user=me, module=passed, commitments=own("Ask about open data"))
    commitments_set(user=me, module=passed, commitments=own("Ask about open data"))
    assert Commitment.objects.filter(user=me).count() == 1


def test_a_councillor_who_has_not_passed_the_quiz_cannot_set_commitments(client, world):
    me = world.councillors[0]
    module = world.programme.modules[0]
    client.force_login(me)
    response = client.post(commit_url(module), {"own_1": "Something"})
    assert response.status_code == 403
    assert "once you have passed this module" in response.content.decode()
    with pytest.raises(NotAllowed):
        commitments_set(user=me, module=module, commitments=own("Something"))
    assert not Commitment.objects.filter(user__in=world.councillors).exists()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({}, "Choose a question to ask officers or write a commitment in your own words"),
        ({"own_1": "   "}, "Choose a question to ask officers or write a commitment"),
        ({"own_1": "x" * 2000}, "A commitment must be 500 characters or fewer"),
        ({"suggestions": ["Not one of the questions"]}, "Choose from the questions listed"),
    ],
    ids=["empty", "blank", "2000-characters", "unknown-suggestion"],
)
def test_bad_commitments_get_a_clear_message_and_change_nothing(
    client, world, passed, data, message
):
    client.force_login(world.councillors[0])
    response = client.post(commit_url(passed), data)
    assert response.status_code == 400
    html = response.content.decode()
    assert "There is a problem" in html and message in html
    assert not Commitment.objects.filter(user__in=world.councillors).exists()


def test_no_more_than_three_commitments_for_a_module(client, world, passed):
    me = world.councillors[0]
    client.force_login(me)
    commitments_set(user=me, module=passed, commitments=own("One", "Two"))
    response = client.post(commit_url(passed), {"own_1": "Three", "own_2": "Four"})
    assert response.status_code == 400
    assert "Choose no more than 1 commitment" in response.content.decode()
    with pytest.raises(ValidationError):
        commitments_set(user=me, module=passed, commitments=own("Three", "Four"))
    assert Commitment.objects.filter(user=me).count() == 2


def test_the_database_refuses_a_fourth_commitment_and_an_empty_one(world, passed):
    me = world.councillors[0]
    made = commitments_set(user=me, module=passed, commitments=own("One"))[0]
    base = {"user": me, "module": passed, "module_title": "m", "source": OWN, "set_at": made.set_at}
    with pytest.raises(IntegrityError), transaction.atomic():
        Commitment.objects.create(**base, slot=4, text="Four")
    with pytest.raises(IntegrityError), transaction.atomic():
        Commitment.objects.create(**base, slot=2, text="")
    with pytest.raises(IntegrityError), transaction.atomic():
        Commitment.objects.create(**base, slot=1, text="Same slot")


# --- follow-ups at 30 and 90 days (a moved clock) -----------------------------------------


def test_follow_ups_fall_due_on_day_30_and_day_90(world, passed):
    me = world.councillors[0]
    set_at = timezone.now() - timedelta(days=200)
    commitment = commitments_set(user=me, module=passed, commitments=own("Ask"), now=set_at)[0]

    def due(days_on):
        return own_commitments(user=me, now=set_at + timedelta(days=days_on))[0].due

    assert due(29) == ()
    assert due(30) == (30,)
    follow_up_record(
        user=me,
        commitment_id=commitment.pk,
        days=30,
        outcome=FollowUpOutcome.PARTLY,
        now=set_at + timedelta(days=30),
    )
    assert due(89) == ()
    assert due(90) == (90,)
    summary = commitment_summary(user=me, now=set_at + timedelta(days=90))
    assert (summary.total, summary.done, summary.to_check_in) == (1, 0, 1)


def test_a_follow_up_before_its_day_is_refused_and_writes_nothing(world, passed):
    me = world.councillors[0]
    set_at = timezone.now()
    commitment = commitments_set(user=me, module=passed, commitments=own("Ask"), now=set_at)[0]
    with pytest.raises(NotAllowed):
        follow_up_record(
            user=me,
            commitment_id=commitment.pk,
            days=30,
            outcome=FollowUpOutcome.DONE,
            now=set_at + timedelta(days=29),
        )
    assert not CommitmentFollowUp.objects.filter(commitment__user__in=world.councillors).exists()


def test_answering_a_follow_up_twice_keeps_the_first_answer(world, passed):
    me = world.councillors[0]
    set_at = timezone.now() - timedelta(days=31)
    commitment = commitments_set(user=me, module=passed, commitments=own("Ask"), now=set_at)[0]
    for outcome in (FollowUpOutcome.DONE, FollowUpOutcome.NOT_YET):
        follow_up_record(user=me, commitment_id=commitment.pk, days=30, outcome=outcome)
    assert list(commitment.follow_ups.values_list("outcome", flat=True)) == ["done"]


def test_my_learning_and_my_journey_say_how_many_to_check_in_on(client, world, passed):
    me = world.councillors[0]
    client.force_login(me)
    commitments_set(
        user=me,
        module=passed,
        commitments=own("Ask", "Publish"),
        now=timezone.now() - timedelta(days=35),
    )
    for url in ("/learn/", "/journey/"):
        html = client.get(url).content.decode()
        assert "2 commitments to check in on" in html, url
        assert "0 of 2 done" in html, url


def test_the_councillor_answers_a_due_follow_up_and_my_journey_counts_it_done(
    client, world, passed
):
    me = world.councillors[0]
    client.force_login(me)
    commitment = commitments_set(
        user=me, module=passed, commitments=own("Ask"), now=timezone.now() - timedelta(days=30)
    )[0]
    url = f"/learn/commitments/{commitment.pk}/follow-up/30/"
    form = client.get(url)
    assert form.status_code == 200 and "How did it go?" in form.content.decode()
    bad = client.post(url, {"note": "x"})
    assert bad.status_code == 400 and "Choose how it went" in bad.content.decode()
    assert not CommitmentFollowUp.objects.filter(commitment__user__in=world.councillors).exists()
    assert client.post(url, {"outcome": "done", "note": "Raised at scrutiny"}).status_code == 302
    assert "1 of 1 done" in client.get("/journey/").content.decode()
    listing = client.get("/learn/commitments/").content.decode()
    assert "Raised at scrutiny" in listing


def test_a_follow_up_not_yet_open_is_a_plain_page(client, world, passed):
    me = world.councillors[0]
    client.force_login(me)
    commitment = commitments_set(user=me, module=passed, commitments=own("Ask"))[0]
    response = client.post(f"/learn/commitments/{commitment.pk}/follow-up/30/", {"outcome": "done"})
    assert response.status_code == 403
    assert "This follow-up is not open yet" in response.content.decode()
    assert not CommitmentFollowUp.objects.filter(commitment__user__in=world.councillors).exists()


def test_a_follow_up_for_someone_elses_commitment_is_not_found_and_changes_nothing(
    client, world, passed
):
    owner, other = world.councillors[0], world.councillors[1]
    commitment = commitments_set(
        user=owner, module=passed, commitments=own("Ask"), now=timezone.now() - timedelta(days=40)
    )[0]
    client.force_login(other)
    url = f"/learn/commitments/{commitment.pk}/follow-up/30/"
    assert client.get(url).status_code == 404
    assert client.post(url, {"outcome": "done"}).status_code == 404
    assert (
        client.post(f"/learn/commitments/{commitment.pk}/share/", {"shared": "on"}).status_code
        == 404
    )
    with pytest.raises(Commitment.DoesNotExist):
        follow_up_record(user=other, commitment_id=commitment.pk, days=30, outcome="done")
    commitment.refresh_from_db()
    assert (
        not CommitmentFollowUp.objects.filter(commitment__user__in=world.councillors).exists()
        and not commitment.shared_with_facilitator
    )


# --- privacy from the facilitator ---------------------------------------------------------


def test_a_facilitator_sees_counts_and_only_shared_commitments_text(client, world, passed):
    me = world.councillors[0]
    commitments_set(user=me, module=passed, commitments=own("Private plan about my ward"))
    shared = commitments_set(user=me, module=passed, commitments=own("Shared plan"), shared=True)
    client.force_login(world.facilitator)
    html = client.get(f"/cohorts/{world.cohort.pk}/commitments/").content.decode()
    assert "Private plan about my ward" not in html
    assert "Shared plan" in html
    assert "Commitments set</dt>" in html and ">2</dd>" in html
    client.force_login(me)
    client.post(f"/learn/commitments/{shared[-1].pk}/share/", {})
    client.force_login(world.facilitator)
    html = client.get(f"/cohorts/{world.cohort.pk}/commitments/").content.decode()
    assert "Shared plan" not in html


def test_another_facilitator_cannot_open_the_cohorts_commitments(client, world):
    from tests.factories import FacilitatorFactory

    client.force_login(FacilitatorFactory())
    assert client.get(f"/cohorts/{world.cohort.pk}/commitments/").status_code == 403


# --- query counts ---------------------------------------------------------------------------

COMMITMENTS_PAGE_QUERIES = 5  # session, user, commitments, their follow-ups, answers after sessions
COHORT_COMMITMENTS_QUERIES = 6  # session, user, roles, cohort, counts, shared


def test_the_commitments_page_runs_a_fixed_number_of_queries(
    client, world, passed, django_assert_num_queries
):
    me = world.councillors[0]
    client.force_login(me)
    commitments_set(user=me, module=passed, commitments=own("One", "Two", "Three"))
    client.get("/learn/commitments/")
    with django_assert_num_queries(COMMITMENTS_PAGE_QUERIES):
        assert client.get("/learn/commitments/").status_code == 200


def test_the_cohort_commitments_page_runs_a_fixed_number_of_queries(
    client, world, passed, django_assert_num_queries
):
    for person in world.councillors[:2]:
        from tests.recognition.conftest import pass_module_quiz

        if person != world.councillors[0]:
            pass_module_quiz(person, world.programme, passed)
        commitments_set(user=person, module=passed, commitments=own("A", "B"), shared=True)
    client.force_login(world.facilitator)
    client.get(f"/cohorts/{world.cohort.pk}/commitments/")
    with django_assert_num_queries(COHORT_COMMITMENTS_QUERIES):
        assert client.get(f"/cohorts/{world.cohort.pk}/commitments/").status_code == 200
