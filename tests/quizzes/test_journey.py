"""The self-assessment instrument and "My journey", through the pages a councillor uses."""

import pytest

from quizzes.models import InstrumentItem, MeasurementSettings, SelfAssessment, StageSnapshot
from quizzes.services import attempt_start, attempt_submit, self_assessment_submit, stage_recompute
from tests.factories import FacilitatorFactory, LeaderFactory, TrainerFactory
from tests.helpers import answers_for, h1_count

pytestmark = pytest.mark.django_db


def full_answers(*, a: int, c: int, b: int, ic: int = 4) -> dict[str, str]:
    """Form data answering every item: attitude ``a`` (reverse-coded items mirrored)."""
    data = {}
    for item in InstrumentItem.objects.originals().filter(active=True):
        value = {"A": (6 - a) if item.reverse_coded else a, "IC": ic, "C": c, "B": b}[
            item.dimension
        ]
        data[f"item-{item.key}"] = str(value)
    return data


def test_the_baseline_form_groups_each_question_with_a_legend_and_labels(client, learner):
    client.force_login(learner)
    html = client.get("/journey/self-assessment/baseline/").content.decode()
    assert h1_count(html) == 1
    items = InstrumentItem.objects.originals().filter(active=True).count()
    assert items == 26
    assert html.count("<legend") == items
    assert (
        html.count('class="govuk-label govuk-radios__label" for=') == 8 * 6 + 2 * 5 + 8 * 11 + 8 * 4
    )
    assert "Don&#x27;t know" in html


def test_an_incomplete_baseline_shows_errors_and_saves_nothing(client, learner):
    client.force_login(learner)
    data = full_answers(a=4, c=6, b=1)
    del data["item-C3"]
    data["item-A1"] = "9"
    response = client.post("/journey/self-assessment/baseline/", data)
    html = response.content.decode()
    assert response.status_code == 400
    assert "There is a problem" in html
    assert 'href="#item-C3-1"' in html and 'href="#item-A1-1"' in html
    assert "Choose a whole number from 1 to 5" in html
    assert 'value="6" checked' in html  # what they did answer is kept
    assert not SelfAssessment.objects.filter(user=learner).exists()


def test_dont_know_is_only_offered_for_attitude(client, learner):
    client.force_login(learner)
    data = full_answers(a=4, c=6, b=1) | {"item-C1": "dont-know"}
    response = client.post("/journey/self-assessment/baseline/", data)
    assert response.status_code == 400
    assert not SelfAssessment.objects.filter(user=learner).exists()


def test_taking_the_baseline_gives_a_stage_shown_on_learn_and_journey(client, learner):
    client.force_login(learner)
    # The starting point's task list first; the self-assessment leads back to it.
    assert client.get("/after-login/").url == "/journey/start/"
    response = client.post("/journey/self-assessment/baseline/", full_answers(a=4, c=4, b=1))
    assert response.status_code == 302 and response.url == "/journey/start/"
    snapshot = StageSnapshot.objects.get(user=learner)
    # A = 4.0, K = 0, C = 4.0: positive but no knowledge or confidence yet -> Cautious (2).
    assert (snapshot.stage, snapshot.a, snapshot.k, snapshot.c) == (2, 4.0, 0.0, 4.0)
    learn = client.get("/learn/").content.decode()
    assert "Open to persuasion" in learn and "Start here" not in learn
    journey = client.get("/journey/").content.decode()
    assert "Open to persuasion" in journey
    # Exploring needs 30% of the core modules mastered: one of the programme's two.
    assert "Pass 1 more core module quiz with" in journey
    assert client.get("/after-login/").url == "/learn/"


def test_the_baseline_cannot_be_taken_twice(client, learner):
    client.force_login(learner)
    client.post("/journey/self-assessment/baseline/", full_answers(a=4, c=4, b=1))
    response = client.post("/journey/self-assessment/baseline/", full_answers(a=1, c=0, b=0))
    assert response.status_code == 403
    assert "You did your starting self-assessment on" in response.content.decode()
    assert SelfAssessment.objects.filter(user=learner).count() == 1


def test_passing_a_quiz_moves_the_stage_and_the_journey_shows_it(client, learner, quiz):
    client.force_login(learner)
    client.post("/journey/self-assessment/baseline/", full_answers(a=4, c=4, b=1))
    assert StageSnapshot.objects.get(user=learner).stage == 2
    # One of the two core modules mastered: K = 0.5 -> Exploring.
    attempt = attempt_start(user=learner, quiz=quiz, seed=1)
    attempt_submit(user=learner, attempt_id=attempt.pk, answers=answers_for(attempt, right=8))
    latest = StageSnapshot.objects.filter(user=learner).order_by("-recorded_at", "-pk").first()
    assert (latest.stage, latest.k) == (3, 0.5)
    journey = client.get("/journey/").content.decode()
    assert "Exploring" in journey and "Moved up" in journey
    assert "<svg" in journey and "<table" in journey  # a chart with its data table


