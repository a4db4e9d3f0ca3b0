"""A councillor reading in Welsh sees what they see in English: their progress and their next
step, worked out from the records of the English pages, and every link to a module, lesson or
quiz goes to its Welsh page (or, where it has no Welsh yet, to its /cy/ address, which says so).

The programme here is half translated, as the demo is: the programme, module 1 and its first
two lessons have Welsh; module 1's third lesson and quiz, and module 2, do not."""

import re
from html import unescape

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from courses.models import LessonProgress, ModulePage, Reflection
from courses.services import lesson_mark_complete
from quizzes.services import attempt_start, attempt_submit, self_assessment_submit
from tests.courses.conftest import lessons_of
from tests.factories import instrument_answers, instrument_items, welsh_copy
from tests.helpers import answers_for, h1_count, visible_text

pytestmark = pytest.mark.django_db

WELSH = {
    "programme": "Y Rhaglen Brawf",
    "module": "Modiwl Un",
    "lessons": ["Gwers Un", "Gwers Dau"],
}


@pytest.fixture
def welsh(programme, modules) -> dict:
    """The Welsh pages of the half-translated programme, and the English ones beside them."""
    lessons = lessons_of(modules[0])
    found = {
        "programme": welsh_copy(programme, WELSH["programme"]),
        "module": welsh_copy(modules[0], WELSH["module"]),
        "lessons": [welsh_copy(lessons[n], title) for n, title in enumerate(WELSH["lessons"])],
    }
    return found | {"english_lessons": lessons, "quiz": modules[0].get_children().last()}


@pytest.fixture
def learner(client, cast, welsh):
    """The cohort's councillor, starting point done, who completed lesson 1 in English."""
    instrument_items()
    self_assessment_submit(
        user=cast["councillor"], occasion="T0", answers=instrument_answers(a=4, c=5, b=1)
    )
    lesson_mark_complete(user=cast["councillor"], lesson=welsh["english_lessons"][0])
    client.force_login(cast["councillor"])
    return cast["councillor"]


