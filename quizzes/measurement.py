"""When each measurement is open (DOMAIN.md section 3): the learner's measurement state, read
in a fixed number of queries, and the window rules over it as pure functions.

- The starting point (T0): the self-assessment, then the knowledge pre-test, once each.
- After a module: its check-in, once the module's quiz is passed.
- The end of the programme (T1): the self-assessment and the knowledge post-test, once each,
  when every core module is complete (all its lessons done and its quiz passed).
- The follow-up (T2): a self-assessment from 3 to 6 months after the end sitting.

Views, services and the demo's history checker all ask these rules, so a page, a write and a
check of recorded history can never disagree."""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.urls import reverse
from django.utils.dateformat import format as date_format
from django.utils.translation import gettext as _

from courses.queries import (
    Milestones,
    NextStep,
    ProgrammeOverview,
    link,
    names_for_reader,
    next_step,
)

from .constants import Occasion, QuizKind
from .models import QuizAttempt, QuizPage, SelfAssessment

FOLLOW_UP_OPENS = timedelta(days=90)
FOLLOW_UP_CLOSES = timedelta(days=183)


@dataclass(frozen=True)
class KnowledgeCheck:
    """The programme's pre-test or post-test, and the learner's one sitting of it."""

    id: int
    title: str
    url: str
    kind: str
    taken_at: datetime | None = None
    attempt_id: int | None = None
    open_attempt_id: int | None = None

    @property
    def taken(self) -> bool:
        return self.taken_at is not None


@dataclass(frozen=True)
class MeasurementState:
    baseline_at: datetime | None
    end_at: datetime | None
    follow_up_at: datetime | None
    pre_test: KnowledgeCheck | None
    post_test: KnowledgeCheck | None
    core_total: int
    core_done: int

    @property
    def self_assessment_done(self) -> bool:
        return self.baseline_at is not None

    @property
    def pre_test_done(self) -> bool:
        return self.pre_test is None or self.pre_test.taken

    @property
    def starting_point_done(self) -> bool:
        return self.self_assessment_done and self.pre_test_done

    @property
    def core_complete(self) -> bool:
        return self.core_total > 0 and self.core_done >= self.core_total

    @property
    def post_test_done(self) -> bool:
        return self.post_test is None or self.post_test.taken

    @property
    def answers_revealed(self) -> bool:
        """The knowledge checks' right answers stay hidden until the final check is done."""
        return self.post_test is not None and self.post_test.taken


# --- the window rules: each returns why something is not open, or "" when it is ---------------


def _day(moment: datetime) -> str:
    """A day as "6 December 2026", the month in the reader's language."""
    return date_format(moment, "j F Y")


def core_modules_message(state: MeasurementState) -> str:
    return _(
        "The final check opens when you have completed all %(total)s core modules. "
        "You have completed %(done)s."
    ) % {"total": state.core_total, "done": state.core_done}


def knowledge_check_refusal(state: MeasurementState, kind: str) -> str:
    if kind == QuizKind.PRE_TEST:
        check = state.pre_test
        if check is not None and check.taken:
            return _("You took the knowledge starting check on %(date)s. It is taken once.") % {
                "date": _day(check.taken_at)
            }
        if not state.self_assessment_done:
            return _(
                "The knowledge starting check opens when you have done your starting "
                "self-assessment."
            )
        return ""
    if kind == QuizKind.POST_TEST:
        check = state.post_test
        if check is not None and check.taken:
            return _("You took the final knowledge check on %(date)s. It is taken once.") % {
                "date": _day(check.taken_at)
            }
        if not state.core_complete:
            return core_modules_message(state)
        return ""
    return ""


def self_assessment_refusal(state: MeasurementState, occasion: str, *, now: datetime) -> str:
    if occasion == Occasion.BASELINE:
        if state.baseline_at is not None:
            return _("You did your starting self-assessment on %(date)s.") % {
                "date": _day(state.baseline_at)
            }
        return ""
    if occasion == Occasion.END:
        if state.end_at is not None:
            return _("You did your end-of-programme self-assessment on %(date)s.") % {
                "date": _day(state.end_at)
            }
        if not state.self_assessment_done:
            return _(
                "The end-of-programme self-assessment opens after your starting "
                "self-assessment and all the core modules."
            )
        if not state.core_complete:
            return _(
                "The end-of-programme self-assessment opens when you have completed all "
                "%(total)s core modules. You have completed %(done)s."
            ) % {"total": state.core_total, "done": state.core_done}
        return ""
    if occasion == Occasion.FOLLOW_UP:
        if state.follow_up_at is not None:
            return _("You did your follow-up check-in on %(date)s.") % {
                "date": _day(state.follow_up_at)
            }
        if state.end_at is None:
            return _(
                "The follow-up check-in opens 3 months after your end-of-programme self-assessment."
            )
        opens, closes = state.end_at + FOLLOW_UP_OPENS, state.end_at + FOLLOW_UP_CLOSES
        if now < opens:
            return _("Your follow-up check-in opens on %(date)s.") % {"date": _day(opens)}
        if now > closes:
            return _("Your follow-up check-in closed on %(date)s.") % {"date": _day(closes)}
        return ""
    return ""


