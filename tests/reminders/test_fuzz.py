"""Generated input to the reminders' endpoints: never a 500, never a change it should not make."""

import json

import pytest
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
