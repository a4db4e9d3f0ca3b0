"""Reads: who is due which message now, and the outbox a facilitator may see. Each rule is a
fixed number of queries whatever the number of people (the end-of-programme check adds a few
per learner who has a starting self-assessment and no end one)."""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from django.db.models import Count, Max, Q, QuerySet
from django.utils.functional import lazy
from django.utils.translation import gettext

from champions.accounts.models import CouncilLeadership, CouncillorProfile, User
from champions.links import message_reverse
from champions.templatetags.champions_format import govuk_date, govuk_datetime, govuk_time
from cohort_sessions.constants import ReplyAnswer, SessionFormat, SessionStatus
from cohort_sessions.models import Reply, Session
from cohort_sessions.queries import prework_not_done
from cohorts.models import Cohort, CohortMembership
from courses.models import Enrolment, LessonProgress
from courses.queries.overview import programme_overview
from quizzes.constants import Occasion
from quizzes.measurement import (
    FOLLOW_UP_CLOSES,
    MeasurementState,
    measurement_state,
    self_assessment_refusal,
)
from quizzes.models import SelfAssessment

from .constants import PREWORK_DAYS_BEFORE, SESSION_DAYS_BEFORE, STALLED_AFTER_DAYS, Rule
from .models import OutboxMessage, PreElectionPeriod, ReminderPreference
from .rules import UK, stalled_occasion

WELCOME_WITHIN = timedelta(days=7)

# Dates, times and summaries in a message's context are worded when each language's copy is
# rendered (services.message_words), so a Welsh copy says "9 Rhagfyr 2026".
when_date = lazy(govuk_date, str)
when_datetime = lazy(govuk_datetime, str)
when_time = lazy(govuk_time, str)


@dataclass(frozen=True)
class Due:
    user_id: int
    rule: str
    occasion: str
    cohort_id: int | None = None
    about_council_id: int | None = None  # a leader's summary: paused with that council
    context: dict = field(default_factory=dict, hash=False, compare=False)


def _active_memberships(today: date):
    return (
        CohortMembership.objects.filter(
            cohort__start_date__lte=today + timedelta(days=7), cohort__end_date__gte=today
        )
        .select_related("user", "cohort")
        .order_by("pk")
    )


def welcome_due(*, now: datetime) -> list[Due]:
    """Someone added in the last week who has not had the cohorts app's "you have been added"
    email (sent when a facilitator adds people from the rosters): the join link, an admin or an
    import added them. One welcome either way, never two."""
    return [
        Due(
            m.user_id,
            Rule.WELCOME,
            f"cohort-{m.cohort_id}",
            m.cohort_id,
            context={"cohort": m.cohort.name, "learn_url": message_reverse("courses:learn")},
        )
        for m in _active_memberships(now.date()).filter(
            joined_at__gte=now - WELCOME_WITHIN, welcome_sent_at__isnull=True
        )
    ]


def stalled_due(*, now: datetime) -> list[Due]:
    """Nothing done for STALLED_AFTER_DAYS since joining or the last activity on the cohort's
    programme; the occasion names the cohort, the day of the last activity and the count, so
    activity starts a fresh count and the cap holds per spell of inactivity."""
    memberships = list(_active_memberships(now.date()).filter(cohort__start_date__lte=now.date()))
    active = {
        (e.user_id, e.programme_id): e.last_active_at
        for e in Enrolment.objects.filter(
            user_id__in=[m.user_id for m in memberships], last_active_at__isnull=False
        )
    }
    earlier = defaultdict(list)
    for user_id, occasion, queued_at in OutboxMessage.objects.filter(
        rule=Rule.STALLED, user_id__in=[m.user_id for m in memberships]
    ).values_list("user_id", "occasion", "queued_at"):
        earlier[(user_id, occasion.rsplit("-", 1)[0])].append(queued_at)
    due = []
    for m in memberships:
        last = max(filter(None, [m.joined_at, active.get((m.user_id, m.cohort.programme_id))]))
        spell = f"cohort-{m.cohort_id}-since-{last:%Y%m%d}"
        sent = earlier.get((m.user_id, spell), [])
        n = stalled_occasion(
            last_activity=last,
            reminders_sent=len(sent),
            last_reminder_at=max(sent, default=None),
            now=now,
        )
        if n is not None:
            due.append(
                Due(
                    m.user_id,
                    Rule.STALLED,
                    f"{spell}-{n}",
                    m.cohort_id,
                    context={
                        "cohort": m.cohort.name,
                        "learn_url": message_reverse("courses:learn"),
                        "days_since": (now - last).days,
                    },
                )
            )
    return due


