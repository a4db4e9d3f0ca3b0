"""What completing each programme takes (its core lessons and module quizzes), cached until the
page tree changes."""

from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.db.models import Exists, OuterRef, Q
from wagtail.models import Page

from champions.cache import versioned_key
from courses.constants import ModuleKind
from courses.models import LessonPage, ModulePage, ProgrammePage
from courses.queries import STRUCTURE, STRUCTURE_CACHE_SECONDS


@dataclass(frozen=True)
class RequiredSteps:
    """What completing a programme takes: every live lesson and every other live page (the
    module quiz) under each live core module."""

    programme_id: int
    lesson_ids: frozenset[int]
    assessment_ids: frozenset[int]

    @property
    def total(self) -> int:
        return len(self.lesson_ids) + len(self.assessment_ids)


def required_steps() -> tuple[RequiredSteps, ...]:
    """For every live programme: from the cache until a page is published, unpublished, moved
    or deleted; then three queries, whatever the size of the page tree."""
    key = versioned_key(STRUCTURE, "required-steps")
    steps = cache.get(key)
    if steps is None:
        steps = _required_steps()
        cache.set(key, steps, STRUCTURE_CACHE_SECONDS)
    return steps


def _required_steps() -> tuple[RequiredSteps, ...]:
    steplen = Page.steplen
    programmes = dict(
        ProgrammePage.objects.live()
        .filter(locale__language_code=settings.LANGUAGE_CODE)
        .values_list("path", "id")
    )
    modules = {
        path: (programmes[path[:-steplen]], depth)
        for path, depth in ModulePage.objects.live()
        .filter(kind=ModuleKind.CORE)
        .values_list("path", "depth")
        if path[:-steplen] in programmes
    }
    lessons: dict[int, set[int]] = {pid: set() for pid in programmes.values()}
    others: dict[int, set[int]] = {pid: set() for pid in programmes.values()}
    if modules:
        under_modules = Q()
        for path, (_, depth) in modules.items():
            under_modules |= Q(path__startswith=path, depth=depth + 1)
        children = (
            Page.objects.live()
            .filter(under_modules)
            .annotate(is_lesson=Exists(LessonPage.objects.filter(pk=OuterRef("pk"))))
            .values_list("id", "path", "is_lesson")
        )
        for page_id, path, is_lesson in children:
            programme_id = modules[path[:-steplen]][0]
            (lessons if is_lesson else others)[programme_id].add(page_id)
    return tuple(
        RequiredSteps(pid, frozenset(lessons[pid]), frozenset(others[pid]))
        for pid in sorted(programmes.values())
    )
