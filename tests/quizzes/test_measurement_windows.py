"""The measurement windows, enforced on the server: the starting point as a task list, the
knowledge pre-test once and without answers, the post-test only when every core module is
complete, the end and follow-up self-assessments only in their windows; and one "what next"
on every page."""

import re

import pytest

from courses.models import LessonPage
from courses.services import lesson_mark_complete
from quizzes.constants import QuizKind
from quizzes.models import QuizAttempt, QuizPage
from quizzes.services import NotOpen, attempt_start, attempt_submit
from tests.factories import CohortFactory, CouncillorFactory, QuizPageFactory, build_programme
from tests.helpers import PASSWORD, answers_for, built_once_per_module, post_data, visible_text
from tests.quizzes.test_journey import full_answers


def _programme_with_checks():
    course = build_programme(
        modules=2, lessons=1, bank_size=6, questions_per_attempt=4, check_in=True
    )
    QuizPageFactory(parent=course.page, kind=QuizKind.PRE_TEST, title="Knowledge starting check")
    QuizPageFactory(parent=course.page, kind=QuizKind.POST_TEST, title="Final knowledge check")
    return course, CohortFactory(programme=course.page)


shared = built_once_per_module(_programme_with_checks)


@pytest.fixture
def course(db, shared):
    return shared[0]


@pytest.fixture
def learner(course, shared):
    return CouncillorFactory(
        first_name="Tia", last_name="Tasks", cohort=shared[1], password=PASSWORD
    )


@pytest.fixture
def checks(course):
    kids = QuizPage.objects.child_of(course.page)
    return kids.get(kind=QuizKind.PRE_TEST), kids.get(kind=QuizKind.POST_TEST)


def _take(client, learner, quiz, right=4):
    started = client.post(f"/quizzes/{quiz.pk}/start/")
    assert started.status_code == 302, started.content.decode()[:300]
    attempt = QuizAttempt.objects.get(user=learner, quiz=quiz, submitted_at__isnull=True)
    done = client.post(started.url, post_data(answers_for(attempt, right=right)))
    assert done.status_code == 302
    return attempt, done.url


def _complete_every_module(learner, course):
    for lesson in course.all_lessons:
        lesson_mark_complete(user=learner, lesson=lesson)
    for module in course.modules:
        attempt = attempt_start(user=learner, quiz=course.quizzes[module.pk], seed=3)
        attempt_submit(user=learner, attempt_id=attempt.pk, answers=answers_for(attempt, right=4))


def _next_button(html: str) -> tuple[str, str]:
    """The one "What to do next" button: its link and words."""
    part = html.split("What to do next", 1)[1]
    match = re.search(r'<a href="([^"]+)" role="button"[^>]*>([^<]+)</a>', part)
    assert match, "no next step on the page"
    return match.group(1), match.group(2).strip()


def test_the_starting_point_is_a_task_list_the_self_assessment_then_the_knowledge_check(
    client, learner, checks
):
    pre, _ = checks
    client.force_login(learner)
    assert client.get("/after-login/").url == "/journey/start/"
    text = visible_text(client.get("/journey/start/").content.decode())
    assert "1. Your starting self-assessment" in text and "Not started" in text
    assert "2. Knowledge starting check" in text and "Cannot start yet" in text
    # The check cannot be started before the self-assessment, even by posting to it.
    early = client.post(f"/quizzes/{pre.pk}/start/")
    assert early.status_code == 403
    assert "opens when you have done your starting self-assessment" in early.content.decode()

    saved = client.post("/journey/self-assessment/baseline/", full_answers(a=4, c=4, b=1))
    assert saved.url == "/journey/start/"
    html = client.get("/journey/start/").content.decode()
    assert f'href="{pre.url}"' in html and "Cannot start yet" not in html

    _, result_url = _take(client, learner, pre, right=1)
    result = visible_text(client.get(result_url).content.decode())
    assert "You've finished your starting point" in result
    assert "Thank you: this is your starting point" in result
    assert "You passed" not in result and "Not passed" not in result
    assert "Right answer" not in result and "Your answers" not in result
    # Then on to lesson 1, and sign-in no longer stops at the task list.
    first_lesson = (
        LessonPage.objects.live().descendant_of(pre.get_parent()).order_by("path").first()
    )
    assert _next_button(client.get(result_url).content.decode())[0] == first_lesson.url
    assert client.get("/after-login/").url == "/learn/"


