"""Helpers for the courses tests: the demo programme, its lessons, and learners built through
the same services the product uses."""

import itertools
import re

import pytest

from champions.accounts.constants import Position
from champions.accounts.models import Council
from champions.accounts.services import councillor_profile_upsert, user_upsert
from courses.models import LessonPage, ModulePage, ProgrammePage

_numbers = itertools.count(1)


@pytest.fixture
def programme(db) -> ProgrammePage:
    return ProgrammePage.objects.get(slug="digital-champions")


@pytest.fixture
def modules(programme) -> list[ModulePage]:
    return list(ModulePage.objects.child_of(programme).live().order_by("path"))


def lessons_of(module) -> list[LessonPage]:
    return list(LessonPage.objects.child_of(module).live().order_by("path"))


def new_councillor(label: str = "learner", council_slug: str = "glenard"):
    """A councillor with a profile and the councillor role, enrolled on nothing."""
    user = user_upsert(
        email=f"{label}.{next(_numbers)}@test.example.org",
        first_name="Test",
        last_name=label.title(),
    )
    councillor_profile_upsert(
        user=user, council=Council.objects.get(slug=council_slug), position=Position.BACKBENCH
    )
    return user


def main_html(html: str) -> str:
    """The page's <main> element: what the page itself shows, without header and footer."""
    match = re.search(r"<main\b.*?</main>", html, re.S)
    assert match, "the page has no <main>"
    return match.group(0)


def visible_text(html: str) -> str:
    """Text a reader sees: tags removed, whitespace collapsed."""
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).strip()
