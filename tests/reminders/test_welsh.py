"""The reminders pages in Welsh, under /cy/: a person's own list, the settings form and its
error, the unsubscribe pages and a facilitator's outbox; the English pages keep their words."""

from datetime import date
from html import unescape

import pytest
from django.utils import timezone

from reminders.constants import Status
from reminders.models import OutboxMessage
from reminders.services import nudges_queue, unsubscribe_token
from tests.helpers import h1_count, visible_text

pytestmark = pytest.mark.django_db


def test_the_reminders_sent_to_you_page_is_in_welsh(world, client):
    nudges_queue(now=timezone.now())
    OutboxMessage.objects.filter(user=world.councillors[0]).update(status=Status.FAILED_PERMANENT)
    client.force_login(world.councillors[0])
    page = client.get("/cy/account/reminders/sent/")
    html = page.content.decode()
    text = visible_text(html)
    assert page.status_code == 200 and h1_count(html) == 1
    assert "Nodiadau atgoffa a anfonwyd atoch" in text  # "Reminders we sent you"
    assert "Pam y gwnaethom ei anfon" in text  # a table heading
    assert "Croeso i garfan" in text  # the rule, in Welsh
    assert "Heb gyrraedd: mae eich cyfeiriad e-bost yn bownsio" in text
    english = visible_text(client.get("/account/reminders/sent/").content.decode())
    assert "Reminders we sent you" in english and "Welcome to a cohort" in english


def test_the_settings_form_and_its_error_are_in_welsh(world, client):
    client.force_login(world.councillors[0])
    text = visible_text(client.get("/cy/account/reminders/").content.decode())
    assert "Nodiadau atgoffa drwy e-bost" in text
    assert "Ydw, anfonwch nodiadau atgoffa ataf" in text
    refused = client.post("/cy/account/reminders/", {})
    assert refused.status_code == 400
    text = visible_text(refused.content.decode())
    assert "Dewiswch a ydych chi eisiau nodiadau atgoffa drwy e-bost" in text
    assert "Gwall:" in refused.content.decode()


def test_unsubscribing_in_welsh(world, client):
    person = world.councillors[0]
    link = f"/cy/reminders/unsubscribe/{unsubscribe_token(person.pk)}/"
    page = client.get(link)
    assert page.status_code == 200
    assert "Stopio nodiadau atgoffa" in visible_text(page.content.decode())
    done = client.post(link)
    assert "Nodiadau atgoffa wedi'u stopio" in visible_text(done.content.decode())
    assert person.reminder_preference.reminders_off
    bad = client.get("/cy/reminders/unsubscribe/not-a-token/")
    assert bad.status_code == 400
    assert "Nid yw'r ddolen dad-danysgrifio hon yn ddilys" in unescape(bad.content.decode())


def test_a_facilitators_outbox_is_in_welsh(world, client):
    nudges_queue(now=timezone.now())
    client.force_login(world.facilitator)
    page = client.get(f"/cy/cohorts/{world.cohort.pk}/outbox/")
    text = visible_text(page.content.decode())
    assert page.status_code == 200
    assert "Negeseuon a anfonwyd" in text and "Yn y ciw" in text


def test_the_pre_election_page_is_in_welsh(world, client):
    from reminders.models import PreElectionPeriod

    council = world.councils[0]
    PreElectionPeriod.objects.create(
        council=council, starts=date(2027, 3, 26), ends=date(2027, 5, 6)
    )
    client.force_login(world.leader)
    roster = visible_text(client.get(f"/cy/council/{council.slug}/roster/").content.decode())
    assert "Gosod cyfnodau cyn etholiad eich cyngor" in roster
    page = client.get(f"/cy/council/{council.slug}/pre-election/")
    html = page.content.decode()
    text = visible_text(html)
    assert page.status_code == 200 and h1_count(html) == 1
    assert "Cyfnodau cyn etholiad" in text and "Ychwanegu cyfnod" in text
    refused = client.post(f"/cy/council/{council.slug}/pre-election/", {"starts": "", "ends": "x"})
    assert refused.status_code == 400
    assert "Rhowch ddiwrnod cyntaf y cyfnod" in refused.content.decode()
    added = client.post(
        f"/cy/council/{council.slug}/pre-election/",
        {"starts": "2028-03-26", "ends": "2028-05-04"},
        follow=True,
    )
    assert "Ychwanegwyd cyfnod cyn etholiad" in visible_text(added.content.decode())