def test_the_pre_test_is_taken_once_and_a_second_start_says_when(client, learner, checks):
    pre, _ = checks
    client.force_login(learner)
    client.post("/journey/self-assessment/baseline/", full_answers(a=4, c=4, b=1))
    _take(client, learner, pre)
    again = client.post(f"/quizzes/{pre.pk}/start/")
    assert again.status_code == 403
    text = visible_text(again.content.decode())
    assert re.search(r"You took the knowledge starting check on \d+ \w+ \d{4}", text)
    assert QuizAttempt.objects.filter(user=learner, quiz=pre).count() == 1
    with pytest.raises(NotOpen):
        attempt_start(user=learner, quiz=pre)


def test_the_post_test_is_refused_before_every_core_module_is_complete_and_offered_after(
    client, learner, checks, course
):
    pre, post = checks
    client.force_login(learner)
    client.post("/journey/self-assessment/baseline/", full_answers(a=4, c=4, b=1))
    _take(client, learner, pre)
    # One of two core modules complete.
    lesson_mark_complete(user=learner, lesson=course.lessons[course.modules[0].pk][0])
    first = attempt_start(user=learner, quiz=course.quizzes[course.modules[0].pk], seed=1)
    attempt_submit(user=learner, attempt_id=first.pk, answers=answers_for(first, right=4))

    refused = client.post(f"/quizzes/{post.pk}/start/")
    assert refused.status_code == 403
    assert (
        "The final check opens when you have completed all 2 core modules. You have completed 1."
        in visible_text(refused.content.decode())
    )
    assert "You have completed 1." in visible_text(client.get(post.url).content.decode())
    assert not QuizAttempt.objects.filter(user=learner, quiz=post).exists()
    end = client.get("/journey/self-assessment/end/")
    assert end.status_code == 403 and "You have completed 1" in end.content.decode()

    _complete_every_module(learner, course)
    # Offered: the one next step is the end self-assessment, then the final check.
    assert _next_button(client.get("/learn/").content.decode())[1] == (
        "Take the end-of-programme self-assessment"
    )
    attempt, result_url = _take(client, learner, post)
    result = visible_text(client.get(result_url).content.decode())
    assert "You've finished the final check" in result and "Your answers" in result
    # Now the starting check's answers can be seen too.
    pre_attempt = QuizAttempt.objects.get(user=learner, quiz=pre)
    assert "Your answers" in visible_text(
        client.get(f"/quizzes/attempts/{pre_attempt.pk}/result/").content.decode()
    )
    assert client.post(f"/quizzes/{post.pk}/start/").status_code == 403


def test_the_follow_up_is_not_open_before_the_end_of_the_programme(client, learner):
    client.force_login(learner)
    response = client.get("/journey/self-assessment/follow-up/")
    assert response.status_code == 403
    assert "opens 3 months after your end-of-programme self-assessment" in response.content.decode()
    assert response.content.decode().count("<h1") == 1


def test_my_learning_my_journey_a_quiz_result_and_the_module_page_show_the_same_next_step(
    client, learner, checks, course
):
    pre, _ = checks
    client.force_login(learner)
    client.post("/journey/self-assessment/baseline/", full_answers(a=4, c=4, b=1))
    _, pre_result = _take(client, learner, pre)
    lesson_mark_complete(user=learner, lesson=course.lessons[course.modules[0].pk][0])
    quiz = course.quizzes[course.modules[0].pk]
    attempt, result_url = _take(client, learner, quiz, right=1)  # not passed: retake the quiz
    pages = {
        "My learning": "/learn/",
        "My journey": "/journey/",
        "the quiz result": result_url,
        "the module page": course.modules[0].url,
        "the knowledge check result": pre_result,
    }
    steps = {name: _next_button(client.get(url).content.decode()) for name, url in pages.items()}
    assert set(steps.values()) == {(quiz.url, f"Take the {course.modules[0].title} quiz")}, steps


