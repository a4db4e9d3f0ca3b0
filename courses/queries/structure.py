"""The programme's structure (its live modules and lessons), cached for everyone until a page
is published, unpublished, moved or deleted; and a page's URL from its tree path."""

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
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
