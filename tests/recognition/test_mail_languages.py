"""A development plan sent to the council's programme contact: the contact is not a user of the
platform, so has no language of their own. A council in Wales gets Welsh then English in one
email; any other council gets English. The councillor's own language does not decide it."""

import pytest
from django.core import mail
from django.utils import translation

from champions.accounts.constants import Nation
from champions.languages import TEXT_DIVIDER
from quizzes.constants import LEARNER_STAGE_LABELS
from quizzes.services import self_assessment_submit
from recognition.queries import latest_stage
from tests.factories.instrument import instrument_answers, instrument_items
from tests.helpers import subject_of

pytestmark = pytest.mark.django_db

PLAN = {"strengths": "Chairing", "to_develop": "Reading data", "goals": "Scrutinise the website"}
CONTACT = "members@testford.example.org"


def share_plan(client, world, django_capture_on_commit_callbacks, *, nation, language):
    council = world.councils[0]
    council.contact_name, council.contact_email = "Member Services", CONTACT
    council.nation = nation
    council.save(update_fields=["contact_name", "contact_email", "nation"])
    me = world.councillors[0]
    me.language = language
    me.save(update_fields=["language"])
    instrument_items()
    self_assessment_submit(user=me, occasion="T0", answers=instrument_answers(a=4, c=5, b=2))
    client.force_login(me)
    assert client.post("/learn/plan/", PLAN).status_code == 302
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/learn/plan/share/", {"include_stage": "on"})
    (message,) = mail.outbox
    assert message.to == [CONTACT] and message.reply_to == [me.email]
    return me, council, message


def test_a_council_in_wales_gets_welsh_then_english(
    client, world, django_capture_on_commit_callbacks
):
    me, council, message = share_plan(
        client, world, django_capture_on_commit_callbacks, nation=Nation.WALES, language="en-gb"
    )
    name = me.get_full_name()
    assert subject_of(message) == (
        f"Cynllun datblygu personol: {name}, {council.name}"
        f" / Personal development plan: {name}, {council.name}"
    )
    welsh, english = message.body.split(TEXT_DIVIDER)
    assert welsh.startswith("Annwyl Member Services,") and "Eu cryfderau" in welsh
    assert english.startswith("Dear Member Services,") and "Their strengths" in english
    for text in PLAN.values():  # what the councillor wrote, as they wrote it, in each copy
        assert text in welsh and text in english
    # The stage's name in each copy's language.
    stage = latest_stage(user=me)
    english_label = LEARNER_STAGE_LABELS[stage]
    with translation.override("cy"):
        welsh_label = translation.gettext(english_label)
    assert welsh_label != english_label
    assert f"{welsh_label} (cam {stage} o 5)" in welsh and english_label not in welsh
    assert f"{english_label} (stage {stage} of 5)" in english


@pytest.mark.parametrize("language", ["cy", ""])
def test_a_council_elsewhere_gets_english_whatever_the_councillors_language(
    language, client, world, django_capture_on_commit_callbacks
):
    me, council, message = share_plan(
        client, world, django_capture_on_commit_callbacks, nation=Nation.ENGLAND, language=language
    )
    assert subject_of(message) == f"Personal development plan: {me.get_full_name()}, {council.name}"
    assert message.body.startswith("Dear Member Services,")
    assert "Annwyl" not in message.body and TEXT_DIVIDER not in message.body
