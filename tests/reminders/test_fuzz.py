"""Generated input to the reminders' endpoints: never a 500, never a change it should not make."""

import json

import pytest
from django.db import models
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reminders.models import OutboxMessage, ReminderPreference

pytestmark = pytest.mark.django_db

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    payload=JSON
    | st.fixed_dictionaries({"id": st.text(max_size=40), "status": st.text(max_size=20)})
)
def test_fuzzed_delivery_callbacks_never_cause_a_500(client, settings_token, payload):
    response = client.post(
        "/notify/callback/", data=json.dumps(payload), content_type="application/json",
        headers={"Authorization": f"Bearer {settings_token}"},
    )  # fmt: skip
    assert response.status_code in (200, 400)
    assert not OutboxMessage.objects.exclude(status="queued").exists()


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    token=st.text(
        alphabet=st.characters(blacklist_categories=["Cs", "Cc"]), min_size=1, max_size=60
    ).filter(lambda t: "/" not in t)
)
def test_fuzzed_unsubscribe_tokens_are_a_400_and_change_nothing(client, token):
    from urllib.parse import quote

    response = client.post(f"/reminders/unsubscribe/{quote(token, safe='')}/")
    assert response.status_code in (400, 404)
    assert not ReminderPreference.objects.exists()


@pytest.fixture
def settings_token(settings):
    settings.NOTIFY_CALLBACK_TOKEN = "fuzz-token"
    return "fuzz-token"


@pytest.fixture
def leader_page(client):
    from tests.factories import build_world

    world = build_world()
    client.force_login(world.leader)
    return f"/council/{world.councils[0].slug}/pre-election/", world.councils[0]


DAY = st.dates().map(lambda d: d.isoformat()) | st.text(max_size=15)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(starts=DAY, ends=DAY)
def test_fuzzed_pre_election_periods_never_cause_a_500_or_a_backwards_period(
    client, leader_page, starts, ends
):
    from reminders.models import PreElectionPeriod

    path, council = leader_page
    others = list(PreElectionPeriod.objects.exclude(council=council).values_list("pk", "ends"))
    before = PreElectionPeriod.objects.count()
    response = client.post(path, {"starts": starts, "ends": ends})
    assert response.status_code in (302, 400)
    added = PreElectionPeriod.objects.count() - before
    assert added == (1 if response.status_code == 302 else 0)
    assert not PreElectionPeriod.objects.filter(ends__lt=models.F("starts")).exists()
    assert list(PreElectionPeriod.objects.exclude(council=council).values_list("pk", "ends")) == (
        others
    )
