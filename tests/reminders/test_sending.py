"""Sending through the real notifications-python-client to a local stand-in for Notify: a send,
a rate limit tried again, a bouncing address recorded and shown to the facilitator, delivery
receipts applied, and a wrong callback token changing nothing."""

import json
from datetime import date, timedelta

import jwt
import pytest
from django.utils import timezone

from reminders.constants import Rule, Status
from reminders.models import MessageTemplate, OutboxMessage, PreElectionPeriod
from reminders.services import (
    nudges_queue,
    outbox_dispatch,
    outbox_requeue_stale,
    outbox_send,
)

from .conftest import SECRET, SERVICE_ID, TEMPLATE_ID, UK, uk

pytestmark = pytest.mark.django_db

DAYTIME = uk(2026, 12, 7, 10, 0)


@pytest.fixture
def welcome(world):
    """The first councillor's welcome, queued."""
    nudges_queue(now=timezone.now())
    return OutboxMessage.objects.get(rule=Rule.WELCOME, user=world.councillors[0])


def test_a_queued_message_is_sent_through_notify_with_one_generic_template(
    notify, welcome, settings
):
    assert outbox_send(message_id=welcome.pk) == Status.SENT
    welcome.refresh_from_db()
    sent = notify.received[0]
    assert sent["email_address"] == welcome.to_email
    assert sent["template_id"] == TEMPLATE_ID
    assert sent["personalisation"] == {"subject": welcome.subject, "body": welcome.body}
    assert sent["one_click_unsubscribe_url"].startswith("http")
    assert "/reminders/unsubscribe/" in sent["one_click_unsubscribe_url"]
    # The request is signed with the key's secret, as Notify checks.
    token = notify.headers[0]["Authorization"].removeprefix("Bearer ")
    assert jwt.decode(token, SECRET, algorithms=["HS256"])["iss"] == SERVICE_ID
    assert welcome.status == Status.SENT and welcome.attempts == 1
    assert welcome.provider_id and welcome.sent_at is not None


def test_a_rate_limit_is_tried_again_later_and_then_sent(notify, welcome):
    notify.answers = [429]
    assert outbox_send(message_id=welcome.pk) == Status.FAILED_TEMPORARY
    welcome.refresh_from_db()
    assert welcome.attempts == 1 and welcome.next_attempt_at > timezone.now()
    assert "429" in welcome.error
    # Not before its time...
    assert outbox_send(message_id=welcome.pk) == ""
    # ...then it goes.
    later = welcome.next_attempt_at + timedelta(seconds=1)
    assert outbox_send(message_id=welcome.pk, now=later) == Status.SENT
    welcome.refresh_from_db()
    assert welcome.status == Status.SENT and welcome.attempts == 2
    assert len(notify.received) == 2


def test_a_server_error_backs_off_longer_each_time_then_gives_up(notify, welcome):
    notify.answers = [500] * 5
    now = timezone.now()
    waits = []
    for _ in range(5):
        outbox_send(message_id=welcome.pk, now=now)
        welcome.refresh_from_db()
        if welcome.status == Status.FAILED_TEMPORARY:
            waits.append(welcome.next_attempt_at - now)
            now = welcome.next_attempt_at
    assert waits == [timedelta(minutes=m) for m in (2, 4, 8, 16)]
    assert welcome.status == Status.FAILED_PERMANENT and welcome.attempts == 5


def test_a_bad_address_is_recorded_and_shown_to_the_facilitator_as_bouncing(
    notify, welcome, world, client
):
    notify.answers = [400]
    assert outbox_send(message_id=welcome.pk) == Status.FAILED_PERMANENT
    welcome.refresh_from_db()
    assert welcome.attempts == 1 and "Not a valid email address" in welcome.error
    assert outbox_send(message_id=welcome.pk) == ""  # never tried again
    client.force_login(world.facilitator)
    page = client.get(f"/cohorts/{world.cohort.pk}/outbox/").content.decode()
    assert "This address is bouncing" in page
    assert f"({welcome.to_email}) is bouncing" in page


def test_dispatch_hands_every_queued_message_to_the_worker_but_not_at_night(notify, world):
    nudges_queue(now=timezone.now())
    assert outbox_dispatch(now=uk(2026, 12, 7, 22, 30)) == 0
    assert outbox_dispatch(now=uk(2026, 12, 7, 7, 59)) == 0
    assert notify.received == []
    # The three members' welcomes, the facilitator's digest and the leader's summary.
    assert outbox_dispatch(now=DAYTIME) == 5
    assert len(notify.received) == 5
    assert set(OutboxMessage.objects.values_list("status", flat=True)) == {Status.SENT}
    assert outbox_dispatch(now=DAYTIME) == 0  # and never again


def test_a_claimed_message_is_sent_by_one_worker_only(notify, welcome):
    now = timezone.now()
    assert outbox_send(message_id=welcome.pk, now=now) == Status.SENT
    assert outbox_send(message_id=welcome.pk, now=now) == ""
    assert len(notify.received) == 1


def test_a_message_left_sending_by_a_dead_worker_goes_back_in_the_queue(notify, welcome):
    OutboxMessage.objects.exclude(pk=welcome.pk).delete()
    noon = timezone.now().astimezone(UK).replace(hour=12)
    # A worker is sending it now: left alone.
    OutboxMessage.objects.filter(pk=welcome.pk).update(status=Status.SENDING, claimed_at=noon)
    outbox_dispatch(now=noon)
    assert OutboxMessage.objects.get(pk=welcome.pk).status == Status.SENDING
    # Its worker died an hour ago: sent once by the next run.
    long_ago = noon - timedelta(hours=1)
    OutboxMessage.objects.filter(pk=welcome.pk).update(status=Status.SENDING, claimed_at=long_ago)
    outbox_dispatch(now=noon)
    welcome.refresh_from_db()
    assert welcome.status == Status.SENT and len(notify.received) == 1