def html_of(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    html = response.content.decode()
    assert h1_count(html) == 1
    return html


def links(html: str) -> dict[str, str]:
    """Each link's visible text and where it goes."""
    return {
        unescape(re.sub(r"<[^>]+>", "", text)).strip(): href
        for href, text in re.findall(r'<a [^>]*href="([^"]+)"[^>]*>(.*?)</a>', html, re.S)
    }


def next_step_button(html: str) -> tuple[str, str]:
    href, label = re.search(r'<a href="([^"]+)" role="button"[^>]*>([^<]+)</a>', html).groups()
    return unescape(label), href


def test_the_welsh_module_page_shows_english_progress_and_links_to_welsh_pages(
    client, learner, welsh, modules
):
    english_lessons, welsh_lessons = welsh["english_lessons"], welsh["lessons"]
    english = html_of(client, modules[0].url)
    assert welsh["module"].url.startswith("/cy/")

    html = html_of(client, welsh["module"].url)

    text = unescape(visible_text(html))
    assert "1 o 3 gwers wedi'u gwneud." in text  # as "1 of 3 lessons done." in English
    assert "1 of 3 lessons done." in visible_text(english)
    found = links(html)
    assert found["Gwers Un"] == welsh_lessons[0].url
    assert found["Gwers Dau"] == welsh_lessons[1].url
    # Not translated yet: the English title, at its /cy/ address (which says so).
    assert found[english_lessons[2].title] == "/cy" + english_lessons[2].url
    assert found[welsh["quiz"].title] == "/cy" + welsh["quiz"].url
    # An English title among Welsh ones is marked as English (WCAG 3.1.2); a Welsh one is not.
    assert f'href="/cy{english_lessons[2].url}" lang="en-GB">' in html
    assert f'href="{welsh_lessons[0].url}">Gwers Un</a>' in html
    done = re.search(r'href="([^"]+)">Gwers Un</a>.*?</li>', html, re.S).group(0)
    assert "Wedi gorffen" in done  # "Done"
    # The same next step as in English, in Welsh, to the Welsh lesson.
    assert next_step_button(english) == (
        f"Continue {modules[0].title}: {english_lessons[1].title}",
        english_lessons[1].url,
    )
    assert next_step_button(html) == (
        f"Parhau â {WELSH['module']}: {WELSH['lessons'][1]}",
        welsh_lessons[1].url,
    )


def test_the_welsh_lesson_page_shows_the_lesson_done_and_welsh_links(client, learner, welsh):
    welsh_lessons = welsh["lessons"]

    html = html_of(client, welsh_lessons[0].url)

    text = unescape(visible_text(html))
    assert "Wedi gorffen" in text  # done, in English, shows in Welsh
    assert "Parhau" in text and "Marcio'n gyflawn a pharhau" not in text
    assert f"{WELSH['module']}: gwers 1 o 3" in text
    found = links(html)
    assert found[WELSH["module"]] == welsh["module"].url  # the breadcrumb
    assert found[WELSH["programme"]] == welsh["programme"].url
    assert found[f"Nesaf gwers:{WELSH['lessons'][1]}"] == welsh_lessons[1].url
    # The second lesson, not done, links back to the first and on to the untranslated third.
    second = html_of(client, welsh_lessons[1].url)
    assert "Wedi gorffen" not in unescape(visible_text(second))
    english_third = welsh["english_lessons"][2]
    assert links(second)[f"Nesaf gwers:{english_third.title}"] == "/cy" + english_third.url
    assert f'<span class="govuk-pagination__link-label" lang="en-GB">{english_third.title}' in (
        second
    )


def test_the_welsh_programme_page_lists_every_module_at_its_welsh_address(
    client, learner, welsh, modules
):
    html = html_of(client, welsh["programme"].url)

    found = links(html)
    assert found[WELSH["module"]] == welsh["module"].url
    assert found[modules[1].title] == "/cy" + modules[1].url  # no Welsh yet: still listed
    assert f'href="/cy{modules[1].url}" lang="en-GB">' in html
    english = links(html_of(client, modules[0].get_parent().url))
    assert english[modules[0].title] == modules[0].url
    assert english[modules[1].title] == modules[1].url

    # Publishing a Welsh module 2 shows at once (the cached names go out of date).
    module_2 = welsh_copy(modules[1], "Modiwl Dau")
    assert links(html_of(client, welsh["programme"].url))["Modiwl Dau"] == module_2.url


def test_my_learning_in_welsh_links_to_the_welsh_pages(client, learner, welsh, modules):
    html = html_of(client, "/cy/learn/")

    text = unescape(visible_text(html))
    assert WELSH["programme"] in text
    assert "Rydych chi wedi cwblhau 1 o 6 gwers" in text
    found = links(html)
    assert found[WELSH["module"]] == welsh["module"].url
    assert found[modules[1].title] == "/cy" + modules[1].url
    assert next_step_button(html) == (
        f"Parhau â {WELSH['module']}: {WELSH['lessons'][1]}",
        welsh["lessons"][1].url,
    )
    # English is unchanged.
    english = html_of(client, "/learn/")
    assert links(english)[modules[0].title] == modules[0].url
    assert next_step_button(english)[1] == welsh["english_lessons"][1].url


def test_completing_a_welsh_lesson_records_the_english_one_and_goes_on_in_welsh(
    client, learner, welsh
):
    second = welsh["lessons"][1]
    with translation.override("cy"):
        url = reverse("courses:lesson_complete", args=[second.pk])

    response = client.post(url)

    assert LessonProgress.objects.get(user=learner, lesson=welsh["english_lessons"][1]).completed_at
    third = welsh["english_lessons"][2]
    assert response.status_code == 302
    assert response["Location"] == "/cy" + third.url  # the next lesson has no Welsh yet
    text = unescape(visible_text(html_of(client, welsh["module"].url)))
    assert "2 o 3 gwers wedi'u gwneud." in text


def test_a_welsh_quiz_result_links_back_to_the_welsh_module(client, learner, welsh):
    attempt = attempt_start(user=learner, quiz=welsh["quiz"].specific, seed=1)
    attempt_submit(user=learner, attempt_id=attempt.pk, answers=answers_for(attempt, right=0))

    with translation.override("cy"):
        url = reverse("quizzes:result", args=[attempt.pk])
    html = html_of(client, url)

    assert links(html)[WELSH["module"]] == welsh["module"].url
    label, href = next_step_button(html)
    assert href == welsh["lessons"][1].url and WELSH["lessons"][1] in label


def test_my_notes_in_welsh_name_and_link_the_welsh_lessons_with_their_welsh_prompts(
    client, learner, welsh
):
    english = welsh["english_lessons"][0]
    block_id = next(b.id for b in english.body if b.block_type == "reflection")
    Reflection.objects.create(user=learner, lesson=english, block_id=block_id, text="Fy syniad")
    lesson = welsh["lessons"][0]
    reflection = next(b for b in lesson.body if b.block_type == "reflection")
    assert reflection.id == block_id  # a translation keeps its blocks' ids
    reflection.value["prompt"] = "Beth mae hyn yn ei olygu i chi?"
    lesson.save_revision().publish()

    html = html_of(client, "/cy/learn/notes/")

    text = unescape(visible_text(html))
    assert WELSH["module"] in text
    assert "Beth mae hyn yn ei olygu i chi?" in text and "Fy syniad" in text
    assert links(html)[WELSH["lessons"][0]] == lesson.url
    english_page = html_of(client, "/learn/notes/")
    assert links(english_page)[english.title] == english.url
    assert "Beth mae hyn" not in english_page


DEMO_MODULE_1 = "/digital-champions/digital-leadership-is-political-leadership/"


def test_in_the_demo_the_welsh_module_page_shows_what_the_english_one_does(client, demo):
    """The demo's councillor, part way through, on module 1 (translated in content/cy/)."""
    councillor = demo["councillor"]
    english_lesson = lessons_of(
        ModulePage.objects.get(url_path__endswith=DEMO_MODULE_1, locale__language_code="en-gb")
    )[0]
    lesson_mark_complete(user=councillor, lesson=english_lesson)
    client.force_login(councillor)
    english = html_of(client, DEMO_MODULE_1)

    html = html_of(client, "/cy" + DEMO_MODULE_1)

    done = re.search(r"(\d+) of (\d+) lessons done", english).groups()
    assert "{} o {} gwers wedi'u gwneud".format(*done) in unescape(html)
    assert html.count("Wedi gorffen") == english.count(">Done<") >= 1
    lesson_links = re.findall(r'<li><a class="govuk-link" href="([^"]+)"', html)
    assert lesson_links and all(href.startswith("/cy/") for href in lesson_links)
    assert english_lesson.title not in html  # module 1's lessons are in Welsh
    step = re.search(r'<a href="([^"]+)" role="button"', english)
    if step is not None:  # the same next step, at its Welsh address
        assert next_step_button(html)[1] == "/cy" + step.group(1)


def search_links(client, url: str) -> list[tuple[str, str]]:
    html = html_of(client, url)
    results = html.split('<ul class="govuk-list">', 1)[1].split("</ul>", 1)[0]
    link = re.compile(r'<a class="govuk-link" href="([^"]+)"[^>]*>([^<]+)</a>')
    return [(unescape(title), href) for href, title in link.findall(results)]


def test_search_in_welsh_gives_each_page_once_in_welsh_where_it_can(client, learner, welsh):
    found = search_links(client, "/cy/learn/search/?q=lesson")
    lessons = welsh["english_lessons"]
    assert (WELSH["lessons"][0], welsh["lessons"][0].url) in found
    assert (WELSH["lessons"][1], welsh["lessons"][1].url) in found
    assert (lessons[2].title, "/cy" + lessons[2].url) in found  # no Welsh yet: says so there
    titles = [title for title, _ in found]
    assert lessons[0].title not in titles and lessons[1].title not in titles  # never both
    assert len(titles) == len(set(titles))
    assert all(href.startswith("/cy/") for _, href in found)
    html = html_of(client, "/cy/learn/search/?q=lesson")
    assert f'href="/cy{lessons[2].url}" lang="en-GB">' in html  # an English title, marked
    assert f'href="{welsh["lessons"][0].url}">' in html


def test_search_in_english_gives_english_pages_only(client, learner, welsh):
    found = search_links(client, "/learn/search/?q=lesson")
    titles = [title for title, _ in found]
    assert welsh["english_lessons"][0].title in titles
    assert not set(WELSH["lessons"]) & set(titles)
    assert not any(href.startswith("/cy/") for _, href in found)


# Search: the user and roles, the reading and the default locale, then for modules and for
# lessons the view restrictions (`.public()`) and the search itself; in Welsh, one more for
# the Welsh of the English pages found (only when an English page was found, as here). The same
# however many pages match: addresses come from the tree path, the site from the cache.
SEARCH_QUERIES = {"/learn/search/?q=lesson": 8, "/cy/learn/search/?q=lesson": 9}


@pytest.mark.parametrize("url", SEARCH_QUERIES)
def test_search_runs_a_fixed_number_of_queries(client, learner, welsh, url):
    client.get(url)  # warm the caches
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    assert len(queries) == SEARCH_QUERIES[url]
