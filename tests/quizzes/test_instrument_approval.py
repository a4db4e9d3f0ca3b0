"""The self-assessment items are versioned: a trainer's change is a draft until a lead trainer
publishes it, sittings ask only published items, every sitting records the version it asked, and
a published change never rescores a past sitting."""

import pytest
from django.test import Client

from quizzes.constants import Occasion
from quizzes.models import InstrumentItem, SelfAssessment
from quizzes.services import self_assessment_submit
from tests.factories import (
    CouncillorFactory,
    LeadTrainerFactory,
    ProgrammePageFactory,
    TrainerFactory,
    instrument_items,
)
from tests.helpers import sign_in

pytestmark = pytest.mark.django_db

NEW_WORDING = "I could explain our data strategy to a resident"


@pytest.fixture
def items():
    ProgrammePageFactory()  # sets up the lead-trainer approval workflow, items included
    return instrument_items()


def edit(client, item, *, action=None, **changes):
    data = {
        "key": item.key, "dimension": item.dimension, "text": item.text,
        "retro_text": item.retro_text, "reverse_coded": "on" if item.reverse_coded else "",
        "module": "", "sort_order": item.sort_order, "active": "on",
    } | changes  # fmt: skip
    if not data["reverse_coded"]:
        del data["reverse_coded"]
    if action:
        data[action] = action
    return client.post(f"/admin/snippets/quizzes/instrumentitem/edit/{item.pk}/", data)


def staff(factory) -> Client:
    client = Client()
    sign_in(client, factory().email)
    return client


def sit(user, items) -> SelfAssessment:
    return self_assessment_submit(
        user=user,
        occasion=Occasion.BASELINE,
        answers={i.key: ANSWER[i.dimension] for i in asked(items)},
    )


ANSWER = {"A": 4, "IC": 4, "C": 6, "B": 1}  # a valid answer on each dimension's scale


def asked(items):
    # the items a sitting asks now (published, active), whatever a test passed
    return list(InstrumentItem.objects.originals().filter(active=True, live=True))


def target(items) -> InstrumentItem:
    return next(i for i in items if i.key == "C1")


def test_a_trainers_change_is_a_draft_that_no_sitting_asks(items):
    item = target(items)
    trainer = staff(TrainerFactory)
    assert edit(trainer, item, text=NEW_WORDING).status_code == 302
    # Publishing is not theirs to do: the button is ignored, the change stays a draft.
    edit(trainer, item, action="action-publish", text=NEW_WORDING)
    item.refresh_from_db()
    assert item.text != NEW_WORDING and item.has_unpublished_changes
    sitting = sit(CouncillorFactory(), items)
    assert NEW_WORDING not in str(sitting.snapshot)


def test_a_lead_trainer_publishes_and_past_sittings_keep_their_version_and_scores(items):
    item = target(items)
    before = sit(CouncillorFactory(), items)
    staff_client = staff(TrainerFactory)
    edit(staff_client, item, text=NEW_WORDING, action="action-submit")

    lead = staff(LeadTrainerFactory)
    response = edit(lead, item, text=NEW_WORDING, reverse_coded="", action="action-publish")
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.text == NEW_WORDING and item.live_revision_id

    after = sit(CouncillorFactory(), list(InstrumentItem.objects.originals().filter(active=True)))
    assert NEW_WORDING in str(after.snapshot)
    assert after.instrument_version and before.instrument_version
    assert after.instrument_version != before.instrument_version

    kept = SelfAssessment.objects.get(pk=before.pk)
    assert (kept.snapshot, kept.scores, kept.instrument_version) == (
        before.snapshot, before.scores, before.instrument_version,
    )  # fmt: skip
    assert NEW_WORDING not in str(kept.snapshot)


def test_an_item_a_trainer_adds_is_not_asked_until_published(items):
    trainer = staff(TrainerFactory)
    response = trainer.post(
        "/admin/snippets/quizzes/instrumentitem/add/",
        {"key": "C9", "dimension": "C", "text": "A brand new statement", "retro_text": "",
         "module": "", "sort_order": 99, "active": "on"},
    )  # fmt: skip
    assert response.status_code == 302
    new = InstrumentItem.objects.originals().get(key="C9")
    assert not new.live
    sitting = sit(CouncillorFactory(), items)
    assert "A brand new statement" not in str(sitting.snapshot)


def test_two_sittings_of_the_same_published_items_record_the_same_version(items):
    first, second = sit(CouncillorFactory(), items), sit(CouncillorFactory(), items)
    assert first.instrument_version == second.instrument_version != ""