def test_a_half_done_quiz_keeps_the_answers_chosen_when_the_learner_comes_back(
    client, learner, course
):
    quiz = course.quizzes[course.modules[0].pk]
    client.force_login(learner)
    client.post(f"/quizzes/{quiz.pk}/start/")
    attempt = QuizAttempt.objects.get(user=learner, quiz=quiz)
    first, second = attempt.snapshot["questions"][:2]
    chosen = {first["id"]: [first["options"][1]["id"]]}
    saved = client.post(f"/quizzes/attempts/{attempt.pk}/", {**post_data(chosen), "save": "later"})
    assert saved.status_code == 302 and saved.url == f"/quizzes/attempts/{attempt.pk}/"
    attempt.refresh_from_db()
    assert attempt.is_open and attempt.draft_answers == chosen
    # Saving twice is the same as once; an option from another question is not kept.
    stray = {second["id"]: [first["options"][0]["id"]]}
    client.post(
        f"/quizzes/attempts/{attempt.pk}/", {**post_data({**chosen, **stray}), "save": "later"}
    )
    attempt.refresh_from_db()
    assert attempt.draft_answers == chosen

    # Coming back (from the quiz page's "Continue"), the answer is chosen already.
    assert client.post(f"/quizzes/{quiz.pk}/start/").url == f"/quizzes/attempts/{attempt.pk}/"
    html = client.get(f"/quizzes/attempts/{attempt.pk}/").content.decode()
    option = first["options"][1]["id"]
    assert re.search(rf'type="(radio|checkbox)" value="{option}" checked', html)
    assert QuizAttempt.objects.filter(user=learner, quiz=quiz).count() == 1
    # Submitting scores the answers once and lets go of the saved copy.
    answers = answers_for(attempt, right=4)
    client.post(f"/quizzes/attempts/{attempt.pk}/", post_data(answers))
    client.post(f"/quizzes/attempts/{attempt.pk}/", post_data(answers))
    attempt.refresh_from_db()
    assert not attempt.is_open and attempt.draft_answers == {}
    assert attempt.responses.count() == len(attempt.snapshot["questions"])


def test_an_unanswered_question_is_named_by_its_number_not_glued_to_its_text(
    client, learner, course
):
    quiz = course.quizzes[course.modules[0].pk]
    client.force_login(learner)
    client.post(f"/quizzes/{quiz.pk}/start/")
    attempt = QuizAttempt.objects.get(user=learner, quiz=quiz)
    answers = answers_for(attempt, right=4)
    third = attempt.snapshot["questions"][2]
    answers.pop(third["id"])
    response = client.post(f"/quizzes/attempts/{attempt.pk}/", post_data(answers))
    assert response.status_code == 400
    text = visible_text(response.content.decode())
    wanted = (
        "Select an answer for question 3"
        if third["kind"] != "multiple"
        else ("Select at least one answer for question 3")
    )
    assert wanted in text
    assert f"{third['text']}:" not in text


def test_the_self_assessment_error_names_the_question_by_number(client, learner):
    client.force_login(learner)
    data = full_answers(a=4, c=4, b=1)
    data.pop("item-A3")
    response = client.post("/journey/self-assessment/baseline/", data)
    assert response.status_code == 400
    text = visible_text(response.content.decode())
    assert "Select an answer for question 3" in text
    assert ".: Choose an answer" not in text


# User, roles (the session from the cache), enrolment, the programme overview (structure from
# the cache after the first request, progress, passes) and the measurement state (sittings, the
# programme's knowledge checks, attempts at them).
TASK_LIST_QUERIES = 8
# As the task list, for the end sitting's window.
NOT_OPEN_QUERIES = 8
# User, roles, the attempt, its responses, then the enrolment, overview (2) and measurement
# state (3), and the pair of knowledge-check results shown once the final check is done.
KNOWLEDGE_RESULT_QUERIES = 10


def test_the_task_list_not_open_page_and_knowledge_check_result_run_pinned_queries(
    client, learner, checks, django_assert_num_queries
):
    pre, _ = checks
    client.force_login(learner)
    client.get("/journey/start/")  # warm the caches (the programme's structure, the site)
    with django_assert_num_queries(TASK_LIST_QUERIES):
        assert client.get("/journey/start/").status_code == 200
    with django_assert_num_queries(NOT_OPEN_QUERIES):
        assert client.get("/journey/self-assessment/end/").status_code == 403
    client.post("/journey/self-assessment/baseline/", full_answers(a=4, c=4, b=1))
    attempt, result_url = _take(client, learner, pre)
    with django_assert_num_queries(KNOWLEDGE_RESULT_QUERIES):
        assert client.get(result_url).status_code == 200


def test_the_home_page_and_my_learning_count_core_modules_not_the_knowledge_checks(client, db):
    course = build_programme(modules=3, lessons=1, elective=True)
    QuizPageFactory(parent=course.page, kind=QuizKind.PRE_TEST)
    QuizPageFactory(parent=course.page, kind=QuizKind.POST_TEST)
    home = visible_text(client.get("/").content.decode())
    assert f"{course.page.title}: 2 core modules. There is also 1 elective." in home
    learner = CouncillorFactory(cohort=CohortFactory(programme=course.page))
    client.force_login(learner)
    learn = visible_text(client.get("/learn/").content.decode())
    assert "0 of 2 core modules" in learn and "plus an elective module" in learn
