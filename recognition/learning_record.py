"""The member learning record: for each councillor, the modules they completed (with the date
and estimated hours). Participation only: never a stage, score, answer, reflection or
commitment. With them, the live sessions they attended (present, as the facilitator recorded it)
and their certificates: issued on, the link anyone can check it at, or withdrawn.

A fixed number of queries for any number of councillors: the programmes' structure (cached),
then every lesson completion, quiz pass, attendance and certificate of those people, once each."""

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from cohort_sessions.constants import AttendanceStatus
from cohort_sessions.models import Attendance
from courses.models import AssessmentPass, LessonProgress, ProgrammePage
from courses.queries import programme_structure

from .credentials import verify_url
from .models import Certificate

# Column headings for people (translated); the CSV is read by people, not by an importer.
COLUMNS = [
    _("Councillor"),
    _("Council"),
    _("Programme"),
    _("Module"),
    _("Core or elective"),
    _("Completed on"),
    _("Estimated hours"),
    _("Sessions attended"),
    _("Sessions attended (dates)"),
    _("Certificate"),
    _("Certificate verification link"),
]


@dataclass(frozen=True)
class ModuleDone:
    programme_id: int
    programme: str
    title: str
    is_core: bool
    completed_on: date
    hours: float


@dataclass(frozen=True)
class SessionAttended:
    title: str
    on: date


@dataclass(frozen=True)
class CertificateHeld:
    programme_id: int
    programme: str
    public_id: str
    issued_on: date
    withdrawn_on: date | None
    verification_url: str

    @property
    def withdrawn(self) -> bool:
        return self.withdrawn_on is not None

    def cells(self) -> list[str]:
        if self.withdrawn:
            return [gettext("Withdrawn on %(on)s") % {"on": self.withdrawn_on.isoformat()}, ""]
        return [
            gettext("Issued on %(on)s") % {"on": self.issued_on.isoformat()},
            self.verification_url,
        ]


@dataclass(frozen=True)
class LearnerRecord:
    name: str
    council: str
    modules: tuple[ModuleDone, ...]
    sessions: tuple[SessionAttended, ...] = ()
    certificates: tuple[CertificateHeld, ...] = ()

    @property
    def hours(self) -> float:
        return round(sum(m.hours for m in self.modules), 1)

    def rows(self) -> list[list]:
        """One row per module completed; the sessions attended on each of the person's rows,
        and the certificate on the rows of its programme. A certificate whose programme has no
        module row, or sessions without any module, get a row of their own."""
        sessions = [
            len(self.sessions),
            "; ".join(f"{s.on.isoformat()} {s.title}" for s in self.sessions),
        ]
        by_programme = {c.programme_id: c for c in self.certificates}

        def certificate(programme_id) -> list[str]:
            held = by_programme.get(programme_id)
            return held.cells() if held else ["", ""]

        rows = [
            [
                self.name,
                self.council,
                m.programme,
                m.title,
                "Core" if m.is_core else "Elective",
                m.completed_on.isoformat(),
                m.hours,
                *sessions,
                *certificate(m.programme_id),
            ]
            for m in self.modules
        ]
        covered = {m.programme_id for m in self.modules}
        for held in self.certificates:
            if held.programme_id not in covered:
                rows.append(
                    [self.name, self.council, held.programme, "", "", "", "", *sessions]
                    + held.cells()
                )
        if not rows and self.sessions:
            rows.append([self.name, self.council, "", "", "", "", "", *sessions, "", ""])
        return rows


def _when(moment: datetime) -> date:
    return timezone.localdate(moment)


def _module_minutes(module: dict, parts: list[dict], structure: dict) -> int:
    """The platform's one rule for a module's time (as on My learning): the sum of its lessons'
    estimates; the module's own estimate only while it has no lessons."""
    lessons = [c["id"] for c in parts if c["is_lesson"]]
    if not lessons:
        return module["estimated_minutes"]
    return sum(structure["minutes"].get(lesson, 0) for lesson in lessons)


def learning_records(*, users, modules_only: bool = False) -> list[LearnerRecord]:
    """One record per person in ``users`` (a list of users with ``councillor_profile`` and its
    council loaded when a council is to be shown), in the order given. ``modules_only`` leaves
    out the sessions and certificates (two queries fewer), for the certificate itself."""
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
                            programme_id=programme.pk,
                            programme=programme.title,
                            title=module["title"],
                            is_core=module["is_core"],
                            completed_on=_when(max(moments)),
                            hours=round(_module_minutes(module, parts, structure) / 60, 1),
                        )
                    )
    sessions = {} if modules_only else _sessions_attended(ids)
    certificates = {} if modules_only else _certificates(ids)
    records = []
    for user in users:
        profile = getattr(user, "councillor_profile", None)
        records.append(
            LearnerRecord(
                name=user.get_full_name() or user.email,
                council=profile.council.name if profile else "",
                modules=tuple(done[user.pk]),
                sessions=tuple(sessions.get(user.pk, ())),
                certificates=tuple(certificates.get(user.pk, ())),
            )
        )
    return records


def _sessions_attended(ids: list[int]) -> dict[int, list[SessionAttended]]:
    """The live sessions each person was marked present at, oldest first."""
    attended: dict[int, list[SessionAttended]] = defaultdict(list)
    rows = (
        Attendance.objects.filter(user_id__in=ids, status=AttendanceStatus.PRESENT)
        .order_by("session__starts_at", "session_id")
        .values("user_id", "session__title", "session__starts_at")
    )
    for row in rows:
        attended[row["user_id"]].append(
            SessionAttended(title=row["session__title"], on=_when(row["session__starts_at"]))
        )
    return attended


def _certificates(ids: list[int]) -> dict[int, list[CertificateHeld]]:
    held: dict[int, list[CertificateHeld]] = defaultdict(list)
    for certificate in Certificate.objects.filter(user_id__in=ids).order_by("issued_at", "pk"):
        held[certificate.user_id].append(
            CertificateHeld(
                programme_id=certificate.programme_id,
                programme=certificate.programme_title,
                public_id=certificate.public_id,
                issued_on=_when(certificate.issued_at),
                withdrawn_on=_when(certificate.revoked_at) if certificate.revoked_at else None,
                verification_url=verify_url(certificate),
            )
        )
    return held
