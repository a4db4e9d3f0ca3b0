"""Reads for commitments (a councillor's own, and a cohort's counts for its facilitator), the
development plan and certificates."""

from dataclasses import dataclass
from datetime import date, datetime

from django.db.models import Count, Prefetch, Q
from django.utils import timezone

from cohort_sessions.models import SessionFeedback
from cohorts.models import Cohort
from courses.models import ModulePage, ProgrammePage
from courses.queries import learner_programmes, programme_overview
from quizzes.constants import Dimension, QuizKind
from quizzes.models import QuizAttempt, SelfAssessment, StageSnapshot

from .constants import FollowUpOutcome
from .models import Certificate, Commitment, CommitmentFollowUp, DevelopmentPlan
from .rules import follow_up_due_on, follow_ups_due


def module_passed(*, user, module: ModulePage) -> bool:
    return QuizAttempt.objects.filter(
        user=user, module=module, quiz_kind=QuizKind.MODULE, passed=True
    ).exists()


def officer_question_suggestions(*, module: ModulePage) -> list[str]:
    """The module's "questions to ask officers", each a starting point for a commitment."""
    return [str(block.value) for block in module.questions_for_officers if str(block.value)]


@dataclass(frozen=True)
class CommitmentLine:
    commitment: Commitment
    due: tuple[int, ...]  # follow-ups open now and not answered
    next_due_on: date | None  # when the next unanswered follow-up opens, if later
    answers: tuple[CommitmentFollowUp, ...]

    @property
    def latest_outcome(self) -> str:
        return self.answers[-1].get_outcome_display() if self.answers else ""


def own_commitment(
    *, user, commitment_id: int, now: datetime | None = None
) -> CommitmentLine | None:
    """One of the councillor's own commitments; someone else's is None, as a missing one."""
    lines = own_commitments(user=user, now=now, only=commitment_id)
    return lines[0] if lines else None


def own_commitments(
    *, user, now: datetime | None = None, only: int | None = None
) -> list[CommitmentLine]:
    """The councillor's commitments, newest first, each with its follow-ups (2 queries)."""
    today = timezone.localdate(now or timezone.now())
    rows = Commitment.objects.filter(user=user)
    if only is not None:
        rows = rows.filter(pk=only)
    rows = rows.prefetch_related(
        Prefetch("follow_ups", queryset=CommitmentFollowUp.objects.order_by("days"))
    )
    lines = []
    for commitment in rows.order_by("-set_at", "slot"):
        answers = tuple(commitment.follow_ups.all())
        answered = {a.days for a in answers}
        set_on = timezone.localdate(commitment.set_at)
        due = follow_ups_due(set_on=set_on, today=today, answered=answered)
        later = [
            follow_up_due_on(set_on, days)
            for days in (30, 90)
            if days not in answered and follow_up_due_on(set_on, days) > today
        ]
        lines.append(
            CommitmentLine(
                commitment=commitment,
                due=tuple(due),
                next_due_on=min(later) if later else None,
                answers=answers,
            )
        )
    return lines


def own_commitments_for_module(*, user, module: ModulePage) -> list[Commitment]:
    return list(Commitment.objects.filter(user=user, module=module).order_by("slot"))


@dataclass(frozen=True)
class CommitmentSummary:
    total: int
    done: int
    to_check_in: int


def commitment_summary(*, user, now: datetime | None = None) -> CommitmentSummary:
    """For My journey and My learning: how many set, how many done, how many to check in on."""
    lines = own_commitments(user=user, now=now)
    return CommitmentSummary(
        total=len(lines),
        done=sum(
            1 for line in lines if any(a.outcome == FollowUpOutcome.DONE for a in line.answers)
        ),
        to_check_in=sum(len(line.due) for line in lines),
    )


@dataclass(frozen=True)
class CohortCommitments:
    members_with_commitments: int
    total: int
    done: int
    shared: list[Commitment]  # only these are shown with their text


def cohort_commitments(*, cohort: Cohort) -> CohortCommitments:
    """What a cohort's facilitator may see: counts over every member's commitments, and the text
    of only those a member chose to share. Two queries whatever the cohort's size."""
    rows = Commitment.objects.filter(user__cohort_memberships__cohort=cohort)
    figures = rows.aggregate(
        total=Count("pk", distinct=True),
        people=Count("user", distinct=True),
        done=Count("pk", filter=Q(follow_ups__outcome=FollowUpOutcome.DONE), distinct=True),
    )
    shared = list(
        rows.filter(shared_with_facilitator=True)
        .select_related("user")
        .order_by("user__last_name", "user__first_name", "set_at", "slot")
    )
    return CohortCommitments(
        members_with_commitments=figures["people"],
        total=figures["total"],
        done=figures["done"],
        shared=shared,
    )


LOWEST_CONFIDENCE_ITEMS = 3


