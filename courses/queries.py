"""Reads for the learner's side of courses. Each runs a fixed number of queries however many
modules, lessons and learners exist (pinned by tests)."""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.utils.safestring import mark_safe
from wagtail.models import Page

from champions.cache import bump, versioned_key

from .models import (
    AssessmentPass,
    Enrolment,
    LessonPage,
    LessonProgress,
    ModulePage,
    ProgrammePage,
    Reflection,
)


@dataclass(frozen=True)
class LessonRow:
    id: int
    title: str
    url: str
    minutes: int
    started: bool
    completed: bool


@dataclass(frozen=True)
class AssessmentRow:
    """A page under a module that is not a lesson: the module's quiz."""

    id: int
    title: str
    url: str
    passed: bool


@dataclass(frozen=True)
class ModuleRow:
    id: int
    label: str  # "Module 3" or "Elective"
    title: str
    url: str
    summary: str
    is_core: bool
    estimated_minutes: int
    lessons: tuple[LessonRow, ...]
    assessments: tuple[AssessmentRow, ...]

    @property
    def lessons_total(self) -> int:
        return len(self.lessons)

    @property
    def lessons_done(self) -> int:
        return sum(1 for lesson in self.lessons if lesson.completed)

    @property
    def lessons_all_done(self) -> bool:
        return self.lessons_done == self.lessons_total

    @property
    def completed(self) -> bool:
        return self.lessons_all_done and all(a.passed for a in self.assessments)

    @property
    def started(self) -> bool:
        return any(lesson.started for lesson in self.lessons)

    @property
    def status(self) -> str:
        if self.completed:
            return "Completed"
        if self.started:
            return "In progress"
        return "Not started"

    @property
    def percent(self) -> int:
        steps = self.lessons_total + len(self.assessments)
        done = self.lessons_done + sum(1 for a in self.assessments if a.passed)
        return round(100 * done / steps) if steps else 0

    @property
    def minutes_left(self) -> int:
        return sum(lesson.minutes for lesson in self.lessons if not lesson.completed)

    @property
    def next_lesson(self) -> LessonRow | None:
        return next((lesson for lesson in self.lessons if not lesson.completed), None)


@dataclass(frozen=True)
class ProgrammeOverview:
    programme: ProgrammePage
    modules: tuple[ModuleRow, ...]

    @property
    def lessons_total(self) -> int:
        return sum(m.lessons_total for m in self.modules)

    @property
    def lessons_done(self) -> int:
        return sum(m.lessons_done for m in self.modules)

    @property
    def modules_total(self) -> int:
        return len(self.modules)

    @property
    def modules_done(self) -> int:
        return sum(1 for m in self.modules if m.completed)

    @property
    def percent(self) -> int:
        return round(100 * self.lessons_done / self.lessons_total) if self.lessons_total else 0

    @property
    def minutes_left(self) -> int:
        return sum(m.minutes_left for m in self.modules)

    @property
    def next_module(self) -> ModuleRow | None:
        return next((m for m in self.modules if m.is_core and not m.completed), None) or next(
            (m for m in self.modules if not m.completed), None
        )

    @property
    def next_lesson(self) -> LessonRow | None:
        for module in (self.next_module, *self.modules):
            if module is not None and module.next_lesson is not None:
                return module.next_lesson
        return None

    @property
    def next_step_url(self) -> str | None:
        """Where "Continue" goes: the next unread lesson, else a quiz still to pass."""
        lesson = self.next_lesson
        if lesson is not None:
            return lesson.url
        for module in self.modules:
            for assessment in module.assessments:
                if not assessment.passed:
                    return assessment.url
        return None


def _passed_assessment_ids(*, user, assessment_ids: list[int]) -> set[int]:
    """Which of these module quizzes the learner has passed. The quizzes app records passes in
    courses' AssessmentPass so that courses never needs to import it."""
    if not user.is_authenticated or not assessment_ids:
        return set()
    return set(
        AssessmentPass.objects.filter(user=user, page_id__in=assessment_ids).values_list(
            "page_id", flat=True
        )
    )


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


