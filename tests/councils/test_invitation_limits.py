"""Emails that staff trigger are limited per person per hour: a leader past the limit gets a
plain message, and no invitation is written or sent."""

import pytest

from councils import services
from councils.models import Invitation
from tests.factories import CouncilFactory, CouncillorFactory, LeaderFactory
from tests.helpers import sign_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def small_limit(monkeypatch):
    monkeypatch.setattr(services, "INVITATIONS_PER_STAFF_PER_HOUR", 3)


def test_a_leader_past_the_hourly_limit_is_told_and_nothing_is_sent(
    client, small_limit, outbox, django_capture_on_commit_callbacks
):
    council = CouncilFactory()
    leader = LeaderFactory(council=council)
    people = [CouncillorFactory(council=council) for _ in range(5)]
    sign_in(client, leader.email)
    url = f"/council/{council.slug}/roster/invite/"

    with django_capture_on_commit_callbacks(execute=True):
        first = client.post(url, {"action": "selected", "councillors": [p.pk for p in people[:2]]})
    assert first.status_code == 302 and len(outbox) == 2

    with django_capture_on_commit_callbacks(execute=True):
        refused = client.post(
            url, {"action": "selected", "councillors": [p.pk for p in people[2:]]}
        )
    html = refused.content.decode()
    assert refused.status_code == 400
    assert "You can send up to 3 invitations an hour and have sent 2 in the last hour" in html
    assert "Choose 1 or fewer people" in html
    assert Invitation.objects.filter(invited_by=leader).count() == 2 and len(outbox) == 2

    with django_capture_on_commit_callbacks(execute=True):
        one_more = client.post(url, {"action": "selected", "councillors": [people[2].pk]})
    assert one_more.status_code == 302 and len(outbox) == 3


def test_the_limit_is_per_member_of_staff(small_limit, outbox):
    council = CouncilFactory()
    first, second = LeaderFactory(council=council), LeaderFactory(council=council)
    people = [CouncillorFactory(council=council) for _ in range(6)]
    services.invitations_send(council=council, user_ids=[p.pk for p in people[:3]],
                              invited_by=first)  # fmt: skip
    with pytest.raises(services.InvitationRefused, match="Try again in an hour"):
        services.invitations_send(council=council, user_ids=[people[3].pk], invited_by=first)
    services.invitations_send(council=council, user_ids=[p.pk for p in people[3:]],
                              invited_by=second)  # fmt: skip
    assert Invitation.objects.filter(invited_by=second).count() == 3
