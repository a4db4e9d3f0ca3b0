"""The factories build a world the product accepts: through its services, under its page rules,
with nothing borrowed from the demo."""

import pytest

from champions.accounts.constants import Role
from cohorts.queries import cohorts_visible_to
from courses.models import Enrolment, LessonPage
from quizzes.models import QuizPage
from quizzes.services import attempt_start
from tests.factories import build_programme, instrument_items
from tests.helpers import answers_for

pytestmark = pytest.mark.django_db


def test_a_programme_is_published_with_its_modules_lessons_and_quizzes():
    built = build_programme(modules=2, lessons=3, bank_size=5, questions_per_attempt=3)
    assert built.page.live and built.page.get_children().count() == 2
    assert LessonPage.objects.live().descendant_of(built.page).count() == 6
    assert QuizPage.objects.live().descendant_of(built.page).count() == 2
    assert all(lesson.reflection_block_ids() for lesson in built.all_lessons)


def test_an_attempt_draws_from_the_factory_bank_with_stable_question_ids(world):
    quiz = world.programme.quizzes[world.programme.modules[0].pk]
    first = attempt_start(user=world.councillors[0], quiz=quiz, seed=1)
    questions = first.snapshot["questions"]
    assert len(questions) == 4
    assert all(answers_for(first, right=4)[q["id"]] for q in questions)
    again = build_programme(modules=1).quizzes
    assert next(iter(again.values())).questions[0].id != questions[0]["id"]


def test_the_world_has_its_roles_and_cohort(world):
    assert world.facilitator.has_role(Role.FACILITATOR)
    assert world.leader.has_role(Role.COUNCIL_LEADER)
    assert all(person.has_role(Role.COUNCILLOR) for person in world.councillors)
    assert not world.councillors[0].has_role(Role.FACILITATOR)
    assert list(cohorts_visible_to(world.facilitator)) == [world.cohort]
    assert Enrolment.objects.filter(programme=world.programme.page).count() == 3
    assert world.leader.council_leaderships.get().council == world.councils[0]
    assert not world.outsider.enrolments.exists()


def test_the_instrument_has_every_dimension():
    assert {item.dimension for item in instrument_items()} == {"A", "IC", "C", "B"}
