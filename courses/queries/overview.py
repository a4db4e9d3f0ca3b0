"""A learner's view of a programme: each module with its lessons and quiz, and what they have
done, in a fixed number of queries."""

from dataclasses import dataclass

from django.utils.translation import gettext as _
from wagtail.models import Page

from champions.pages.serving import records_page

from ..models import AssessmentPass, Enrolment, LessonProgress, ModulePage, ProgrammePage
from .structure import link, names_for_reader, programme_structure


@dataclass(frozen=True)
class LessonRow:
    id: int
    title: str
    url: str
    minutes: int
    started: bool
    completed: bool
    lang: str | None = None  # "en-GB": an English title shown to a Welsh reader


@dataclass(frozen=True)
class AssessmentRow:
    """A page under a module that is not a lesson: the module's quiz."""

    id: int
    title: str
    url: str
    passed: bool
    lang: str | None = None


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
    lang: str | None = None

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
            return _("Completed")
        if self.started:
            return _("In progress")
        return _("Not started")

    @property
    def percent(self) -> int:
        steps = self.lessons_total + len(self.assessments)
        done = self.lessons_done + sum(1 for a in self.assessments if a.passed)
        return round(100 * done / steps) if steps else 0

    @property
    def minutes(self) -> int:
        """The one rule for a module's time: the sum of its lessons' estimates. The module's
        own estimate stands in only while it has no lessons."""
        if not self.lessons:
            return self.estimated_minutes
        return sum(lesson.minutes for lesson in self.lessons)

    @property
    def minutes_left(self) -> int:
        return sum(lesson.minutes for lesson in self.lessons if not lesson.completed)

    @property
    def next_lesson(self) -> LessonRow | None:
        return next((lesson for lesson in self.lessons if not lesson.completed), None)


@dataclass(frozen=True)
class ProgrammeOverview:
    """``programme`` is the English page (the one learners' records belong to); ``title`` is
    its title in the language being read."""

    programme: ProgrammePage
    modules: tuple[ModuleRow, ...]
    title: str = ""

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
    def core_total(self) -> int:
        return sum(1 for m in self.modules if m.is_core)

    @property
    def core_done(self) -> int:
        return sum(1 for m in self.modules if m.is_core and m.completed)

    @property
    def electives(self) -> int:
        return sum(1 for m in self.modules if not m.is_core)

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


def programme_overview(*, programme: ProgrammePage, user) -> ProgrammeOverview:
    """Every module of a programme with the learner's progress: 2 queries for any size (the
    programme's structure comes from the cache). ``programme`` is the English page (an
    enrolment's), whose pages learners' records belong to, whatever the language being read;
    titles and addresses are in that language (from the cache too, see ``programme_names``),
    so a Welsh reader sees the same progress and next step as in English, linking to the Welsh
    pages."""
    steplen = Page.steplen
    names = names_for_reader(programme.path)
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
                **link(c, names),
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
                **link(c, names),
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
                label=_("Module %(number)s") % {"number": core_number}
                if module["is_core"]
                else _("Elective"),
                **link(module, names),
                summary=(names or {}).get(module["url_path"], {}).get("summary")
                or module["summary"],
                is_core=module["is_core"],
                estimated_minutes=module["estimated_minutes"],
                lessons=lessons,
                assessments=assessments,
            )
        )
    title = link({"title": programme.title, "url_path": programme.url_path}, names)["title"]
    return ProgrammeOverview(programme=programme, modules=tuple(rows), title=title)


def learner_programmes(*, user) -> list[ProgrammePage]:
    return [
        e.programme
        for e in Enrolment.objects.filter(user=user)
        .select_related("programme")
        .order_by("enrolled_at")
    ]


def programme_outline(*, programme: ProgrammePage) -> list[dict]:
    """The programme's live modules in order, each ``{"title", "url", "is_core"}`` in the
    language being read: every module of the English programme, translated or not (see
    ``programme_names``), from the cache."""
    programme = records_page(programme)
    names = names_for_reader(programme.path)
    return [
        {**link(module, names), "is_core": module["is_core"]}
        for module in programme_structure(path=programme.path)["modules"]
    ]


def module_outline(*, module: ModulePage, user) -> ModuleRow | None:
    return module_overview(module=module, user=user)[0]


def module_overview(*, module: ModulePage, user) -> tuple[ModuleRow | None, ProgrammeOverview]:
    """The module's row and the whole programme's overview it was read from (the English
    module's, whichever language ``module`` is in)."""
    module = records_page(module)
    programme = ProgrammePage.objects.get(path=module.path[: -Page.steplen])
    overview = programme_overview(programme=programme, user=user)
    return next((m for m in overview.modules if m.id == module.id), None), overview