def _session_people(sessions: list[Session]) -> dict[int, list[int]]:
    """Each session's people: its cohort's members, less those who sent apologies."""
    members = defaultdict(list)
    for cohort_id, user_id in CohortMembership.objects.filter(
        cohort_id__in={s.cohort_id for s in sessions}
    ).values_list("cohort_id", "user_id"):
        members[cohort_id].append(user_id)
    declined = set(
        Reply.objects.filter(session__in=sessions, answer=ReplyAnswer.NOT_GOING).values_list(
            "session_id", "user_id"
        )
    )
    return {s.pk: [u for u in members[s.cohort_id] if (s.pk, u) not in declined] for s in sessions}


def _session_occasion(session: Session) -> str:
    """A session's occasion names its start, so a session moved to another day is a new one."""
    return f"session-{session.pk}-{session.starts_at:%Y%m%d%H%M}"


def session_due(*, now: datetime) -> list[Due]:
    sessions = list(
        Session.objects.filter(
            status=SessionStatus.SCHEDULED,
            starts_at__gt=now,
            starts_at__lte=now + timedelta(days=SESSION_DAYS_BEFORE),
        ).select_related("cohort")
    )
    people = _session_people(sessions)
    return [
        Due(
            user_id,
            Rule.SESSION,
            _session_occasion(s),
            s.cohort_id,
            context={
                "cohort": s.cohort.name,
                "session": s.title,
                "starts": when_datetime(s.starts_at),  # "9 December 2026 at 6pm", UK time
                "place": s.joining_url or s.place,
                "session_url": message_reverse("cohort_sessions:detail", s.pk),
            },
        )
        for s in sessions
        for user_id in people[s.pk]
    ]


def session_day_due(*, now: datetime) -> list[Due]:
    """On the day (UK time) of a session people join online, still to start: its joining link.
    Online sessions, and hybrid ones with a link (for those joining from home)."""
    today = now.astimezone(UK).date()
    midnight = datetime.combine(today + timedelta(days=1), datetime.min.time(), tzinfo=UK)
    sessions = list(
        Session.objects.filter(
            status=SessionStatus.SCHEDULED,
            format__in=[SessionFormat.ONLINE, SessionFormat.HYBRID],
            starts_at__gt=now,
            starts_at__lt=midnight,
        )
        .exclude(joining_url="")
        .select_related("cohort")
    )
    people = _session_people(sessions)
    return [
        Due(
            user_id,
            Rule.SESSION_DAY,
            _session_occasion(s),
            s.cohort_id,
            context={
                "cohort": s.cohort.name,
                "session": s.title,
                "starts": when_time(s.starts_at),  # "6pm", UK time
                "joining_url": s.joining_url,
                "session_url": message_reverse("cohort_sessions:detail", s.pk),
            },
        )
        for s in sessions
        for user_id in people[s.pk]
    ]


def prework_due(*, now: datetime) -> list[Due]:
    """Once per session, PREWORK_DAYS_BEFORE days ahead: the pre-work each person booked on it
    (a member who has not sent apologies) has not done yet, by title."""
    sessions = list(
        Session.objects.filter(
            status=SessionStatus.SCHEDULED,
            starts_at__gt=now,
            starts_at__lte=now + timedelta(days=PREWORK_DAYS_BEFORE),
            prework__isnull=False,
        )
        .distinct()
        .select_related("cohort__programme")
    )
    if not sessions:
        return []
    to_do = prework_not_done(sessions=sessions, people=_session_people(sessions))
    by_pk = {s.pk: s for s in sessions}
    return [
        Due(
            user_id,
            Rule.PREWORK,
            f"prework-{_session_occasion(by_pk[session_id])}",
            by_pk[session_id].cohort_id,
            context={
                "cohort": by_pk[session_id].cohort.name,
                "session": by_pk[session_id].title,
                "starts": when_datetime(by_pk[session_id].starts_at),
                "prework": "\n".join(f"- {title}" for title in titles),
                "session_url": message_reverse("cohort_sessions:detail", session_id),
            },
        )
        for (session_id, user_id), titles in sorted(to_do.items())
    ]


def end_check_due(*, now: datetime) -> list[Due]:
    """The end-of-programme self-assessment has opened (quizzes.measurement's rule)."""
    sittings = defaultdict(dict)
    for user_id, occasion, at in SelfAssessment.objects.filter(
        occasion__in=[Occasion.BASELINE, Occasion.END]
    ).values_list("user_id", "occasion", "submitted_at"):
        sittings[user_id][occasion] = at
    waiting = {u for u, s in sittings.items() if Occasion.BASELINE in s and Occasion.END not in s}
    due = []
    seen = set()
    for m in (
        _active_memberships(now.date())
        .filter(user_id__in=waiting)
        .select_related("cohort__programme")
    ):
        if m.user_id in seen:
            continue
        seen.add(m.user_id)
        overview = programme_overview(programme=m.cohort.programme, user=m.user)
        state = measurement_state(user=m.user, overview=overview, sittings=sittings[m.user_id])
        if self_assessment_refusal(state, Occasion.END, now=now) == "":
            due.append(
                Due(
                    m.user_id,
                    Rule.END_CHECK,
                    f"programme-{m.cohort.programme_id}",
                    m.cohort_id,
                    context={"check_url": message_reverse("quizzes:self_assessment", "end")},
                )
            )
    return due


