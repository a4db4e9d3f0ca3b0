"""Serving pages from fewer queries changes nothing a person sees: routing by stored URL paths,
view restrictions known from the cache, and where a lesson sits from the cached programme
structure. Each cache shows a change at once."""

import re

import pytest
from wagtail.models import PageViewRestriction

from courses.models import LessonPage
from tests.courses.conftest import lessons_of

pytestmark = pytest.mark.django_db


def lesson_like(model: LessonPage, *, title: str, slug: str) -> LessonPage:
    return LessonPage(
        title=title,
        slug=slug,
        summary="A new lesson.",
        estimated_minutes=5,
        body=model.body.raw_data,
    )


def test_a_path_that_is_not_a_page_is_a_404_at_every_depth(client, programme, modules):
    lesson = lessons_of(modules[0])[0]
    for path in ["/nowhere/", programme.url + "nowhere/", lesson.url + "nowhere/"]:
        assert client.get(path).status_code == 404, path


def test_an_unpublished_lesson_is_a_404_and_its_published_neighbours_still_open(client, modules):
    first, second = lessons_of(modules[0])[:2]
    second.unpublish()
    assert client.get(second.url).status_code == 404
    assert client.get(first.url).status_code == 200


def test_a_view_restriction_applies_at_once_and_lifting_it_opens_the_page_again(client, modules):
    lesson = lessons_of(modules[0])[0]
    assert client.get(lesson.url).status_code == 200  # "no restrictions" is cached now
    restriction = PageViewRestriction.objects.create(
        page=modules[0], restriction_type=PageViewRestriction.LOGIN
    )
    response = client.get(lesson.url)
    assert response.status_code == 302 and response.url.startswith("/accounts/login/")
    assert client.get(lessons_of(modules[1])[0].url).status_code == 200  # another module
    restriction.delete()
    assert client.get(lesson.url).status_code == 200


def test_a_new_lesson_shows_in_lesson_n_of_m_and_the_links_at_once(client, modules):
    module = modules[1]
    lessons = lessons_of(module)
    last = lessons[-1]
    html = client.get(last.url).content.decode()
    assert f"lesson {len(lessons)} of {len(lessons)}" in html
    assert 'rel="next"' not in html

    new = lesson_like(last, title="A brand new lesson", slug="brand-new")
    module.add_child(instance=new)
    new.save_revision().publish()

    html = client.get(last.url).content.decode()
    assert f"lesson {len(lessons)} of {len(lessons) + 1}" in html
    assert f'href="{new.url}" rel="next"' in html
    assert (
        f"lesson {len(lessons) + 1} of {len(lessons) + 1}" in client.get(new.url).content.decode()
    )


def test_a_renamed_module_shows_in_its_lessons_breadcrumbs_at_once(client, modules):
    module = modules[1]
    lesson = lessons_of(module)[0]
    client.get(lesson.url)
    module.title = "Renamed module"
    module.save_revision().publish()
    html = client.get(lesson.url).content.decode()
    crumbs = re.findall(r'class="govuk-breadcrumbs__link" href="[^"]+">([^<]+)<', html)
    assert crumbs[-1] == "Renamed module"
    assert "Renamed module: lesson 1 of" in html


def test_a_lesson_without_a_reflection_prompt_does_not_look_for_notes(client, cast, modules):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from tests.helpers import sign_in

    with_prompt = next(
        lesson
        for module in modules
        for lesson in lessons_of(module)
        if any(block.block_type == "reflection" for block in lesson.body)
    )
    without = lesson_like(with_prompt, title="No prompt here", slug="no-prompt")
    without.body = [
        (b.block_type, b.value) for b in with_prompt.body if b.block_type != "reflection"
    ]
    with_prompt.get_parent().add_child(instance=without)
    without.save_revision().publish()
    sign_in(client, cast["councillor"].email)

    def notes_queries(lesson) -> int:
        client.get(lesson.url)
        with CaptureQueriesContext(connection) as captured:
            assert client.get(lesson.url).status_code == 200
        return sum("courses_reflection" in q["sql"] for q in captured.captured_queries)

    assert notes_queries(with_prompt) == 1
    assert notes_queries(without) == 0


def test_opening_a_lesson_again_moves_the_latest_visit_and_keeps_the_first(client, cast, modules):
    from datetime import timedelta

    from django.utils import timezone

    from courses.models import Enrolment, LessonProgress
    from tests.helpers import sign_in

    lesson = lessons_of(modules[1])[0]
    me = cast["councillor"]
    sign_in(client, me.email)
    client.get(lesson.url)
    first = LessonProgress.objects.get(user=me, lesson=lesson)
    earlier = first.started_at - timedelta(days=2)
    LessonProgress.objects.filter(pk=first.pk).update(started_at=earlier, last_seen_at=earlier)
    html = client.get(lesson.url).content.decode()
    again = LessonProgress.objects.get(pk=first.pk)
    assert again.started_at == earlier
    assert again.last_seen_at > timezone.now() - timedelta(minutes=1)
    assert Enrolment.objects.get(user=me).last_active_at == again.last_seen_at
    assert LessonProgress.objects.filter(user=me, lesson=lesson).count() == 1
    assert "Mark as complete" in html and ">Done<" not in html
