"""The lesson page and "My learning" run a fixed number of queries, whatever the size of the
programme and however many other people are learning on it."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from champions.accounts.constants import ROLE_GROUPS, Role
from courses.models import AssessmentPass, LessonPage, ModulePage, ProgrammePage
from courses.services import enrolment_ensure, lesson_mark_complete, lesson_visit
from quizzes.models import QuizPage
from tests.courses.conftest import new_councillor
from tests.factories import site_home, welsh_copy

pytestmark = pytest.mark.django_db

# Pinned for a signed-in councillor enrolled on one programme who has opened the lesson before.
# Lesson page: user and roles (the session comes from the cache), Wagtail's routing (the site
# and its home page from the cache, then every page on the path in two queries; no view
# restrictions exist, which the cache knows), the visit (enrolment and progress read together,
# then begin, progress, last activity, commit) and the learner's notes (the lesson has a
# reflection prompt). Breadcrumbs, "lesson n of m" and the links come from the cached programme
# structure, the body's HTML from the cache. Wagtail i18n adds one: the active language's locale.
LESSON_PAGE_QUERIES = 11
# My learning: user, roles, enrolments, then programme_overview (progress and quiz passes; the
# programme's structure comes from the cache), the one next step's measurement milestones
# (sittings, the programme's knowledge checks, attempts at them: 3) and the quizzes app's stage
# panel (2), the councillor's commitments (1; their follow-ups only when there are some) and the
# live sessions panel's next sessions (1; none here, so nothing more).
MY_LEARNING_QUERIES = 12
# Module page: as before (7), plus whether the learner is enrolled and, since they are, the
# next step's milestones (3), and the active language's locale (Wagtail i18n).
MODULE_PAGE_QUERIES = 12
# The same pages read in Welsh, where they have Welsh: progress and the next step come from the
# English pages' records, titles and addresses in Welsh from the cache (see
# courses.queries.programme_names). Wagtail's routing finds the Welsh home page (1), and the
# page's English original is read (1); My learning reads no page, so it runs the same queries.
WELSH_LESSON_PAGE_QUERIES = LESSON_PAGE_QUERIES + 2
WELSH_MODULE_PAGE_QUERIES = MODULE_PAGE_QUERIES + 2
WELSH_MY_LEARNING_QUERIES = MY_LEARNING_QUERIES


def build_programme(slug: str, modules: int, lessons: int, learners: int) -> dict:
    """A published programme of ``modules`` x ``lessons`` and a quiz per module, with
    ``learners`` other councillors who have done about half of it, and one learner (``me``) who
    has started it."""
    home = site_home()
    programme = ProgrammePage(title=f"Programme {slug}", slug=slug, introduction="<p>Intro</p>")
    home.add_child(instance=programme)
    programme.save_revision().publish()
    all_lessons, quizzes = [], []
    for m in range(modules):
        module = ModulePage(
            title=f"Module {m + 1} of {slug}",
            slug=f"module-{m + 1}",
            summary="What this module is for.",
            outcomes=[("outcome", f"Outcome {i}") for i in range(3)],
            case_studies=[
                (
                    "case_study",
                    {
                        "council": "A council",
                        "year": "2024",
                        "title": "A case",
                        "what_happened": "Something happened.",
                        "figures": ["A figure"],
                        "source_title": "Source",
                        "source_url": "https://www.local.gov.uk/",
                    },
                )
            ],
            questions_for_officers=[("question", "What evidence do we have?")],
        )
        programme.add_child(instance=module)
        module.save_revision().publish()
        for n in range(lessons):
            lesson = LessonPage(
                title=f"Lesson {n + 1} of module {m + 1}",
                slug=f"lesson-{n + 1}",
                body=[
                    ("markdown", f"## Lesson {n + 1}\n\nSome **text**."),
                    ("reflection", {"prompt": "What did you notice?"}),
                    ("markdown", "More text after the note."),
                ],
            )
            module.add_child(instance=lesson)
            lesson.save_revision().publish()
            all_lessons.append(lesson)
        quiz = QuizPage(title=f"Module {m + 1} quiz", slug="quiz")
        module.add_child(instance=quiz)
        quiz.save_revision().publish()
        quizzes.append(quiz)

    for _ in range(learners):
        other = new_councillor("classmate")
        enrolment_ensure(user=other, programme=programme)
        for lesson in all_lessons[: len(all_lessons) // 2]:
            lesson_mark_complete(user=other, lesson=lesson)
        for quiz in quizzes[: len(quizzes) // 2]:
            AssessmentPass.objects.create(user=other, page=quiz, passed_at=timezone.now())

    me = new_councillor("me")
    enrolment_ensure(user=me, programme=programme)
    for lesson in all_lessons[:2]:
        lesson_mark_complete(user=me, lesson=lesson)
    reading = all_lessons[2]
    AssessmentPass.objects.create(user=me, page=quizzes[-1], passed_at=timezone.now())
    lesson_visit(user=me, lesson=reading)  # opened before: the steady state
    return {"programme": programme, "me": me, "lesson": reading, "lessons": all_lessons}


@pytest.fixture
def small():
    return build_programme("small-programme", modules=2, lessons=2, learners=1)


@pytest.fixture
def large():
    return build_programme("large-programme", modules=6, lessons=5, learners=8)


def queries_for(client, user, url) -> tuple[int, str]:
    client.force_login(user)
    client.get(url)  # warm caches that are per-process rather than per-request
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured), response.content.decode()


def test_the_test_programmes_have_the_sizes_they_claim(small, large):
    assert LessonPage.objects.descendant_of(small["programme"]).count() == 4
    assert LessonPage.objects.descendant_of(large["programme"]).count() == 30
    assert small["me"].groups.filter(name=ROLE_GROUPS[Role.COUNCILLOR]).exists()


def test_the_lesson_page_runs_the_same_queries_for_a_small_and_a_large_programme(
    client, small, large
):
    small_count, small_html = queries_for(client, small["me"], small["lesson"].url)
    large_count, large_html = queries_for(client, large["me"], large["lesson"].url)
    assert "Mark as complete and continue" in small_html
    assert "Mark as complete and continue" in large_html
    assert "lesson 1 of 2" in small_html  # the 3rd lesson opens module 2
    assert "lesson 3 of 5" in large_html
    assert small_count == large_count


def test_the_lesson_page_query_count_is_pinned(client, large, django_assert_num_queries):
    client.force_login(large["me"])
    client.get(large["lesson"].url)
    with django_assert_num_queries(LESSON_PAGE_QUERIES):
        response = client.get(large["lesson"].url)
    assert response.status_code == 200


def test_my_learning_runs_the_same_queries_for_a_small_and_a_large_programme(client, small, large):
    small_count, small_html = queries_for(client, small["me"], "/learn/")
    large_count, large_html = queries_for(client, large["me"], "/learn/")
    assert "2 of 4 lessons" in small_html
    assert "2 of 30 lessons" in large_html
    assert small_html.count("quiz passed") == large_html.count("quiz passed") == 1
    assert small_count == large_count


def test_my_learning_query_count_is_pinned(client, large, django_assert_num_queries):
    client.force_login(large["me"])
    client.get("/learn/")
    with django_assert_num_queries(MY_LEARNING_QUERIES):
        response = client.get("/learn/")
    assert response.status_code == 200


def test_the_module_page_runs_the_same_queries_for_a_small_and_a_large_programme(
    client, small, large, django_assert_num_queries
):
    small_module = ModulePage.objects.child_of(small["programme"]).last()
    large_module = ModulePage.objects.child_of(large["programme"]).last()
    small_count, _ = queries_for(client, small["me"], small_module.url)
    large_count, html = queries_for(client, large["me"], large_module.url)
    assert "Lesson 5 of module 6" in html
    assert small_count == large_count == MODULE_PAGE_QUERIES


def in_welsh(built: dict) -> dict:
    """Welsh for the programme, the module of the lesson being read and that lesson; the other
    modules and lessons have none."""
    module = built["lesson"].get_parent()
    return {
        "programme": welsh_copy(built["programme"], f"Rhaglen {built['programme'].slug}"),
        "module": welsh_copy(module, "Y modiwl"),
        "lesson": welsh_copy(built["lesson"], "Y wers"),
    }


def test_the_welsh_pages_run_a_few_queries_more_whatever_the_size_and_are_pinned(
    client, small, large
):
    small_welsh, large_welsh = in_welsh(small), in_welsh(large)
    for page, pinned in (
        ("lesson", WELSH_LESSON_PAGE_QUERIES),
        ("module", WELSH_MODULE_PAGE_QUERIES),
    ):
        small_count, _ = queries_for(client, small["me"], small_welsh[page].url)
        large_count, html = queries_for(client, large["me"], large_welsh[page].url)
        assert large_welsh[page].url.startswith("/cy/")
        assert (page, small_count, large_count) == (page, pinned, pinned)
    assert "Y wers" in html  # the module page lists the Welsh lesson, from the cache
    small_count, _ = queries_for(client, small["me"], "/cy/learn/")
    large_count, html = queries_for(client, large["me"], "/cy/learn/")
    assert "2 o 30 gwers" in html
    assert small_count == large_count == WELSH_MY_LEARNING_QUERIES
