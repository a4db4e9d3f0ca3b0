"""A councillor working through lessons: "My learning", Continue, Mark as complete and continue,
and private reflection notes. Bad requests get a plain 404 and write nothing."""

import re

import pytest
from django.urls import reverse
from django.utils.html import escape

from courses.models import Enrolment, LessonPage, LessonProgress, ModulePage, Reflection
from courses.services import lesson_mark_complete
from quizzes.services import self_assessment_submit
from tests.courses.conftest import lessons_of, new_councillor, visible_text
from tests.factories import instrument_answers, instrument_items
from tests.helpers import sign_in

pytestmark = pytest.mark.django_db


def complete_url(lesson) -> str:
    return reverse("courses:lesson_complete", args=[lesson.id])


def note_url(lesson, block_id: str) -> str:
    return reverse("courses:reflection_save", args=[lesson.id, block_id])


def reflection_ids(lesson) -> list[str]:
    return [block.id for block in lesson.body if block.block_type == "reflection"]


def record_counts() -> tuple[int, int, int]:
    return (
        LessonProgress.objects.count(),
        Reflection.objects.count(),
        Enrolment.objects.count(),
    )


def textarea(html: str, block_id: str) -> str:
    match = re.search(rf'<textarea[^>]*id="note-{block_id}"[^>]*>(.*?)</textarea>', html, re.S)
    assert match, f"no note box for {block_id}"
    return match.group(1)


@pytest.fixture
def councillor_client(client, cast):
    sign_in(client, cast["councillor"].email)
    return client


@pytest.fixture
def lesson(modules):
    """The last lesson of module 2, which the councillor has not finished."""
    return lessons_of(modules[1])[2]


def test_my_learning_continue_and_mark_complete_through_a_module(
    councillor_client, cast, modules, programme
):
    # The starting point done (this programme has no knowledge check), module 1 under way:
    # the one next step leads into module 1.
    instrument_items()
    self_assessment_submit(
        user=cast["councillor"], occasion="T0", answers=instrument_answers(a=4, c=5, b=1)
    )
    for lesson in lessons_of(modules[0])[:1]:
        lesson_mark_complete(user=cast["councillor"], lesson=lesson)
    client = councillor_client
    total = LessonPage.objects.live().descendant_of(programme).count()
    done_before = LessonProgress.objects.filter(
        user=cast["councillor"], completed_at__isnull=False
    ).count()

    learn = client.get("/learn/")
    assert learn.status_code == 200
    assert f"{done_before} of {total} lessons" in visible_text(learn.content.decode())

    continue_url = re.search(
        r'<a href="([^"]+)" role="button"[^>]*>Continue ', learn.content.decode()
    ).group(1)
    first = LessonPage.objects.get(url_path__endswith=continue_url.lstrip("/"))
    assert not LessonProgress.objects.filter(
        user=cast["councillor"], lesson=first, completed_at__isnull=False
    ).exists(), "Continue should lead to a lesson not yet done"
    module = ModulePage.objects.parent_of(first).get().specific
    in_module = lessons_of(module)
    remaining = in_module[in_module.index(first) :]

    url = continue_url
    for i, lesson in enumerate(remaining):
        page = client.get(url)
        html = page.content.decode()
        assert page.status_code == 200
        assert f'<h1 class="govuk-heading-xl">{escape(lesson.title)}</h1>' in html
        is_last = i == len(remaining) - 1
        # From the last lesson, the way on is the module's quiz.
        button = (
            f"Take the {escape(module.title)} quiz" if is_last else "Mark as complete and continue"
        )
        assert f">{button}</button>" in html
        action = re.search(r'<form method="post" action="([^"]+/complete/)"', html).group(1)
        done = client.post(action)
        assert done.status_code == 302
        url = done.url
        if not is_last:
            assert url == remaining[i + 1].url

    # The last lesson sends the learner to the module's quiz with a note that they finished.
    quiz = module.get_children().live().not_type(LessonPage).get()
    assert url == quiz.url
    finished = client.get(url).content.decode()
    assert f"You have finished the lessons in {module.title}." in finished

    after = visible_text(client.get("/learn/").content.decode())
    done_after = done_before + len(remaining)
    assert f"{done_after} of {total} lessons" in after
    n = len(in_module)
    # The module's row: its lessons are all done (it completes once its quiz is passed too).
    assert re.search(
        rf"{re.escape(module.title)} (In progress|Completed) {n} of {n} lessons", after
    )
    assert LessonProgress.objects.filter(
        user=cast["councillor"], lesson__in=remaining, completed_at__isnull=False
    ).count() == len(remaining)


