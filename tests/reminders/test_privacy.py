"""The reminders sent to a person and their choice to have none are in "download my data"; the
messages go when their learner records are erased, everything when the account is deleted, and
nobody else's are touched."""

import pytest
from django.utils import timezone

from cohorts.constants import DepartureReason
from privacy.queries import personal_data
from privacy.services import account_erase, learner_records_erase
from reminders.models import OutboxMessage, ReminderPreference
from reminders.services import nudges_queue, reminders_set

pytestmark = pytest.mark.django_db


@pytest.fixture
def messages_for_two(world):
    nudges_queue(now=timezone.now())
    me, other = world.councillors[0], world.councillors[1]
    reminders_set(user=me, off=True)
    reminders_set(user=other, off=True)
    return me, other


def test_download_my_data_has_my_messages_and_my_reminder_choice(messages_for_two):
    me, _ = messages_for_two
    data = personal_data(user=me)
    assert [row["to"] for row in data["messages_sent"]] == [me.email]
    assert "Welcome to" in data["messages_sent"][0]["subject"]
    assert data["reminders"][0]["reminders_off"] is True


def test_erasing_learner_records_removes_my_messages_only(messages_for_two):
    me, other = messages_for_two
    learner_records_erase(user=me, reason=DepartureReason.DELETED, notify=False)
    assert not OutboxMessage.objects.filter(user=me).exists()
    assert OutboxMessage.objects.filter(user=other).exists()
    # The choice to have no reminders outlives the learner records while the account exists.
    assert ReminderPreference.objects.get(user=me).reminders_off


def test_deleting_the_account_removes_everything_about_reminders(messages_for_two):
    me, other = messages_for_two
    account_erase(user=me, notify=False)
    assert not OutboxMessage.objects.filter(user_id=me.pk).exists()
    assert not ReminderPreference.objects.filter(user_id=me.pk).exists()
    assert ReminderPreference.objects.filter(user=other).exists()
