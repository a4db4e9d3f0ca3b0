"""Search takes any text: full-text syntax (quotes, brackets, operators) is read as words, never
as a query language, so no input gives a server error, on SQLite or PostgreSQL."""

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from courses.queries import lessons as lesson_queries
from tests.factories import LessonPageFactory, ModulePageFactory, ProgrammePageFactory

pytestmark = pytest.mark.django_db

SEARCH = "/learn/search/"


@pytest.fixture
def lesson():
    module = ModulePageFactory(parent=ProgrammePageFactory(), title="Data and decisions")
    return LessonPageFactory(parent=module, title="Buying cloud services", slug="cloud-buying")


@pytest.mark.parametrize(
    "typed",
    ['"', "'", '"cloud', "cloud AND", "NOT", "(cloud", "cloud*", "-cloud", "title:cloud",
     "NEAR(cloud services)", "\\", '""', "^", "cloud OR", "\x00cloud"],
)  # fmt: skip
def test_full_text_syntax_is_searched_as_words(client, lesson, typed):
    response = client.get(SEARCH, {"q": typed})
    assert response.status_code == 200
    if typed.strip('"(*-') == "cloud":  # the word itself, wrapped in syntax
        assert "Buying cloud services" in response.content.decode()


def test_only_letters_and_digits_reach_the_search_backend():
    assert lesson_queries.search_words('"cloud" AND (data*) -x: 2024') == "cloud AND data x 2024"
    assert lesson_queries.search_words("\"'()*:^") == ""


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(typed=st.text(max_size=60))
def test_any_text_in_the_search_box_gives_a_page_not_an_error(lesson, typed):
    response = Client().get(SEARCH, {"q": typed})
    assert response.status_code == 200, repr(typed)