def test_my_learning_shows_progress_overall_and_per_module(councillor_client, cast, modules):
    # Module 1 done (three lessons) and the first lesson of module 2.
    for lesson in [*lessons_of(modules[0]), lessons_of(modules[1])[0]]:
        lesson_mark_complete(user=cast["councillor"], lesson=lesson)
    text = visible_text(councillor_client.get("/learn/").content.decode())
    assert "You have completed 4 of 6 lessons" in text
    assert "3 of 3 lessons" in text
    assert "1 of 3 lessons" in text


def test_marking_a_lesson_complete_twice_keeps_one_row_and_the_first_time(
    councillor_client, cast, lesson
):
    councillor_client.post(complete_url(lesson))
    first = LessonProgress.objects.get(user=cast["councillor"], lesson=lesson)
    assert first.completed_at is not None

    again = councillor_client.post(complete_url(lesson))
    assert again.status_code == 302
    rows = LessonProgress.objects.filter(user=cast["councillor"], lesson=lesson)
    assert rows.count() == 1
    assert rows.get().completed_at == first.completed_at


def test_a_completed_lesson_shows_done_and_a_plain_continue_button(councillor_client, modules):
    lesson = lessons_of(modules[1])[1]  # not the last: that one leads to the quiz
    councillor_client.post(complete_url(lesson))
    html = councillor_client.get(lesson.url).content.decode()
    assert 'govuk-tag--green">Done</strong>' in html
    assert ">Continue</button>" in html


def test_the_last_lesson_of_a_module_has_a_button_to_take_its_quiz(councillor_client, lesson):
    module = lesson.get_parent()
    html = councillor_client.get(lesson.url).content.decode()
    assert f">Take the {escape(module.title)} quiz</button>" in html
    done = councillor_client.post(complete_url(lesson))
    assert done.url == module.get_children().live().not_type(LessonPage).get().url


def test_a_councillor_not_enrolled_cannot_complete_a_lesson_and_nothing_is_written(client, lesson):
    outsider = new_councillor("outsider")
    client.force_login(outsider)
    before = record_counts()
    response = client.post(complete_url(lesson))
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()
    assert record_counts() == before
    assert not LessonProgress.objects.filter(user=outsider).exists()


def test_a_not_enrolled_councillor_reads_the_lesson_without_buttons_or_records(client, lesson):
    outsider = new_councillor("reader")
    client.force_login(outsider)
    before = record_counts()
    html = client.get(lesson.url).content.decode()
    assert escape(lesson.title) in html
    assert "Mark as complete" not in html
    assert "Sign in as a learner on this programme to keep a private note." in html
    assert record_counts() == before


def test_completing_an_unpublished_lesson_is_a_404_and_nothing_is_written(
    councillor_client, lesson
):
    lesson.unpublish()
    before = record_counts()
    response = councillor_client.post(complete_url(lesson))
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()
    assert record_counts() == before


def test_completing_a_lesson_that_does_not_exist_is_a_404(councillor_client):
    before = record_counts()
    response = councillor_client.post(complete_url(type("Missing", (), {"id": 987654})))
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()
    assert record_counts() == before


def test_completing_a_page_that_is_a_module_not_a_lesson_is_a_404(councillor_client, modules):
    before = record_counts()
    response = councillor_client.post(complete_url(modules[1]))
    assert response.status_code == 404
    assert record_counts() == before