# --- reading the state ------------------------------------------------------------------------


def _check(
    quiz: QuizPage | None, attempts: list[QuizAttempt], names: dict | None
) -> KnowledgeCheck | None:
    """``names``: the programme's pages in the language being read (``programme_names``)."""
    if quiz is None:
        return None
    shown = link({"title": quiz.title, "url_path": quiz.url_path}, names)
    mine = [a for a in attempts if a.quiz_kind == quiz.kind]
    taken = next((a for a in mine if a.submitted_at is not None), None)
    still_open = next((a for a in mine if a.submitted_at is None and a.quiz_id == quiz.pk), None)
    return KnowledgeCheck(
        id=quiz.pk,
        title=shown["title"],
        url=shown["url"],  # the Welsh check on a Welsh page
        kind=quiz.kind,
        taken_at=taken.submitted_at if taken else None,
        attempt_id=taken.pk if taken else None,
        open_attempt_id=still_open.pk if still_open else None,
    )


def measurement_state(*, user, overview: ProgrammeOverview, sittings=None) -> MeasurementState:
    """The learner's sittings, knowledge checks and core-module progress: 3 queries on top of
    the overview (sittings, the programme's knowledge checks, the learner's attempts at them),
    2 when the caller has read the sittings already (``{occasion: submitted_at}``)."""
    if sittings is None:
        sittings = dict(
            SelfAssessment.objects.filter(user=user)
            .exclude(occasion=Occasion.PULSE)
            .values_list("occasion", "submitted_at")
        )
    checks = {
        q.kind: q
        for q in QuizPage.objects.child_of(overview.programme)
        .live()
        .filter(kind__in=[QuizKind.PRE_TEST, QuizKind.POST_TEST])
        .order_by("path")
        .only("pk", "title", "kind", "url_path", "path", "depth")
    }
    attempts = list(
        QuizAttempt.objects.filter(user=user, quiz_kind__in=[QuizKind.PRE_TEST, QuizKind.POST_TEST])
        .order_by("started_at", "pk")
        .only("pk", "quiz_id", "quiz_kind", "submitted_at")
    )
    core = [m for m in overview.modules if m.is_core]
    names = names_for_reader(overview.programme.path)
    return MeasurementState(
        baseline_at=sittings.get(Occasion.BASELINE),
        end_at=sittings.get(Occasion.END),
        follow_up_at=sittings.get(Occasion.FOLLOW_UP),
        pre_test=_check(checks.get(QuizKind.PRE_TEST), attempts, names),
        post_test=_check(checks.get(QuizKind.POST_TEST), attempts, names),
        core_total=len(core),
        core_done=sum(1 for m in core if m.completed),
    )


def milestones(state: MeasurementState) -> Milestones:
    """The measurement side of the one "what next" rule."""
    end_steps = []
    if state.core_complete and state.end_at is None and state.self_assessment_done:
        end_steps.append(
            NextStep(
                label=_("Take the end-of-programme self-assessment"),
                url=reverse("quizzes:self_assessment", kwargs={"occasion": "end"}),
                reason=_(
                    "You have completed every core module. Answer the starting questions "
                    "again to see how far you have come."
                ),
            )
        )
    if state.core_complete and not state.post_test_done:
        end_steps.append(
            NextStep(
                label=_("Take the final knowledge check"),
                url=state.post_test.url,
                reason=_("The same kind of questions as your starting check, taken once."),
            )
        )
    return Milestones(
        starting_point_done=state.starting_point_done,
        starting_point_url=reverse("quizzes:start"),
        end_steps=tuple(end_steps),
        journey_url=reverse("quizzes:journey"),
    )


def learner_step(*, state: MeasurementState, overview: ProgrammeOverview) -> NextStep:
    """The one "what next" rule (courses.queries.next_step) for a state already read."""
    return next_step(overview=overview, milestones=milestones(state))
