"""Commitments and their follow-ups are in "download my data", go when the learner's records are
erased (by deleting the account, or by the retention schedule for staff who were learners), and
nobody else's are touched."""

from datetime import timedelta

import pytest
from django.utils import timezone

from cohorts.constants import DepartureReason
from privacy.queries import personal_data
from privacy.services import account_erase, learner_records_erase
from recognition.constants import CommitmentSource, FollowUpOutcome
from recognition.models import Commitment, CommitmentFollowUp
from recognition.services import NewCommitment, commitments_set, follow_up_record

from .conftest import pass_module_quiz

pytestmark = pytest.mark.django_db


def with_a_followed_up_commitment(user, module, text):
    commitment = commitments_set(
        user=user,
        module=module,
        commitments=[NewCommitment(text=text, source=CommitmentSource.OWN_WORDS)],
        now=timezone.now() - timedelta(days=31),
    )[0]
    follow_up_record(
        user=user,
        commitment_id=commitment.pk,
        days=30,
        outcome=FollowUpOutcome.DONE,
        note=f"Note on {text}",
    )
    return commitment


@pytest.fixture
def two_with_commitments(world, passed):
    me, other = world.councillors[0], world.councillors[1]
    pass_module_quiz(other, world.programme, passed)
    with_a_followed_up_commitment(me, passed, "Mine")
    with_a_followed_up_commitment(other, passed, "Theirs")
    return me, other


def test_download_my_data_holds_my_commitments_and_follow_ups_only(two_with_commitments):
    me, _other = two_with_commitments
    data = personal_data(user=me)
    assert [row["commitment"] for row in data["commitments"]] == ["Mine"]
    assert data["commitments"][0]["shared_with_facilitator"] is False
    follow_ups = [
        (r["commitment"], r["after_days"], r["outcome"], r["note"])
        for r in data["commitment_follow_ups"]
    ]
    assert follow_ups == [("Mine", 30, "done", "Note on Mine")]


@pytest.mark.parametrize("erase", ["account", "learner_records"])
def test_erasure_deletes_commitments_and_follow_ups_and_keeps_everyone_elses(
    two_with_commitments, erase
):
    me, other = two_with_commitments
    ids = [me.pk, other.pk]  # erasing the account clears me.pk
    if erase == "account":
        account_erase(user=me, notify=False)
    else:
        learner_records_erase(user=me, reason=DepartureReason.RETENTION, notify=False)
    mine_or_theirs = Commitment.objects.filter(user_id__in=ids)
    assert list(mine_or_theirs.values_list("text", flat=True)) == ["Theirs"]
    assert list(
        CommitmentFollowUp.objects.filter(commitment__in=mine_or_theirs).values_list(
            "commitment__user", flat=True
        )
    ) == [other.pk]