def development_plan_initial(*, user) -> dict[str, str]:
    """The plan as saved, or a first draft: what to develop from the confidence statements the
    councillor rated lowest in their latest self-assessment, goals from their commitments not
    yet done. Words only: no stage and no score is copied in."""
    plan = DevelopmentPlan.objects.filter(user=user).first()
    if plan is not None:
        return {"strengths": plan.strengths, "to_develop": plan.to_develop, "goals": plan.goals}
    latest = (
        SelfAssessment.objects.filter(user=user)
        .order_by("-submitted_at")
        .prefetch_related("answers")
        .first()
    )
    lowest = []
    if latest is not None:
        texts = {
            i["key"]: i["text"] for i in latest.snapshot if i["dimension"] == Dimension.CONFIDENCE
        }
        rated = sorted(
            (a.value, texts[a.item_key])
            for a in latest.answers.all()
            if a.item_key in texts and a.value is not None
        )
        lowest = [text for _value, text in rated[:LOWEST_CONFIDENCE_ITEMS]]
    open_commitments = (
        Commitment.objects.filter(user=user)
        .exclude(follow_ups__outcome__in=[FollowUpOutcome.DONE, FollowUpOutcome.NO_LONGER_RELEVANT])
        .order_by("set_at", "slot")
        .values_list("text", flat=True)
        .distinct()
    )
    return {
        "strengths": "",
        "to_develop": "\n".join(f"- {text}" for text in lowest),
        "goals": "\n".join(f"- {text}" for text in open_commitments),
    }


@dataclass(frozen=True)
class PlanSharing:
    """Whom the councillor's plan can be sent to, and the plan as saved (None before the first
    save). ``contact_email`` is empty when the council has named no programme contact."""

    council_name: str
    contact_name: str
    contact_email: str
    plan: DevelopmentPlan | None
    council_nation: str = ""  # the council's Nation ("wales": the contact gets Welsh too)

    @property
    def contact(self) -> str:
        return self.contact_name or self.contact_email


def plan_sharing(*, user) -> PlanSharing:
    """One query: the councillor's council (while they are on its roster) and their plan."""
    from champions.accounts.models import User

    person = (
        User.objects.select_related("councillor_profile__council", "development_plan")
        .filter(pk=user.pk)
        .first()
    )
    profile = getattr(person, "councillor_profile", None)
    council = profile.council if profile is not None and profile.left_at is None else None
    return PlanSharing(
        council_name=council.name if council else "",
        contact_name=council.contact_name if council else "",
        contact_email=council.contact_email if council else "",
        plan=getattr(person, "development_plan", None),
        council_nation=council.nation if council else "",
    )


def latest_stage(*, user) -> int | None:
    """The councillor's stage as last worked out (1 to 5), or None before their first."""
    return (
        StageSnapshot.objects.filter(user=user)
        .order_by("-recorded_at", "-pk")
        .values_list("stage", flat=True)
        .first()
    )


# --- Certificates ---------------------------------------------------------------------------


def programmes_completed(*, user) -> list[ProgrammePage]:
    """The programmes ``user`` has completed: every core module's lessons done and its quiz
    passed (the same rule as the end-of-programme measurement). 1 query, then 2 a programme."""
    done = []
    for programme in learner_programmes(user=user):
        overview = programme_overview(programme=programme, user=user)
        if overview.core_total and overview.core_done == overview.core_total:
            done.append(programme)
    return done


def own_certificate(*, user, public_id: str) -> Certificate | None:
    """One of the councillor's own certificates; anyone else's is None, as a missing one."""
    return (
        Certificate.objects.filter(user=user, public_id=public_id)
        .select_related("user__councillor_profile__council")
        .first()
    )


def certificate_by_public_id(*, public_id: str) -> Certificate | None:
    return Certificate.objects.filter(public_id=public_id).select_related("user").first()


def revoked_status_indexes() -> set[int]:
    return set(
        Certificate.objects.filter(revoked_at__isnull=False).values_list("status_index", flat=True)
    )


@dataclass(frozen=True)
class SessionSuggestion:
    """A councillor's answer to "one thing you will do next" after a live session they
    attended, not yet made a commitment: offered on their commitments page."""

    session_id: int
    session_title: str
    session_date: datetime
    text: str


def session_suggestions(*, user, only: int | None = None) -> list[SessionSuggestion]:
    """The councillor's own session answers not yet adopted, newest session first (1 query).
    Only theirs: the feedback is read by its author alone."""
    rows = (
        SessionFeedback.objects.filter(user=user)
        .exclude(next_step="")
        .exclude(
            session_id__in=Commitment.objects.filter(user=user, session__isnull=False).values(
                "session_id"
            )
        )
        .order_by("-session__starts_at", "-session_id")
        .values_list("session_id", "session__title", "session__starts_at", "next_step")
    )
    if only is not None:
        rows = rows.filter(session_id=only)
    return [
        SessionSuggestion(session_id=sid, session_title=title, session_date=starts, text=text)
        for sid, title, starts, text in rows
    ]
