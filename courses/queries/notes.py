"""The learner's own notes (reflections), grouped by module and lesson in programme order."""

from dataclasses import dataclass
from datetime import datetime

from wagtail.models import Page

from ..models import Reflection


@dataclass(frozen=True)
class Note:
    prompt: str
    text: str
    updated_at: datetime


@dataclass(frozen=True)
class LessonNotes:
    title: str
    url: str
    notes: list[Note]


@dataclass(frozen=True)
class ModuleNotes:
    title: str
    lessons: list[LessonNotes]


def learner_notes(*, user) -> list[ModuleNotes]:
    """Only this person's notes. Two queries whatever the number of notes: the notes with
    their lessons, then the lessons' modules. A note whose prompt a trainer has since removed
    keeps its text, under a plain heading."""
    reflections = list(
        Reflection.objects.filter(user=user)
        .select_related("lesson")
        .order_by("lesson__path", "block_id")
    )
    if not reflections:
        return []
    steplen = Page.steplen
    module_paths = {r.lesson.path[:-steplen] for r in reflections}
    module_titles = dict(Page.objects.filter(path__in=module_paths).values_list("path", "title"))

    modules: list[ModuleNotes] = []
    by_lesson: dict[int, LessonNotes] = {}
    for reflection in reflections:
        lesson = reflection.lesson
        if lesson.pk not in by_lesson:
            module_title = module_titles.get(lesson.path[:-steplen], "")
            if not modules or modules[-1].title != module_title:
                modules.append(ModuleNotes(title=module_title, lessons=[]))
            by_lesson[lesson.pk] = LessonNotes(title=lesson.title, url=lesson.url, notes=[])
            modules[-1].lessons.append(by_lesson[lesson.pk])
        by_lesson[lesson.pk].notes.append(
            Note(
                prompt=_prompts(lesson).get(
                    reflection.block_id, "A question no longer in the lesson"
                ),
                text=reflection.text,
                updated_at=reflection.updated_at,
            )
        )
    return modules


def _prompts(lesson) -> dict[str, str]:
    cached = getattr(lesson, "_reflection_prompts", None)
    if cached is None:
        cached = {
            block.id: block.value["prompt"]
            for block in lesson.body
            if block.block_type == "reflection"
        }
        lesson._reflection_prompts = cached
    return cached