def test_a_saved_note_shows_on_the_lesson_page_for_its_author(councillor_client, cast, lesson):
    block_id = reflection_ids(lesson)[0]
    note = "Bulky waste booking went online in 2023; Mrs Patel now rings me instead."
    response = councillor_client.post(note_url(lesson, block_id), {"text": note})
    assert response.status_code == 302
    assert response.url == f"{lesson.url}#reflection-{block_id}"

    page = councillor_client.get(lesson.url).content.decode()
    assert "Your note is saved. Only you can see it." in page
    assert (
        textarea(page, block_id)
        == "Bulky waste booking went online in 2023; Mrs Patel now rings me instead."
    )
    assert Reflection.objects.get(user=cast["councillor"], lesson=lesson).text == note


def test_editing_a_note_replaces_it_rather_than_adding_another(councillor_client, cast, lesson):
    block_id = reflection_ids(lesson)[0]
    councillor_client.post(note_url(lesson, block_id), {"text": "First thought."})
    councillor_client.post(note_url(lesson, block_id), {"text": "Second thought."})
    notes = Reflection.objects.filter(user=cast["councillor"], lesson=lesson)
    assert list(notes.values_list("text", flat=True)) == ["Second thought."]


def test_nobody_else_ever_sees_a_learners_note(client, cast, lesson, programme):
    block_id = reflection_ids(lesson)[0]
    secret = "I am sceptical about the new app and I have said so in group."
    sign_in(client, cast["councillor"].email)
    client.post(note_url(lesson, block_id), {"text": secret})
    assert secret in client.get(lesson.url).content.decode()
    client.logout()

    # Another learner on the same programme, with the same note box on the page.
    classmate = (
        Enrolment.objects.filter(programme=programme)
        .exclude(user=cast["councillor"])
        .select_related("user")
        .first()
        .user
    )
    viewers = [classmate, cast["facilitator"], cast["leader"], cast["trainer"], cast["admin"]]
    for viewer in viewers:
        client.force_login(viewer)
        html = client.get(lesson.url).content.decode()
        assert escape(lesson.title) in html
        assert secret not in html, f"{viewer.email} saw the note"
        client.logout()
    assert secret not in client.get(lesson.url).content.decode()  # anonymous

    client.force_login(classmate)
    assert textarea(client.get(lesson.url).content.decode(), block_id) == ""


def test_a_note_on_a_block_that_is_not_a_reflection_prompt_is_a_404(councillor_client, lesson):
    not_a_prompt = next(b.id for b in lesson.body if b.block_type != "reflection")
    before = record_counts()
    for block_id in [not_a_prompt, "no-such-block"]:
        response = councillor_client.post(note_url(lesson, block_id), {"text": "Hello"})
        assert response.status_code == 404
        assert "Page not found" in response.content.decode()
    assert record_counts() == before


def test_a_note_on_another_lessons_prompt_is_a_404(councillor_client, lesson, modules):
    elsewhere = reflection_ids(lessons_of(modules[0])[0])[0]
    before = record_counts()
    response = councillor_client.post(note_url(lesson, elsewhere), {"text": "Hello"})
    assert response.status_code == 404
    assert record_counts() == before


def test_emptying_a_note_deletes_it(councillor_client, cast, lesson):
    block_id = reflection_ids(lesson)[0]
    councillor_client.post(note_url(lesson, block_id), {"text": "To be removed."})
    assert Reflection.objects.filter(user=cast["councillor"], lesson=lesson).exists()

    response = councillor_client.post(note_url(lesson, block_id), {"text": "   \n  "})
    assert response.status_code == 302
    assert not Reflection.objects.filter(user=cast["councillor"], lesson=lesson).exists()
    assert textarea(councillor_client.get(lesson.url).content.decode(), block_id) == ""


def test_a_note_over_5000_characters_is_refused_with_a_message_and_nothing_changes(
    councillor_client, cast, lesson
):
    block_id = reflection_ids(lesson)[0]
    councillor_client.post(note_url(lesson, block_id), {"text": "My earlier note."})
    before = record_counts()

    response = councillor_client.post(note_url(lesson, block_id), {"text": "x" * 5001})
    assert response.status_code == 302
    assert record_counts() == before
    html = councillor_client.get(response.url).content.decode()
    assert "There is a problem" in html
    assert "Your note was not saved" in html
    assert "at most 5000 characters" in html
    assert Reflection.objects.get(user=cast["councillor"], lesson=lesson).text == "My earlier note."