def follow_up_due(*, now: datetime) -> list[Due]:
    """The 3-month follow-up self-assessment has opened (quizzes.measurement's window, which
    needs only the sittings): once per end-of-programme sitting."""
    sittings = defaultdict(dict)
    for user_id, occasion, at in SelfAssessment.objects.filter(
        occasion__in=[Occasion.END, Occasion.FOLLOW_UP],
        submitted_at__gte=now - FOLLOW_UP_CLOSES,  # an older end sitting's window has closed
    ).values_list("user_id", "occasion", "submitted_at"):
        sittings[user_id][occasion] = at
    due = []
    for user_id, sat in sorted(sittings.items()):
        if Occasion.END not in sat or Occasion.FOLLOW_UP in sat:
            continue
        state = MeasurementState(
            baseline_at=None, end_at=sat[Occasion.END], follow_up_at=None,
            pre_test=None, post_test=None, core_total=0, core_done=0,
        )  # fmt: skip
        if self_assessment_refusal(state, Occasion.FOLLOW_UP, now=now) == "":
            due.append(
                Due(
                    user_id,
                    Rule.FOLLOW_UP,
                    f"after-{sat[Occasion.END]:%Y%m%d}",
                    context={
                        "check_url": message_reverse("quizzes:self_assessment", "follow-up"),
                        "closes": when_date(sat[Occasion.END] + FOLLOW_UP_CLOSES),
                    },
                )
            )
    return due


def facilitator_digest_due(*, now: datetime) -> list[Due]:
    """Once a week per facilitator and cohort: who needs a nudge and why, lessons completed this
    week, and replies to the next session. Names and counts only: no stage, score or answer."""
    today = now.date()
    year, week, _ = today.isocalendar()
    cohorts = list(
        Cohort.objects.filter(start_date__lte=today, end_date__gte=today).prefetch_related(
            "facilitators"
        )
    )
    memberships = defaultdict(list)
    for m in CohortMembership.objects.filter(cohort__in=cohorts).select_related("user"):
        memberships[m.cohort_id].append(m)
    active = {
        (e.user_id, e.programme_id): e.last_active_at
        for e in Enrolment.objects.filter(
            user__cohort_memberships__cohort__in=cohorts, last_active_at__isnull=False
        )
    }
    completed = dict(
        LessonProgress.objects.filter(
            completed_at__gte=now - timedelta(days=7),
            user__cohort_memberships__cohort__in=cohorts,
        )
        .values("user__cohort_memberships__cohort")
        .annotate(n=Count("pk"))
        .values_list("user__cohort_memberships__cohort", "n")
    )
    next_sessions = {}
    for s in (
        Session.objects.filter(
            cohort__in=cohorts, status=SessionStatus.SCHEDULED, starts_at__gt=now
        )
        .annotate(going=Count("replies", filter=Q(replies__answer=ReplyAnswer.GOING)))
        .order_by("starts_at")
    ):
        next_sessions.setdefault(s.cohort_id, s)
    due = []
    stalled_before = now - timedelta(days=STALLED_AFTER_DAYS)
    for cohort in cohorts:
        quiet = sorted(
            m.user.get_full_name() or m.user.email
            for m in memberships[cohort.pk]
            if max(filter(None, [m.joined_at, active.get((m.user_id, cohort.programme_id))]))
            < stalled_before
        )
        session = next_sessions.get(cohort.pk)
        summary = digest_summary(
            members=len(memberships[cohort.pk]),
            completed=completed.get(cohort.pk, 0),
            quiet=quiet,
            session=session.title if session is not None else "",
            going=session.going if session is not None else 0,
        )
        for facilitator in cohort.facilitators.all():
            due.append(
                Due(
                    facilitator.pk,
                    Rule.FACILITATOR_DIGEST,
                    f"cohort-{cohort.pk}-week-{year}-{week:02d}",
                    cohort.pk,
                    context={
                        "cohort": cohort.name,
                        "summary": summary,
                        "cohort_url": message_reverse("cohorts:detail", cohort.pk),
                    },
                )
            )
    return due