def programme_overview(*, programme: ProgrammePage, user) -> ProgrammeOverview:
    """Every module of a programme with the learner's progress: 2 queries for any size (the
    programme's structure comes from the cache)."""
    steplen = Page.steplen
    structure = programme_structure(path=programme.path)
    modules, children, minutes = (
        structure["modules"],
        structure["children"],
        structure["minutes"],
    )
    lesson_ids = [c["id"] for c in children if c["is_lesson"]]
    progress = {}
    if user.is_authenticated and lesson_ids:
        progress = {
            row["lesson_id"]: row
            for row in LessonProgress.objects.filter(user=user, lesson_id__in=lesson_ids).values(
                "lesson_id", "completed_at"
            )
        }
    assessment_ids = [c["id"] for c in children if not c["is_lesson"]]
    passed = _passed_assessment_ids(user=user, assessment_ids=assessment_ids)

    rows = []
    core_number = 0
    for module in modules:
        mine = [c for c in children if c["path"][:-steplen] == module["path"]]
        lessons = tuple(
            LessonRow(
                id=c["id"],
                title=c["title"],
                url=_url(c["url_path"]),
                minutes=minutes.get(c["id"], 0),
                started=c["id"] in progress,
                completed=bool(progress.get(c["id"], {}).get("completed_at")),
            )
            for c in mine
            if c["is_lesson"]
        )
        assessments = tuple(
            AssessmentRow(
                id=c["id"],
                title=c["title"],
                url=_url(c["url_path"]),
                passed=c["id"] in passed,
            )
            for c in mine
            if not c["is_lesson"]
        )
        if module["is_core"]:
            core_number += 1
        rows.append(
            ModuleRow(
                id=module["id"],
                label=f"Module {core_number}" if module["is_core"] else "Elective",
                title=module["title"],
                url=_url(module["url_path"]),
                summary=module["summary"],
                is_core=module["is_core"],
                estimated_minutes=module["estimated_minutes"],
                lessons=lessons,
                assessments=assessments,
            )
        )
    return ProgrammeOverview(programme=programme, modules=tuple(rows))


def _url(url_path: str) -> str:
    """A page's public URL from its tree path, without a query per page. The site's root is
    the home page (depth 2), so "/home/module/lesson/" is served at "/module/lesson/"."""
    return "/" + url_path.split("/", 2)[2]


def learner_programmes(*, user) -> list[ProgrammePage]:
    return [
        e.programme
        for e in Enrolment.objects.filter(user=user)
        .select_related("programme")
        .order_by("enrolled_at")
    ]


def programme_outline(*, programme: ProgrammePage) -> list[ModulePage]:
    return list(ModulePage.objects.child_of(programme).live().order_by("path"))


def module_outline(*, module: ModulePage, user) -> ModuleRow | None:
    programme = ProgrammePage.objects.get(path=module.path[: -Page.steplen])
    overview = programme_overview(programme=programme, user=user)
    return next((m for m in overview.modules if m.id == module.id), None)


PERSONAL_BLOCKS = frozenset({"reflection"})  # rendered per request: they hold the learner's note
BODY_CACHE_SECONDS = 24 * 60 * 60


def lesson_body_parts(*, lesson: LessonPage, request) -> list[dict]:
    """The lesson body as rendered HTML, block by block. Blocks other than reflection prompts
    are the same for everyone, so their HTML is cached per published revision (a new revision
    has a new key); reflection blocks are left to the template, which renders them with the
    learner's own note. Previews and unpublished pages are never cached."""
    revision = lesson.live_revision_id
    cacheable = revision is not None and lesson.live and not getattr(request, "is_preview", False)
    key = f"lesson-body:{lesson.pk}:{revision}"
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
    completed the lesson. ``has_notes=False`` (no reflection prompt in the body) skips notes."""
    steplen = Page.steplen
    module_path, programme_path = lesson.path[:-steplen], lesson.path[: -2 * steplen]
    structure = programme_structure(path=programme_path)
    module_row = next((m for m in structure["modules"] if m["path"] == module_path), None)
    if module_row is None:  # a preview under a module that is not published
        parent = lesson.get_parent()
        module_row = {"title": parent.title, "url_path": parent.url_path}
    module = {"title": module_row["title"], "url": _url(module_row["url_path"])}
    siblings = [
        c for c in structure["children"] if c["is_lesson"] and c["path"][:-steplen] == module_path
    ]
    index = next((i for i, s in enumerate(siblings) if s["id"] == lesson.id), None)

    def link(row):
        return {"title": row["title"], "url": _url(row["url_path"])} if row else None

    previous_lesson = link(siblings[index - 1]) if index not in (None, 0) else None
    next_lesson = (
        link(siblings[index + 1]) if index is not None and index + 1 < len(siblings) else None
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
    trail = [{"title": p["title"], "url": _url(p["url_path"])} for p in structure["trail"]]
    return {
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


def search_learning(*, query: str):
    """Wagtail search over modules and lessons."""
    lessons = LessonPage.objects.live().public().search(query)
    modules = ModulePage.objects.live().public().search(query)
    return list(modules[:10]), list(lessons[:20])
