"""One-click unsubscribe (headers and link, RFC 8058 POST without a CSRF token), a tampered
link, the account toggle, templates with unknown placeholders, pre-election periods that end
before they start, and the facilitator's outbox showing only their own cohort's members."""

from datetime import date, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.utils import timezone

from reminders.constants import Rule
from reminders.models import MessageTemplate, OutboxMessage, PreElectionPeriod, ReminderPreference
from reminders.services import nudges_queue, outbox_send, unsubscribe_url
from tests.factories.people import CohortFactory, CouncillorFactory, FacilitatorFactory

pytestmark = pytest.mark.django_db


def path_of(url: str) -> str:
    return "/" + url.split("/", 3)[3]


def test_every_reminder_carries_the_one_click_unsubscribe_headers_and_link(world, outbox):
    nudges_queue(now=timezone.now())
    message = OutboxMessage.objects.get(rule=Rule.WELCOME, user=world.councillors[0])
    outbox_send(message_id=message.pk)
    email = outbox[0]
    link = unsubscribe_url(world.councillors[0].pk)
    assert email.extra_headers["List-Unsubscribe"] == f"<{link}>"
    assert email.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert f"To stop these reminders: {link}" in email.body


def test_a_mail_clients_one_click_post_turns_reminders_off_without_a_csrf_token(world):
    councillor = world.councillors[0]
    browserless = Client(enforce_csrf_checks=True)
    response = browserless.post(
        path_of(unsubscribe_url(councillor.pk)), data={"List-Unsubscribe": "One-Click"}
    )
    assert response.status_code == 200
    assert ReminderPreference.objects.get(user=councillor).reminders_off
    nudges_queue(now=timezone.now() + timedelta(days=20))
    assert not OutboxMessage.objects.filter(user=councillor).exists()


def test_the_link_asks_first_then_the_button_turns_reminders_off(world, client):
    councillor = world.councillors[0]
    path = path_of(unsubscribe_url(councillor.pk))
    page = client.get(path)
    assert page.status_code == 200
    html = page.content.decode()
    assert html.count("<h1") == 1 and "Stop reminders</button>" in html
    assert not ReminderPreference.objects.filter(user=councillor).exists()  # GET changes nothing
    done = client.post(path)
    assert "Reminders stopped" in done.content.decode()
    assert ReminderPreference.objects.get(user=councillor).reminders_off


@pytest.mark.parametrize(
    "mangle", [lambda t: t[:-2] + "xx", lambda t: "1:" + t.split(":", 1)[1], lambda t: "nonsense"]
)
def test_a_tampered_link_is_a_clear_400_and_changes_nothing(world, client, mangle):
    token = unsubscribe_url(world.councillors[0].pk).rstrip("/").rsplit("/", 1)[1]
    for method in (client.get, client.post):
        response = method(f"/reminders/unsubscribe/{mangle(token)}/")
        assert response.status_code == 400
        assert "This unsubscribe link is not valid" in response.content.decode()
    assert not ReminderPreference.objects.exists()


def test_the_account_page_turns_reminders_off_and_on(world, client):
    councillor = world.councillors[0]
    client.force_login(councillor)
    assert 'href="/account/reminders/"' in client.get("/account/").content.decode()
    page = client.get("/account/reminders/").content.decode()
    assert '<label for="id_reminders_0">' in page and "<legend" in page
    client.post("/account/reminders/", {"reminders": "off"})
    assert ReminderPreference.objects.get(user=councillor).reminders_off
    client.post("/account/reminders/", {"reminders": "on"})
    assert not ReminderPreference.objects.get(user=councillor).reminders_off
    bad = client.post("/account/reminders/", {"reminders": "maybe"})
    assert bad.status_code == 400 and "govuk-error-summary" in bad.content.decode()
    assert not ReminderPreference.objects.get(user=councillor).reminders_off


def test_a_template_with_an_unknown_placeholder_is_refused_with_the_allowed_names(db):
    template = MessageTemplate.objects.get(rule=Rule.WELCOME)
    template.body = "Dear {first_name}, your stage is {stage}."
    with pytest.raises(ValidationError) as refused:
        template.full_clean()
    message = refused.value.message_dict["body"][0]
    assert "Unknown placeholder {stage}" in message and "{first_name}" in message
    template.body = "Dear {first_name, unclosed"
    with pytest.raises(ValidationError, match="is not closed"):
        template.full_clean()
    assert MessageTemplate.objects.get(rule=Rule.WELCOME).version == 1