def test_the_stage_can_go_down_and_the_journey_says_so(learner, client):
    self_assessment_submit(user=learner, occasion="T0", answers=_service_answers(a=4, c=8, b=3))
    # Attitude falls by the end of the programme.
    retro = {f"C{i}": 6 for i in range(1, 9)}
    self_assessment_submit(
        user=learner, occasion="T1", answers=_service_answers(a=2, c=8, b=3), retro_answers=retro
    )
    stages = list(
        StageSnapshot.objects.filter(user=learner)
        .order_by("recorded_at", "pk")
        .values_list("stage", flat=True)
    )
    assert stages[0] > stages[-1] == 1
    client.force_login(learner)
    assert "Moved down" in client.get("/journey/").content.decode()


def _service_answers(*, a, c, b):
    return {
        i.key: {"A": (6 - a) if i.reverse_coded else a, "IC": 4, "C": c, "B": b}[i.dimension]
        for i in InstrumentItem.objects.originals().filter(active=True)
    }


def test_lead_trainers_thresholds_change_the_stage(learner):
    self_assessment_submit(user=learner, occasion="T0", answers=_service_answers(a=3, c=5, b=1))
    assert StageSnapshot.objects.get(user=learner).stage == 2
    settings_row = MeasurementSettings.load()
    settings_row.a_sceptic = 3.2
    settings_row.save()
    stage_recompute(user=learner, reason="Thresholds recalibrated")
    assert StageSnapshot.objects.filter(user=learner).order_by("-pk").first().stage == 1


def test_the_check_in_opens_only_after_passing_the_module_quiz(client, learner, quiz):
    client.force_login(learner)
    closed = client.get(f"/journey/check-in/{quiz.pk}/")
    assert closed.status_code == 403
    assert "opens when you have passed" in closed.content.decode()
    attempt = attempt_start(user=learner, quiz=quiz, seed=2)
    attempt_submit(user=learner, attempt_id=attempt.pk, answers=answers_for(attempt, right=8))
    result = client.get(f"/quizzes/attempts/{attempt.pk}/result/").content.decode()
    assert "Take the quick check-in" in result
    page = client.get(f"/journey/check-in/{quiz.pk}/").content.decode()
    assert page.count("<legend") == 3
    keys = list(quiz.pulse_items.values_list("key", "dimension"))
    data = {f"item-{k}": ("4" if d == "A" else "7") for k, d in keys}
    assert client.post(f"/journey/check-in/{quiz.pk}/", data).status_code == 302
    pulse = SelfAssessment.objects.get(user=learner, occasion="pulse")
    # Two of eight confidence items is not a valid C score: a check-in never moves the stage.
    assert pulse.scores["C"] is None


def test_the_end_of_programme_sitting_asks_thinking_back_ratings(learner):
    from quizzes.services import InvalidAnswers

    self_assessment_submit(user=learner, occasion="T0", answers=_service_answers(a=4, c=5, b=1))
    with pytest.raises(InvalidAnswers) as raised:
        self_assessment_submit(user=learner, occasion="T1", answers=_service_answers(a=4, c=7, b=3))
    assert "then-C1" in raised.value.errors
    retro = {f"C{i}": 3 for i in range(1, 9)}
    end = self_assessment_submit(
        user=learner, occasion="T1", answers=_service_answers(a=4, c=7, b=3), retro_answers=retro
    )
    assert end.scores["C"] == 7.0 and end.scores["C_then"] == 3.0


@pytest.mark.parametrize(
    "role",
    [LeaderFactory, FacilitatorFactory, TrainerFactory],
    ids=["leader", "facilitator", "trainer"],
)
def test_other_roles_cannot_open_the_journey_pages(client, db, role):
    client.force_login(role())
    assert client.get("/journey/").status_code == 403
    assert client.get("/journey/self-assessment/baseline/").status_code == 403


def test_journey_page_query_count_is_fixed(client, learner, quiz, django_assert_num_queries):
    client.force_login(learner)
    self_assessment_submit(user=learner, occasion="T0", answers=_service_answers(a=4, c=5, b=1))
    client.get("/journey/")
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as small:
        client.get("/journey/")
    for seed in range(4):
        a = attempt_start(user=learner, quiz=quiz, seed=seed)
        attempt_submit(user=learner, attempt_id=a.pk, answers=answers_for(a, right=8 - seed))
    with django_assert_num_queries(len(small)):
        client.get("/journey/")