def callback(client, payload, token="s3cret-callback-token"):
    return client.post(
        "/notify/callback/",
        data=json.dumps(payload),
        content_type="application/json",
        headers={"Authorization": f"Bearer {token}"},
    )


def test_a_delivery_receipt_marks_the_message_delivered(notify, welcome, client, settings):
    settings.NOTIFY_CALLBACK_TOKEN = "s3cret-callback-token"
    outbox_send(message_id=welcome.pk)
    welcome.refresh_from_db()
    response = callback(client, {"id": welcome.provider_id, "status": "delivered",
                                 "reference": f"outbox-{welcome.pk}"})  # fmt: skip
    assert response.status_code == 200
    welcome.refresh_from_db()
    assert welcome.status == Status.DELIVERED and welcome.delivered_at is not None


def test_a_permanent_failure_receipt_marks_the_address_bouncing(notify, welcome, client, settings):
    settings.NOTIFY_CALLBACK_TOKEN = "s3cret-callback-token"
    outbox_send(message_id=welcome.pk)
    welcome.refresh_from_db()
    callback(client, {"id": welcome.provider_id, "status": "permanent-failure"})
    welcome.refresh_from_db()
    assert welcome.bouncing


@pytest.mark.parametrize("token", ["wrong", "", "s3cret-callback-toke"])
def test_a_callback_with_a_wrong_token_is_refused_and_changes_nothing(
    notify, welcome, client, settings, token
):
    settings.NOTIFY_CALLBACK_TOKEN = "s3cret-callback-token"
    outbox_send(message_id=welcome.pk)
    welcome.refresh_from_db()
    response = callback(client, {"id": welcome.provider_id, "status": "delivered"}, token=token)
    assert response.status_code == 401
    assert OutboxMessage.objects.get(pk=welcome.pk).status == Status.SENT


def test_no_callback_token_configured_refuses_every_callback(client, settings):
    settings.NOTIFY_CALLBACK_TOKEN = ""
    assert callback(client, {"id": "x", "status": "delivered"}, token="").status_code == 401


@pytest.mark.parametrize(
    "body",
    [
        "not json",
        json.dumps([1]),
        json.dumps({"id": "x", "status": "made-up"}),
        json.dumps({"id": "x", "status": ["delivered"]}),  # was a 500 (found by the fuzz test)
        json.dumps({"id": "x", "status": {"a": 1}}),
    ],
)
def test_a_malformed_callback_is_a_clear_400(client, settings, body):
    settings.NOTIFY_CALLBACK_TOKEN = "t"
    response = client.post(
        "/notify/callback/", data=body, content_type="application/json",
        headers={"Authorization": "Bearer t"},
    )  # fmt: skip
    assert response.status_code == 400


def test_an_interrupted_send_that_notify_accepted_is_recorded_not_sent_again(notify, welcome):
    """The worker died after Notify accepted the message: asked by reference, Notify says so."""
    noon = timezone.now().astimezone(UK).replace(hour=12)
    notify.accepted[f"outbox-{welcome.pk}"] = "already-accepted-id"
    OutboxMessage.objects.filter(pk=welcome.pk).update(
        status=Status.SENDING, claimed_at=noon - timedelta(hours=1)
    )
    outbox_requeue_stale(now=noon)
    assert outbox_send(message_id=welcome.pk, now=noon) == Status.SENT
    welcome.refresh_from_db()
    assert welcome.provider_id == "already-accepted-id" and notify.received == []


def test_an_interrupted_send_that_never_reached_notify_is_sent(notify, welcome):
    noon = timezone.now().astimezone(UK).replace(hour=12)
    OutboxMessage.objects.filter(pk=welcome.pk).update(
        status=Status.SENDING, claimed_at=noon - timedelta(hours=1)
    )
    outbox_requeue_stale(now=noon)
    assert outbox_send(message_id=welcome.pk, now=noon) == Status.SENT
    assert len(notify.received) == 1


def test_the_backend_sends_nothing_for_no_messages_and_can_be_closed(notify):
    from reminders.notify_backend import NotifyEmailBackend

    backend = NotifyEmailBackend()
    assert backend.send_messages([]) == 0
    backend.open()
    backend.close()
    assert backend.client is None and notify.received == []


def test_a_failed_send_is_counted_not_raised_when_told_to_fail_silently(notify):
    from django.core.mail import EmailMessage

    from reminders.notify_backend import NotifyEmailBackend

    notify.answers = [400]
    backend = NotifyEmailBackend(fail_silently=True)
    assert backend.send_messages([EmailMessage("s", "b", to=["x@example.org"])]) == 0


def test_the_outbox_says_what_each_row_is(welcome, world):
    assert str(welcome) == f"Welcome to a cohort to {welcome.to_email} (Queued)"
    period = PreElectionPeriod(council=world.councils[0], starts=date(2027, 3, 20),
                               ends=date(2027, 5, 6))  # fmt: skip
    assert str(period).endswith("20 March 2027 to 6 May 2027")
    assert str(MessageTemplate.objects.get(rule=Rule.WELCOME)) == "Welcome to a cohort"
