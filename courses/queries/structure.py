"""The programme's structure (its live modules and lessons), cached for everyone until a page
is published, unpublished, moved or deleted; and a page's URL from its tree path."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db.models import Q
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page

from champions.cache import bump, versioned_key

from ..models import LessonPage, ModulePage

# The namespace of cached copies of anything derived from the page tree (see champions.cache).
STRUCTURE = "courses:structure"
STRUCTURE_CACHE_SECONDS = 24 * 60 * 60


def structure_changed(**kwargs) -> None:
    """Signal receiver (see apps.py): a page was published, unpublished, moved or deleted, so
    every cached programme structure is out of date."""
    bump(STRUCTURE)


def programme_structure(*, path: str) -> dict:
    """The programme's live modules, the live pages under them, the lessons' minutes and the
    breadcrumb trail down to the programme (home page, programme): the same for every learner,
    so cached until a page is published, unpublished, moved or deleted. Keyed by the
    programme's tree path, which a lesson knows without a query. (With several web processes
    the cache must be shared, i.e. REDIS_URL set.)"""
    steplen = Page.steplen
    depth = len(path) // steplen
    key = versioned_key(STRUCTURE, "programme", path)
    structure = cache.get(key)
    if structure is None:
        trail = list(
            Page.objects.filter(path__in=[path[: n * steplen] for n in range(2, depth + 1)])
            .order_by("depth")
            .values("title", "url_path")
        )
        modules = [
            {"id": m.id, "title": m.title, "url_path": m.url_path, "path": m.path,
             "summary": m.summary, "is_core": m.is_core, "estimated_minutes": m.estimated_minutes}
            for m in ModulePage.objects.filter(path__startswith=path, depth=depth + 1)
            .live()
            .order_by("path")
        ]  # fmt: skip
        lesson_type = ContentType.objects.get_for_model(LessonPage)
        children = list(
            Page.objects.filter(path__startswith=path, depth=depth + 2)
            .live()
            .order_by("path")
            .values("id", "title", "url_path", "path", "content_type_id")
        )
        for child in children:
            child["is_lesson"] = child.pop("content_type_id") == lesson_type.id
        lesson_ids = [c["id"] for c in children if c["is_lesson"]]
        minutes = dict(
            LessonPage.objects.filter(id__in=lesson_ids).values_list("id", "estimated_minutes")
        )
        structure = {"trail": trail, "modules": modules, "children": children, "minutes": minutes}
        cache.set(key, structure, STRUCTURE_CACHE_SECONDS)
    return structure


def page_url(url_path: str) -> str:
    """A page's public URL from its tree path, without a query per page. The site's root is
    the home page (depth 2), so "/home/module/lesson/" is served at "/module/lesson/"."""
    return "/" + url_path.split("/", 2)[2]


def in_reading_language() -> str | None:
    """The language being read, when it is not English (None for English: its pages' own titles
    and URLs are the ones to show, so nothing more is looked up)."""
    language = translation.get_language() or settings.LANGUAGE_CODE
    return None if language == settings.LANGUAGE_CODE else language


def _address(url_path: str, language: str) -> str:
    """A page's public URL in ``language`` from its tree path (of either language's tree): the
    path below its home page, under the language's prefix."""
    with translation.override(language):
        return reverse("wagtail_serve", args=[page_url(url_path).lstrip("/")])


# The language of a title a page without a translation keeps (WCAG 3.1.2, language of parts).
UNTRANSLATED_TITLE_LANG = "en-GB"


def programme_names(*, path: str, language: str) -> dict[str, dict]:
    """The programme's pages as a reader of ``language`` sees them, keyed by each English page's
    tree path (``url_path``): ``{"title", "url", "summary"}``. A page with a live translation has
    its translation's title, summary and address; one without keeps its English title and has
    the English path under the language's prefix, which says it is not translated yet (as
    ``url_in_active_language``). Covers the trail down to the programme and every page up to
    two levels below it. Cached with the programme's structure, and out of date with it (the
    same signal: a translation is published like any page). ``path`` is the English
    programme's tree path."""
    key = versioned_key(STRUCTURE, "names", path, language)
    names = cache.get(key)
    if names is None:
        steplen = Page.steplen
        depth = len(path) // steplen
        english = list(
            Page.objects.filter(
                Q(path__in=[path[: n * steplen] for n in range(2, depth)])
                | Q(path__startswith=path, depth__lte=depth + 2)
            ).values("title", "url_path", "translation_key")
        )
        translated = {
            row["translation_key"]: row
            for row in Page.objects.filter(
                locale__language_code=language,
                live=True,
                translation_key__in=[page["translation_key"] for page in english],
            ).values("title", "url_path", "translation_key")
        }
        summaries = dict(
            ModulePage.objects.filter(
                locale__language_code=language, translation_key__in=list(translated)
            ).values_list("translation_key", "summary")
        )
        names = {}
        for page in english:
            mine = translated.get(page["translation_key"])
            names[page["url_path"]] = {
                "title": mine["title"] if mine else page["title"],
                "url": _address((mine or page)["url_path"], language),
                "summary": summaries.get(page["translation_key"]) if mine else None,
                "lang": None if mine else UNTRANSLATED_TITLE_LANG,
            }
        cache.set(key, names, STRUCTURE_CACHE_SECONDS)
    return names


def names_for_reader(programme_path: str) -> dict | None:
    """``programme_names`` of the English programme at ``programme_path`` in the language being
    read; None in English, whose titles and addresses the structure already has."""
    language = in_reading_language()
    return programme_names(path=programme_path, language=language) if language else None


def link(row: dict, names: dict | None) -> dict:
    """``{"title", "url"}`` for a row of the structure (an English page's ``title`` and
    ``url_path``) in the language being read: ``names`` from ``programme_names``, or None for
    English. An English title shown to a Welsh reader comes with ``"lang": "en-GB"``, for
    the link's ``lang`` attribute (screen readers then say it in English)."""
    if names is None:
        return {"title": row["title"], "url": page_url(row["url_path"])}
    found = names.get(row["url_path"])
    if found is None:  # not in the programme's names: untranslated, at its address under /cy/
        return {
            "title": row["title"],
            "url": _address(row["url_path"], in_reading_language()),
            "lang": UNTRANSLATED_TITLE_LANG,
        }
    return {"title": found["title"], "url": found["url"], "lang": found.get("lang")}


def module_link(module) -> dict:
    """``{"title", "url"}`` of an English module page in the language being read (a quiz result
    links back to its module), from the cache."""
    names = names_for_reader(module.path[: -Page.steplen])
    return link({"title": module.title, "url_path": module.url_path}, names)