def test_an_edited_template_is_used_and_its_version_recorded(world):
    template = MessageTemplate.objects.get(rule=Rule.WELCOME)
    template.subject = "Hello {first_name}, welcome to {cohort}"
    template.full_clean()
    template.save()
    world.councillors[0].language = "en-gb"  # they chose English
    world.councillors[0].save(update_fields=["language"])
    nudges_queue(now=timezone.now())
    message = OutboxMessage.objects.get(rule=Rule.WELCOME, user=world.councillors[0])
    assert message.template_version == 2
    assert message.subject == (
        f"Hello {world.councillors[0].first_name}, welcome to {world.cohort.name}"
    )


def test_the_template_preview_fills_in_sample_values(db):
    template = MessageTemplate.objects.get(rule=Rule.SESSION)
    context = template.get_preview_context(None, "")
    assert "[session]" in context["rendered"].subject and "{" not in context["rendered"].body


def test_a_pre_election_period_that_ends_before_it_starts_is_refused(world):
    period = PreElectionPeriod(council=world.councils[0], starts=date(2027, 5, 6),
                               ends=date(2027, 3, 20))  # fmt: skip
    with pytest.raises(ValidationError) as refused:
        period.full_clean()
    assert "end on or after the day it starts" in str(refused.value)
    assert not PreElectionPeriod.objects.filter(council=world.councils[0]).exists()


def test_the_facilitator_sees_only_their_own_cohorts_members(
    world, client, django_assert_num_queries
):
    other_facilitator = FacilitatorFactory()
    other = CohortFactory(programme=world.programme.page, councils=[world.councils[0]],
                          facilitators=[other_facilitator])  # fmt: skip
    stranger = CouncillorFactory(council=world.councils[0], cohort=other)
    nudges_queue(now=timezone.now())
    client.force_login(world.facilitator)
    # The user, their roles and second factor, the session, the cohort, the rows: whatever the
    # number of messages.
    with django_assert_num_queries(8):
        page = client.get(f"/cohorts/{world.cohort.pk}/outbox/")
    html = page.content.decode()
    assert page.status_code == 200 and html.count("<h1") == 1
    for member in world.councillors:
        assert member.get_full_name() in html
    assert stranger.get_full_name() not in html
    assert world.facilitator.get_full_name() not in html.split("<table", 1)[1]  # own digest
    assert client.get(f"/cohorts/{other.pk}/outbox/").status_code == 403
    client.force_login(other_facilitator)
    assert (
        world.councillors[0].get_full_name()
        not in client.get(f"/cohorts/{other.pk}/outbox/").content.decode()
    )


def test_a_lead_trainer_is_shown_the_unknown_placeholder_beside_the_field_in_the_admin(
    world, client
):
    from tests.factories.people import LeadTrainerFactory
    from tests.helpers import sign_in

    lead = LeadTrainerFactory()
    sign_in(client, lead.email)
    template = MessageTemplate.objects.get(rule=Rule.STALLED)
    path = f"/admin/snippets/reminders/messagetemplate/edit/{template.pk}/"
    assert client.get(path).status_code == 200
    response = client.post(path, {"rule": Rule.STALLED, "subject": "Hello {first_name}",
                                  "body": "Your score is {score}."})  # fmt: skip
    assert response.status_code == 200
    assert "Unknown placeholder {score}" in response.content.decode()
    template.refresh_from_db()
    assert "{score}" not in template.body and template.version == 1


def test_an_admin_adding_a_pre_election_period_backwards_gets_a_clear_error(world, client):
    from tests.helpers import sign_in

    sign_in(client, world.staff["admin"].email)
    response = client.post("/admin/snippets/reminders/preelectionperiod/add/", {
        "council": world.councils[0].pk, "starts": "2027-05-06", "ends": "2027-03-20",
    })  # fmt: skip
    assert response.status_code == 200
    assert "end on or after the day it starts" in response.content.decode()
    assert not PreElectionPeriod.objects.filter(council=world.councils[0]).exists()


def test_admins_browse_the_outbox_and_nobody_can_edit_it(world, client):
    from tests.helpers import sign_in

    nudges_queue(now=timezone.now())
    message = OutboxMessage.objects.filter(rule=Rule.WELCOME).first()
    sign_in(client, world.staff["admin"].email)
    listing = client.get("/admin/outbox/")
    assert listing.status_code == 200 and message.to_email in listing.content.decode()
    assert client.get(f"/admin/outbox/inspect/{message.pk}/").status_code == 200
    assert client.get(f"/admin/outbox/edit/{message.pk}/").status_code in (302, 403, 404)
    client.post(f"/admin/outbox/edit/{message.pk}/", {"status": "delivered"})
    message.refresh_from_db()
    assert message.status == "queued"
