"""The demo's outbox shows the newer reminders too: pre-work for Session 3 (in 5 days, with
module 2 to do first) to the members who have not done it, and nobody else."""

import pytest

from reminders.constants import Rule
from reminders.models import OutboxMessage

pytestmark = [pytest.mark.django_db, pytest.mark.demo]


def test_the_demo_outbox_has_pre_work_reminders_for_the_next_session():
    prework = OutboxMessage.objects.filter(rule=Rule.PREWORK)
    assert prework.exists()
    for message in prework:
        # In the person's language; the demo's people have not said, so Welsh then English.
        assert message.subject.endswith("Before Session 3: services people can use: your pre-work")
        assert message.cohort.memberships.filter(user=message.user).exists()