def test_a_full_note_in_paragraphs_is_counted_as_the_browser_counted_it(
    councillor_client, cast, lesson
):
    # The textarea's maxlength lets a learner type 5,000 characters, counting each line break
    # once; the browser then sends each line break as CRLF, two characters.
    block_id = reflection_ids(lesson)[0]
    paragraphs = ["p" * 99] * 50
    typed = "\n".join(paragraphs)
    assert len(typed) == 4999
    sent = "\r\n".join(paragraphs)
    assert len(sent) > 5000

    response = councillor_client.post(note_url(lesson, block_id), {"text": sent})
    assert response.status_code == 302
    saved = Reflection.objects.get(user=cast["councillor"], lesson=lesson).text
    assert saved == typed
    page = councillor_client.get(lesson.url).content.decode()
    assert "Your note is saved." in page
    assert "Your note was not saved" not in page


def test_a_note_of_exactly_5000_characters_is_saved(councillor_client, cast, lesson):
    block_id = reflection_ids(lesson)[0]
    councillor_client.post(note_url(lesson, block_id), {"text": "y" * 5000})
    assert len(Reflection.objects.get(user=cast["councillor"], lesson=lesson).text) == 5000


def test_a_note_on_an_unpublished_lesson_is_a_404_and_nothing_is_written(councillor_client, lesson):
    block_id = reflection_ids(lesson)[0]
    lesson.unpublish()
    before = record_counts()
    response = councillor_client.post(note_url(lesson, block_id), {"text": "Hello"})
    assert response.status_code == 404
    assert record_counts() == before


def test_a_councillor_not_enrolled_cannot_save_a_note(client, lesson):
    client.force_login(new_councillor("noter"))
    before = record_counts()
    response = client.post(note_url(lesson, reflection_ids(lesson)[0]), {"text": "Hello"})
    assert response.status_code == 404
    assert record_counts() == before


@pytest.mark.parametrize("kind", ["complete", "note"])
def test_the_post_only_urls_answer_get_with_405(councillor_client, lesson, kind):
    url = (
        complete_url(lesson) if kind == "complete" else note_url(lesson, reflection_ids(lesson)[0])
    )
    before = record_counts()
    assert councillor_client.get(url).status_code == 405
    assert record_counts() == before


@pytest.mark.parametrize("kind", ["complete", "note"])
def test_an_anonymous_post_is_sent_to_sign_in_and_writes_nothing(client, lesson, kind):
    url = (
        complete_url(lesson) if kind == "complete" else note_url(lesson, reflection_ids(lesson)[0])
    )
    before = record_counts()
    response = client.post(url, {"text": "Hello"})
    assert response.status_code == 302
    assert response.url.startswith("/accounts/login/")
    assert f"next={url}" in response.url.replace("%2F", "/")
    assert record_counts() == before


def test_the_lesson_page_says_where_the_lesson_sits_and_links_its_neighbours(
    client, programme, modules
):
    first, second, third = lessons_of(modules[1])[:3]
    html = client.get(second.url).content.decode()
    assert f"{modules[1].title}: lesson 2 of {len(lessons_of(modules[1]))}" in html
    assert f'href="{first.url}" rel="prev"' in html
    assert f'href="{third.url}" rel="next"' in html
    crumbs = re.findall(r'class="govuk-breadcrumbs__link" href="([^"]+)"', html)
    assert crumbs == ["/", programme.url, modules[1].url]


def test_reading_a_lesson_records_a_visit_for_an_enrolled_learner(councillor_client, cast, modules):
    unread = lessons_of(modules[1])[0]
    assert not LessonProgress.objects.filter(user=cast["councillor"], lesson=unread).exists()
    councillor_client.get(unread.url)
    progress = LessonProgress.objects.get(user=cast["councillor"], lesson=unread)
    assert progress.completed_at is None
    text = visible_text(councillor_client.get("/learn/").content.decode())
    assert re.search(rf"{re.escape(modules[1].title)} In progress 0 of 3 lessons", text)