def leader_summary_due(*, now: datetime) -> list[Due]:
    """Once a month per leader and council: participation only (how many councillors, how many
    in a cohort, how many active in the last 30 days)."""
    month = f"{now:%Y-%m}"
    councils = {}
    for row in (
        CouncillorProfile.objects.filter(left_at__isnull=True)
        .values("council")
        .annotate(
            roster=Count("pk", distinct=True),
            in_cohort=Count("user__cohort_memberships__user", distinct=True),
            active=Count(
                "user__enrolments__user",
                filter=Q(user__enrolments__last_active_at__gte=now - timedelta(days=30)),
                distinct=True,
            ),
        )
    ):
        councils[row["council"]] = row
    due = []
    for leadership in CouncilLeadership.objects.select_related("council").order_by("pk"):
        row = councils.get(leadership.council_id, {"roster": 0, "in_cohort": 0, "active": 0})
        summary = leader_summary(
            roster=row["roster"], in_cohort=row["in_cohort"], active=row["active"]
        )
        due.append(
            Due(
                leadership.user_id,
                Rule.LEADER_SUMMARY,
                f"council-{leadership.council_id}-{month}",
                about_council_id=leadership.council_id,
                context={
                    "council": leadership.council.name,
                    "summary": summary,
                    "council_url": message_reverse("council:uptake", leadership.council.slug),
                },
            )
        )
    return due


def _digest_summary(*, members: int, completed: int, quiet: list, session: str, going: int):
    lines = [
        gettext("Members: %(count)s") % {"count": members},
        gettext("Lessons completed in the last 7 days: %(count)s") % {"count": completed},
    ]
    if quiet:
        lines.append(
            gettext("Nothing done for %(days)s days or more: %(names)s")
            % {"days": STALLED_AFTER_DAYS, "names": ", ".join(quiet)}
        )
    if session:
        lines.append(
            gettext("Next session, %(session)s: %(going)s replied going")
            % {"session": session, "going": going}
        )
    return "\n".join(lines)


def _leader_summary(*, roster: int, in_cohort: int, active: int) -> str:
    return "\n".join([
        gettext("Councillors on the roster: %(count)s") % {"count": roster},
        gettext("In a cohort: %(count)s") % {"count": in_cohort},
        gettext("Active in the last 30 days: %(count)s") % {"count": active},
    ])  # fmt: skip


digest_summary = lazy(_digest_summary, str)
leader_summary = lazy(_leader_summary, str)


RULES = {
    Rule.WELCOME: welcome_due,
    Rule.STALLED: stalled_due,
    Rule.SESSION: session_due,
    Rule.SESSION_DAY: session_day_due,
    Rule.PREWORK: prework_due,
    Rule.END_CHECK: end_check_due,
    Rule.FOLLOW_UP: follow_up_due,
    Rule.FACILITATOR_DIGEST: facilitator_digest_due,
    Rule.LEADER_SUMMARY: leader_summary_due,
}


@dataclass(frozen=True)
class Recipient:
    email: str
    first_name: str
    reminders_off: bool
    left: bool
    council_id: int | None
    language: str = ""  # "" not known, "en-gb" or "cy": the language of their messages


def recipients(user_ids) -> dict[int, Recipient]:
    off = set(
        ReminderPreference.objects.filter(user_id__in=user_ids, reminders_off=True).values_list(
            "user_id", flat=True
        )
    )
    return {
        u["pk"]: Recipient(
            email=u["email"],
            first_name=u["first_name"],
            reminders_off=u["pk"] in off,
            left=u["councillor_profile__left_at"] is not None,
            council_id=u["councillor_profile__council"],
            language=u["language"],
        )
        for u in User.objects.filter(pk__in=user_ids, is_active=True).values(
            "pk",
            "email",
            "first_name",
            "language",
            "councillor_profile__left_at",
            "councillor_profile__council",
        )
    }


def councils_in_pre_election(*, on: date) -> set[int]:
    return set(
        PreElectionPeriod.objects.filter(starts__lte=on, ends__gte=on).values_list(
            "council_id", flat=True
        )
    )


def existing_keys(rules) -> set[tuple[str, int, str]]:
    return set(
        OutboxMessage.objects.filter(rule__in=rules).values_list("rule", "user_id", "occasion")
    )


def cohort_outbox(*, cohort: Cohort) -> QuerySet[OutboxMessage]:
    """Messages about this cohort to people who are its members now: never anyone else's."""
    return (
        OutboxMessage.objects.filter(cohort=cohort, user__cohort_memberships__cohort=cohort)
        .select_related("user")
        .order_by("-queued_at", "-pk")
    )


def my_outbox(*, user) -> QuerySet[OutboxMessage]:
    """The messages sent to this person, newest first: theirs only."""
    return OutboxMessage.objects.filter(user=user).order_by("-queued_at", "-pk")


def last_queued_at() -> datetime | None:
    return OutboxMessage.objects.aggregate(at=Max("queued_at"))["at"]
