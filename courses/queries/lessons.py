"""A lesson as a learner reads it: its body (shared parts cached, personal parts per request),
its place in the module, the learner's notes; and search over modules and lessons."""

import re

from django.core.cache import cache
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from wagtail.models import Locale, Page

from champions.pages.serving import untranslated_url

from ..models import AssessmentPass, Enrolment, LessonPage, LessonProgress, ModulePage, Reflection
from .structure import link, names_for_reader, programme_structure

PERSONAL_BLOCKS = frozenset({"reflection"})  # rendered per request: they hold the learner's note
BODY_CACHE_SECONDS = 24 * 60 * 60


def lesson_body_parts(*, lesson: LessonPage, request) -> list[dict]:
    """The lesson body as rendered HTML, block by block. Blocks other than reflection prompts
    are the same for everyone, so their HTML is cached per published revision (a new revision
    has a new key); reflection blocks are left to the template, which renders them with the
    learner's own note. Previews and unpublished pages are never cached."""
    revision = lesson.live_revision_id
    cacheable = revision is not None and lesson.live and not getattr(request, "is_preview", False)
    # The blocks' own words (a callout's kind, "Case study", "Transcript") follow the language.
    key = f"lesson-body:{lesson.pk}:{revision}:{get_language()}"
    rendered = cache.get(key) if cacheable else None
    if rendered is None:
        rendered = [
            (block.id, None if block.block_type in PERSONAL_BLOCKS else str(block.render()))
            for block in lesson.body
        ]
        if cacheable:
            cache.set(key, rendered, BODY_CACHE_SECONDS)
    personal = {block.id: block for block in lesson.body if block.block_type in PERSONAL_BLOCKS}
    # The HTML is our own blocks' rendering (Markdown already sanitised by nh3), from our cache.
    return [
        {"block": personal[block_id]} if html is None else {"html": mark_safe(html)}  # noqa: S308
        for block_id, html in rendered
    ]


def lesson_context(*, lesson: LessonPage, user, visit=None, has_notes: bool = True) -> dict:
    """Everything the lesson page shows around its body. Where the lesson sits (breadcrumbs,
    "lesson n of m", previous and next) comes from the cached programme structure; only the
    learner's own rows are read. ``visit`` is what ``lesson_visit`` returned for this request
    (None when it recorded nothing): it already tells whether the learner is enrolled and has
    completed the lesson. ``has_notes=False`` (no reflection prompt in the body) skips notes.
    ``lesson`` is the English page (the one learners' records belong to); titles and links
    are in the language being read (``programme_names``)."""
    steplen = Page.steplen
    module_path, programme_path = lesson.path[:-steplen], lesson.path[: -2 * steplen]
    structure = programme_structure(path=programme_path)
    names = names_for_reader(programme_path)
    module_row = next((m for m in structure["modules"] if m["path"] == module_path), None)
    if module_row is None:  # a preview under a module that is not published
        parent = lesson.get_parent()
        module_row = {"title": parent.title, "url_path": parent.url_path}
    module = link(module_row, names)
    siblings = [
        c for c in structure["children"] if c["is_lesson"] and c["path"][:-steplen] == module_path
    ]
    index = next((i for i, s in enumerate(siblings) if s["id"] == lesson.id), None)

    previous_lesson = link(siblings[index - 1], names) if index not in (None, 0) else None
    next_lesson = (
        link(siblings[index + 1], names)
        if index is not None and index + 1 < len(siblings)
        else None
    )
    is_last = index is not None and next_lesson is None
    # The module's quiz: a page under the module that is not a lesson (from the cached structure).
    quiz_row = next(
        (
            c
            for c in structure["children"]
            if not c["is_lesson"] and c["path"][:-steplen] == module_path
        ),
        None,
    )

    enrolled = False
    completed = False
    notes: dict[str, str] = {}
    if visit is not None:
        enrolled = True  # a visit is recorded only for a learner enrolled on the programme
        completed = visit.completed_at is not None
    elif user.is_authenticated and structure["trail"]:
        enrolled = Enrolment.objects.filter(user=user, programme__path=programme_path).exists()
        if enrolled:
            completed = LessonProgress.objects.filter(
                user=user, lesson=lesson, completed_at__isnull=False
            ).exists()
    if enrolled and has_notes:
        notes = dict(
            Reflection.objects.filter(user=user, lesson=lesson).values_list("block_id", "text")
        )
    module_quiz = None
    if is_last and enrolled and quiz_row is not None:
        # From the last lesson the way to the quiz is a button, until the quiz is passed.
        passed = AssessmentPass.objects.filter(user=user, page_id=quiz_row["id"]).exists()
        module_quiz = {**link(quiz_row, names), "passed": passed}
    trail = [link(p, names) for p in structure["trail"]]
    return {
        "is_last": is_last,
        "module_quiz": module_quiz,
        "breadcrumbs": [*trail, module],
        "module": module,
        "position": (index + 1) if index is not None else None,
        "lesson_count": len(siblings),
        "previous_lesson": previous_lesson,
        "next_lesson": next_lesson,
        "enrolled": enrolled,
        "completed": completed,
        "reflection_notes": notes,
    }


WORD = re.compile(r"\w+")
MAX_SEARCH_WORDS = 12


def search_words(query: str) -> str:
    """The words of what someone typed, and nothing else. The full-text backends read quotes,
    brackets, `*`, `-` and `:` as syntax (SQLite's FTS5 fails on an unpaired quote), so only
    letters and digits reach them; the words stay in quotes, so AND, OR, NOT and NEAR are
    plain words too."""
    return " ".join(WORD.findall(query)[:MAX_SEARCH_WORDS])


def search_learning(*, query: str):
    """Wagtail search over modules and lessons, for the words in ``query``, in the language
    being read: one result per page, its translation where it has one (Welsh results link to
    the Welsh page, or to the English one's /cy/ address), never both copies; an English
    reader gets English pages only. Each result is a dict: title, url and, for an English
    title among Welsh results, lang."""
    words = search_words(query)
    if not words:
        return [], []
    locales = Locale.get_active(), Locale.get_default()
    return (
        _one_per_page(ModulePage.objects.live().public().search(words)[:40], locales, limit=10),
        _one_per_page(LessonPage.objects.live().public().search(words)[:80], locales, limit=20),
    )


def _one_per_page(results, locales: tuple[Locale, Locale], *, limit: int) -> list[dict]:
    reading, default = locales
    best = {}  # translation key -> the page to show, in search order
    for page in results:
        if page.locale_id == reading.pk:
            best[page.translation_key] = page
        elif page.locale_id == default.pk:
            best.setdefault(page.translation_key, page)
    chosen = list(best.values())[:limit]
    if reading.pk == default.pk:
        return [{"title": page.title, "url": page.get_url()} for page in chosen]
    # An English page found whose Welsh did not match the words: show its Welsh (one query).
    english = [page.translation_key for page in chosen if page.locale_id == default.pk]
    translated = {
        page.translation_key: page
        for page in Page.objects.live().filter(locale=reading, translation_key__in=english)
    }
    chosen = [translated.get(page.translation_key, page) for page in chosen]
    return [
        {"title": page.title, "url": page.get_url()}
        if page.locale_id == reading.pk
        else {  # its English title, marked as English for screen readers
            "title": page.title,
            "url": untranslated_url(page.get_url(), reading.language_code),
            "lang": "en-GB",
        }
        for page in chosen
    ]
