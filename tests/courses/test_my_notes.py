"""My notes: a learner's own reflections, in programme order, printable, and nobody else's.
Also the one rule for time estimates and the "Key fact" label a screen reader hears."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from courses.services import reflection_save
from tests.helpers import main_html, sign_in

from .conftest import lessons_of

pytestmark = pytest.mark.django_db

# User, roles (the session comes from the cache), the notes with their lessons, the modules.
MY_NOTES_QUERIES = 4


def prompt_id(lesson) -> str:
    return next(block.id for block in lesson.body if block.block_type == "reflection")


def note(user, lesson, text):
    reflection_save(user=user, lesson=lesson, block_id=prompt_id(lesson), text=text)


def test_my_notes_lists_my_notes_by_module_and_lesson_in_programme_order(client, cast, modules):
    first, second = lessons_of(modules[0])[:2]
    later = lessons_of(modules[1])[0]
    # Written out of order: the page still follows the programme.
    note(cast["councillor"], later, "A note on the second module.")
    note(cast["councillor"], second, "A note on lesson two.")
    note(cast["councillor"], first, "A note on lesson one.")
    sign_in(client, cast["councillor"].email)
    page = main_html(client.get("/learn/notes/").content.decode())
    order = [
        page.index(modules[0].title),
        page.index("A note on lesson one."),
        page.index("A note on lesson two."),
        page.index(modules[1].title),
        page.index("A note on the second module."),
    ]
    assert order == sorted(order)
    assert "What does" in page  # each note under its question (tests.factories.lesson_body)
    assert page.count("<h1") == 1


def test_my_notes_never_shows_anyone_elses_notes(client, cast, shared_world, modules):
    lesson = lessons_of(modules[0])[0]
    note(shared_world.councillors[1], lesson, "Someone else's private thought.")
    sign_in(client, cast["councillor"].email)
    page = client.get("/learn/notes/").content.decode()
    assert "Someone else's private thought." not in page
    assert "You have not written any notes yet." in page


def test_my_notes_is_for_learners_only(client, cast):
    sign_in(client, cast["facilitator"].email)
    assert client.get("/learn/notes/").status_code == 403


def test_my_notes_query_count_is_the_same_for_one_note_and_six(client, cast, modules):
    lessons = lessons_of(modules[0]) + lessons_of(modules[1])
    client.force_login(cast["councillor"])
    note(cast["councillor"], lessons[0], "One.")

    def queries():
        client.get("/learn/notes/")
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/learn/notes/").status_code == 200
        return len(captured)

    assert queries() == MY_NOTES_QUERIES
    for lesson in lessons[1:]:
        note(cast["councillor"], lesson, "More.")
    assert queries() == MY_NOTES_QUERIES


def test_my_notes_offers_printing_and_links_each_lesson_to_change_a_note(client, cast, modules):
    lesson = lessons_of(modules[0])[0]
    note(cast["councillor"], lesson, "Print me.")
    sign_in(client, cast["councillor"].email)
    page = client.get("/learn/notes/").content.decode()
    assert 'rel="stylesheet" href="/static/build/print' in page and 'media="print"' in page
    assert "print this page" in page
    assert f'href="{lesson.url}"' in page


# --- time estimates and lesson blocks --------------------------------------------------------


def test_a_module_page_gives_the_sum_of_its_lessons_in_hours_and_minutes(client, cast, modules):
    module = modules[0]
    lessons = lessons_of(module)
    for lesson, minutes in zip(lessons, (40, 25, 5), strict=True):
        lesson.estimated_minutes = minutes
        lesson.save_revision().publish()
    module.estimated_minutes = 45  # the module's own figure no longer disagrees with its lessons
    module.save_revision().publish()
    sign_in(client, cast["councillor"].email)
    page = main_html(client.get(module.url).content.decode())
    assert "About 1 hour 10 minutes." in page
    assert "(40 minutes)" in page and "(5 minutes)" in page
    assert "45 minutes" not in page


def test_a_callout_is_announced_as_key_fact_not_its_code_name(client, cast, modules):
    lesson = lessons_of(modules[0])[0]
    sign_in(client, cast["councillor"].email)
    page = client.get(lesson.url).content.decode()
    assert '<span class="govuk-visually-hidden">Key fact: </span>' in page
    assert "Key_Fact" not in page
