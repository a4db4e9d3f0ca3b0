"""The learner's own notes (reflections), grouped by module and lesson in programme order."""

from dataclasses import dataclass
from datetime import datetime

from django.utils.translation import gettext as _
from wagtail.models import Page

from ..models import LessonPage, Reflection
from .structure import in_reading_language, link, names_for_reader


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
    lang: str | None = None  # "en-GB": an English title shown to a Welsh reader


@dataclass(frozen=True)
class ModuleNotes:
    title: str
    lessons: list[LessonNotes]


def learner_notes(*, user) -> list[ModuleNotes]:
    """Only this person's notes. Two queries whatever the number of notes: the notes with
    their lessons, then the lessons' modules. A note whose prompt a trainer has since removed
    keeps its text, under a plain heading. Notes belong to the English lessons; titles, links
    and prompts are in the language being read (in Welsh, one query more: the lessons' live
    Welsh translations, for their prompts)."""
    reflections = list(
        Reflection.objects.filter(user=user)
        .select_related("lesson")
        .order_by("lesson__path", "block_id")
    )
    if not reflections:
        return []
    steplen = Page.steplen
    module_paths = {r.lesson.path[:-steplen] for r in reflections}
    modules_by_path = {
        row["path"]: row
        for row in Page.objects.filter(path__in=module_paths).values("path", "title", "url_path")
    }
    names = {}  # per programme, in the language being read (None in English)
    language = in_reading_language()
    translations = {}
    if language:
        translations = {
            lesson.translation_key: lesson
            for lesson in LessonPage.objects.filter(
                locale__language_code=language,
                live=True,
                translation_key__in={r.lesson.translation_key for r in reflections},
            )
        }

    modules: list[ModuleNotes] = []
    by_lesson: dict[int, LessonNotes] = {}
    for reflection in reflections:
        lesson = reflection.lesson
        if lesson.pk not in by_lesson:
            programme_path = lesson.path[: -2 * steplen]
            if programme_path not in names:
                names[programme_path] = names_for_reader(programme_path)
            module = modules_by_path.get(lesson.path[:-steplen])
            module_title = link(module, names[programme_path])["title"] if module else ""
            if not modules or modules[-1].title != module_title:
                modules.append(ModuleNotes(title=module_title, lessons=[]))
            by_lesson[lesson.pk] = LessonNotes(
                **link({"title": lesson.title, "url_path": lesson.url_path}, names[programme_path]),
                notes=[],
            )
            modules[-1].lessons.append(by_lesson[lesson.pk])
        by_lesson[lesson.pk].notes.append(
            Note(
                prompt=_prompts(translations.get(lesson.translation_key, lesson)).get(
                    reflection.block_id
                )
                or _prompts(lesson).get(reflection.block_id)
                or _("A question no longer in the lesson"),
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
