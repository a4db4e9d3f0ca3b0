"""The member learning record: for each councillor, the modules they completed (with the date
and estimated hours). Participation only: never a stage, score, answer, reflection or
commitment. Sessions attended will join it when live sessions land (issue 18), and the
certificate when certificates do.

A fixed number of queries for any number of councillors: the programmes' structure (cached),
then every lesson completion and quiz pass of those people, once each."""

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime

from django.conf import settings
from django.utils import timezone
from wagtail.models import Page

from courses.models import AssessmentPass, LessonProgress, ProgrammePage
from courses.queries import programme_structure

COLUMNS = [
    "Councillor",
    "Council",
    "Programme",
    "Module",
    "Core or elective",
    "Completed on",
    "Estimated hours",
]


@dataclass(frozen=True)
class ModuleDone:
    programme: str
    title: str
    is_core: bool
    completed_on: date
    hours: float


@dataclass(frozen=True)
class LearnerRecord:
    name: str
    council: str
    modules: tuple[ModuleDone, ...]

    @property
    def hours(self) -> float:
        return round(sum(m.hours for m in self.modules), 1)

    def rows(self) -> list[list]:
        return [
            [
                self.name,
                self.council,
                m.programme,
                m.title,
                "Core" if m.is_core else "Elective",
                m.completed_on.isoformat(),
                m.hours,
            ]
            for m in self.modules
        ]


def _when(moment: datetime) -> date:
    return timezone.localdate(moment)


def _module_minutes(module: dict, parts: list[dict], structure: dict) -> int:
    """The platform's one rule for a module's time (as on My learning): the sum of its lessons'
    estimates; the module's own estimate only while it has no lessons."""
    lessons = [c["id"] for c in parts if c["is_lesson"]]
    if not lessons:
        return module["estimated_minutes"]
    return sum(structure["minutes"].get(lesson, 0) for lesson in lessons)


def learning_records(*, users) -> list[LearnerRecord]:
    """One record per person in ``users`` (a list of users with ``councillor_profile`` and its
    council loaded when a council is to be shown), in the order given."""
    users = list(users)
    ids = [u.pk for u in users]
    programmes = list(
        ProgrammePage.objects.live()
        .filter(locale__language_code=settings.LANGUAGE_CODE)
        .order_by("path")
    )
    lessons_done: dict[tuple[int, int], datetime] = {
        (row["user_id"], row["lesson_id"]): row["completed_at"]
        for row in LessonProgress.objects.filter(
            user_id__in=ids, completed_at__isnull=False
        ).values("user_id", "lesson_id", "completed_at")
    }
    passes: dict[tuple[int, int], datetime] = {
        (row["user_id"], row["page_id"]): row["passed_at"]
        for row in AssessmentPass.objects.filter(user_id__in=ids).values(
            "user_id", "page_id", "passed_at"
        )
    }
    done: dict[int, list[ModuleDone]] = defaultdict(list)
    steplen = Page.steplen
    for programme in programmes:
        structure = programme_structure(path=programme.path)
        for module in structure["modules"]:
            parts = [c for c in structure["children"] if c["path"][:-steplen] == module["path"]]
            if not parts:
                continue
            for user_id in ids:
                moments = [
                    lessons_done.get((user_id, c["id"]))
                    if c["is_lesson"]
                    else passes.get((user_id, c["id"]))
                    for c in parts
                ]
                if all(moments):
                    done[user_id].append(
                        ModuleDone(
                            programme=programme.title,
                            title=module["title"],
                            is_core=module["is_core"],
                            completed_on=_when(max(moments)),
                            hours=round(_module_minutes(module, parts, structure) / 60, 1),
                        )
                    )
    records = []
    for user in users:
        profile = getattr(user, "councillor_profile", None)
        records.append(
            LearnerRecord(
                name=user.get_full_name() or user.email,
                council=profile.council.name if profile else "",
                modules=tuple(done[user.pk]),
            )
        )
    return records
