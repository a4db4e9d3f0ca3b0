"""Issue 22: a person's reminders come in the language they chose; with no choice, in both,
Welsh first, in one email. Seen where a person sees them: the outbox and the email sent."""

from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone, translation
from django.utils.formats import date_format

from champions.languages import TEXT_DIVIDER
from cohort_sessions.services import session_schedule
from reminders.constants import Rule
from reminders.defaults import DEFAULTS_CY
from reminders.models import MessageTemplate, OutboxMessage
from reminders.services import nudges_queue, outbox_send, unsubscribe_url

pytestmark = pytest.mark.django_db


def choose(person, language: str) -> None:
    person.language = language
    person.save(update_fields=["language"])


def welcome_sent_to(person, outbox):
    nudges_queue(now=timezone.now())
    message = OutboxMessage.objects.get(rule=Rule.WELCOME, user=person)
    outbox_send(message_id=message.pk)
    assert len(outbox) == 1
    return message, outbox[0]


def test_a_councillor_who_chose_welsh_gets_their_reminder_in_welsh(world, outbox):
    person = world.councillors[0]
    choose(person, "cy")
    message, email = welcome_sent_to(person, outbox)
    assert email.subject == f"Croeso i {world.cohort.name}" == message.subject
    assert email.body.startswith(f"Annwyl {person.first_name},")
    assert "Rydych chi bellach yn rhan o" in email.body
    with translation.override("cy"):  # the link in a Welsh copy is to the Welsh page
        link = str(unsubscribe_url(person.pk))
    assert link.startswith("http://testserver/cy/")
    assert f"I stopio'r nodiadau atgoffa hyn: {link}" in email.body
    assert "Dear" not in email.body and "Welcome" not in email.subject
    assert email.to == [person.email]


def test_a_councillor_who_chose_english_gets_english_only(world, outbox):
    person = world.councillors[0]
    choose(person, "en-gb")
    _, email = welcome_sent_to(person, outbox)
    assert email.subject == f"Welcome to {world.cohort.name}"
    assert email.body.startswith(f"Dear {person.first_name},")
    assert "Annwyl" not in email.body


def test_with_no_choice_one_email_has_both_welsh_first(world, outbox):
    person = world.councillors[0]
    assert person.language == ""
    _, email = welcome_sent_to(person, outbox)
    assert email.subject == f"Croeso i {world.cohort.name} / Welcome to {world.cohort.name}"
    welsh, english = email.body.split(TEXT_DIVIDER)
    assert welsh.startswith("Annwyl") and english.startswith("Dear")
    with translation.override("cy"):
        welsh_link = str(unsubscribe_url(person.pk))
    with translation.override("en-gb"):
        english_link = str(unsubscribe_url(person.pk))
    assert welsh_link == english_link.replace("http://testserver/", "http://testserver/cy/")
    assert welsh.endswith(f"I stopio'r nodiadau atgoffa hyn: {welsh_link}")
    assert english.endswith(f"To stop these reminders: {english_link}")


def test_dates_and_summaries_are_worded_in_the_persons_language(world):
    starts = timezone.now() + timedelta(days=1)
    session_schedule(
        cohort=world.cohort, title="Data agored", format="in_person", joining_url="",
        place="Siambr y cyngor", starts_at=starts, ends_at=starts + timedelta(hours=1), prework=[],
    )  # fmt: skip
    choose(world.councillors[0], "cy")
    choose(world.leader, "cy")
    nudges_queue(now=timezone.now())
    with translation.override("cy"):
        month = date_format(starts.astimezone(ZoneInfo("Europe/London")), "F")
    reminder = OutboxMessage.objects.get(rule=Rule.SESSION, user=world.councillors[0])
    assert reminder.subject.startswith("Nodyn atgoffa: Data agored ar ")
    assert month in reminder.subject and "Ble: Siambr y cyngor" in reminder.body
    summary = OutboxMessage.objects.get(rule=Rule.LEADER_SUMMARY, user=world.leader)
    assert "Cynghorwyr ar y rhestr aelodau: 3" in summary.body
    assert "Councillors on the roster" not in summary.body


def test_every_rule_has_welsh_words_and_an_edited_welsh_text_is_used(world):
    templates = MessageTemplate.objects.all()
    assert {t.rule for t in templates} == set(Rule.values)
    for template in templates:  # the data migration gave each its Welsh
        assert (template.subject_cy, template.body_cy) == DEFAULTS_CY[template.rule]
    welcome = MessageTemplate.objects.get(rule=Rule.WELCOME)
    welcome.subject_cy = "Shwmae {first_name}, croeso i {cohort}"
    welcome.full_clean()
    welcome.save()
    choose(world.councillors[0], "cy")
    nudges_queue(now=timezone.now())
    message = OutboxMessage.objects.get(rule=Rule.WELCOME, user=world.councillors[0])
    assert (
        message.subject == f"Shwmae {world.councillors[0].first_name}, croeso i {world.cohort.name}"
    )
    assert message.template_version == 2


def test_the_welsh_words_get_the_same_placeholder_check(db):
    template = MessageTemplate.objects.get(rule=Rule.WELCOME)
    template.body_cy = "Annwyl {first_name}, eich cam yw {stage}"
    with pytest.raises(ValidationError) as refused:
        template.full_clean()
    assert "Unknown placeholder {stage}" in refused.value.message_dict["body_cy"][0]
    template.body_cy = ""
    with pytest.raises(ValidationError) as refused:
        template.full_clean()
    assert "body_cy" in refused.value.message_dict  # Welsh is required
    template.refresh_from_db()
    assert template.version == 1 and template.body_cy == DEFAULTS_CY[Rule.WELCOME][1]


def test_the_preview_shows_the_welsh_too(db):
    context = MessageTemplate.objects.get(rule=Rule.SESSION).get_preview_context(None, "")
    assert context["rendered_cy"].subject.startswith("Nodyn atgoffa: [session]")


def test_a_lead_trainer_edits_the_welsh_words_in_the_admin(world, client):
    from tests.factories.people import LeadTrainerFactory
    from tests.helpers import sign_in

    sign_in(client, LeadTrainerFactory().email)
    template = MessageTemplate.objects.get(rule=Rule.STALLED)
    path = f"/admin/snippets/reminders/messagetemplate/edit/{template.pk}/"
    form = client.get(path).content.decode()
    assert 'name="subject_cy"' in form and 'name="body_cy"' in form
    words = {"rule": Rule.STALLED, "subject": template.subject, "body": template.body,
             "subject_cy": "Eich gwers nesaf", "body_cy": "Eich sgôr yw {score}."}  # fmt: skip
    refused = client.post(path, words)
    assert refused.status_code == 200
    assert "Unknown placeholder {score}" in refused.content.decode()
    template.refresh_from_db()
    assert template.version == 1 and "{score}" not in template.body_cy
    client.post(path, {**words, "body_cy": "Annwyl {first_name}, dewch yn ôl: {learn_url}"})
    template.refresh_from_db()
    assert template.version == 2
    assert (template.subject_cy, template.body_cy) == (
        "Eich gwers nesaf", "Annwyl {first_name}, dewch yn ôl: {learn_url}"
    )  # fmt: skip


def test_someone_with_no_first_name_is_greeted_in_each_language(world, outbox):
    person = world.councillors[0]
    person.first_name = ""
    person.save(update_fields=["first_name"])
    _, email = welcome_sent_to(person, outbox)
    assert email.body.startswith("Annwyl gynghorydd,")
    assert f"{TEXT_DIVIDER}Dear councillor," in email.body
