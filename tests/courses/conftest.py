"""The courses tests' world: a programme of two modules of three lessons each, with the people
of tests.factories.World on it, built once per test module (each test is still rolled back on
its own), and helpers to walk its pages."""

import pytest

from courses.models import LessonPage, ModulePage, ProgrammePage
from tests.factories import CouncillorFactory, build_programme, build_world
from tests.helpers import built_once_per_module, main_html, visible_text  # noqa: F401

shared_world = built_once_per_module(lambda: build_world(build_programme(modules=2, lessons=3)))


@pytest.fixture
def programme(db, shared_world) -> ProgrammePage:
    return ProgrammePage.objects.get(pk=shared_world.programme.page.pk)


@pytest.fixture
def modules(programme) -> list[ModulePage]:
    return list(ModulePage.objects.child_of(programme).order_by("path"))


def lessons_of(module) -> list[LessonPage]:
    return list(LessonPage.objects.child_of(module).live().order_by("path"))


def new_councillor(label: str = "learner"):
    """A councillor with a profile and the councillor role, enrolled on nothing."""
    return CouncillorFactory(last_name=label.title())
