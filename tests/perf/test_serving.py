"""Serving pages below a programme: the two-query routing finds exactly what Wagtail finds and
refuses what it refuses; cached lesson bodies follow new revisions and never hold a note."""

import re

import pytest

from courses.models import LessonPage, ModulePage, ProgrammePage
from quizzes.constants import QuizKind
from quizzes.models import QuizPage
from tests.factories import QuizPageFactory, build_programme
from tests.helpers import built_once_per_module

pytestmark = pytest.mark.django_db


def _programme_with_a_pre_test() -> ProgrammePage:
    """Two modules of two lessons and a quiz each, and a pre-test at the programme's top."""
    programme = build_programme(modules=2, lessons=2).page
    QuizPageFactory(parent=programme, kind=QuizKind.PRE_TEST, title="Before you start")
    return programme


shared_programme = built_once_per_module(_programme_with_a_pre_test)


@pytest.fixture
def programme(db, shared_programme) -> ProgrammePage:
    return ProgrammePage.objects.get(pk=shared_programme.pk)


def test_modules_lessons_and_quizzes_below_the_programme_are_served(client, programme):
    module = ModulePage.objects.child_of(programme).live().order_by("path").first()
    lesson = LessonPage.objects.child_of(module).live().order_by("path").first()
    quiz = QuizPage.objects.child_of(module).live().first()
    pre_test = QuizPage.objects.child_of(programme).live().first()
    for page in (programme, module, lesson, quiz, pre_test):
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert page.title in response.content.decode()


def test_a_missing_or_misplaced_page_is_404(client, programme):
    modules = list(ModulePage.objects.child_of(programme).live().order_by("path")[:2])
    lesson = LessonPage.objects.child_of(modules[0]).live().first()
    assert client.get(f"{modules[0].url}no-such-lesson/").status_code == 404
    assert client.get(f"{modules[1].url}{lesson.slug}/").status_code == 404  # other module
    assert client.get(f"{lesson.url}deeper/").status_code == 404


def test_an_unpublished_lesson_is_404_and_a_republished_one_is_back(client, programme):
    module = ModulePage.objects.child_of(programme).live().order_by("path").first()
    lesson = LessonPage.objects.child_of(module).live().order_by("path").first()
    lesson.unpublish()
    assert client.get(lesson.url).status_code == 404
    lesson.save_revision().publish()
    assert client.get(lesson.url).status_code == 200


def test_a_new_revision_of_a_lesson_shows_its_new_text_at_once(client, programme):
    module = ModulePage.objects.child_of(programme).live().order_by("path").first()
    lesson = LessonPage.objects.child_of(module).live().order_by("path").first()
    client.get(lesson.url)  # the body is now cached for the live revision
    lesson.body = [("markdown", "A **fresh** paragraph about ward surgeries.")]
    lesson.save_revision().publish()
    html = client.get(lesson.url).content.decode()
    assert "<strong>fresh</strong> paragraph about ward surgeries" in html


def test_with_the_body_cached_each_learner_still_sees_only_their_own_note(client, programme):
    from courses.services import enrolment_ensure, reflection_save
    from tests.courses.conftest import new_councillor

    lesson = next(
        lesson
        for lesson in LessonPage.objects.live().descendant_of(programme).order_by("path")
        if lesson.reflection_block_ids()
    )
    block_id = sorted(lesson.reflection_block_ids())[0]
    notes = {}
    for label in ("first", "second"):
        person = new_councillor(label)
        enrolment_ensure(user=person, programme=programme)
        notes[label] = (person, f"My own {label} thought about this lesson.")
        reflection_save(user=person, lesson=lesson, block_id=block_id, text=notes[label][1])
    for label, (person, text) in notes.items():
        client.force_login(person)
        html = client.get(lesson.url).content.decode()
        other = notes["second" if label == "first" else "first"][1]
        assert text in html
        assert other not in html


def test_a_newly_published_lesson_appears_in_my_learning_at_once(client, programme):
    from courses.services import enrolment_ensure
    from tests.courses.conftest import new_councillor

    person = new_councillor("structure")
    enrolment_ensure(user=person, programme=programme)
    client.force_login(person)
    before = client.get("/learn/").content.decode()  # the structure is now cached
    module = ModulePage.objects.child_of(programme).live().order_by("path").first()
    lesson = LessonPage(
        title="Freshly published lesson on ward data",
        slug="freshly-published",
        body=[("markdown", "New.")],
    )
    module.add_child(instance=lesson)
    assert "Freshly published lesson" not in client.get("/learn/").content.decode()  # a draft
    lesson.save_revision().publish()
    after = client.get("/learn/").content.decode()
    assert "Freshly published lesson on ward data" not in before
    assert "Freshly published lesson on ward data" in client.get(module.url).content.decode()
    total = int(re.search(r"of (\d+) lessons", before).group(1))
    assert f"of {total + 1} lessons" in after
    lesson.unpublish()
    assert f"of {total} lessons" in client.get("/learn/").content.decode()
    lesson.save_revision().publish()
    assert f"of {total + 1} lessons" in client.get("/learn/").content.decode()
    lesson.delete()
    assert f"of {total} lessons" in client.get("/learn/").content.decode()
