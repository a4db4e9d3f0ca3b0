"""Reads for quizzes and "My journey", each in a fixed number of queries."""

from dataclasses import dataclass

from django.core.cache import cache
from django.db import transaction
from django.utils import timezone
from django.utils.dateformat import format as date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from champions.charts import BLUE, line_chart
from courses.models import Enrolment
from courses.queries import module_link, programme_overview

from .constants import LEARNER_STAGE_LABELS, LEARNER_STAGE_MEANING, Occasion, QuizKind
from .forms import numbered_error
from .measurement import (
    FOLLOW_UP_CLOSES,
    FOLLOW_UP_OPENS,
    knowledge_check_refusal,
    learner_step,
    measurement_state,
    self_assessment_refusal,
)
from .models import (
    InstrumentItem,
    MeasurementSettings,
    QuizAttempt,
    QuizPage,
    SelfAssessment,
    StageSnapshot,
)
from .stages import next_steps


def quiz_page_context(*, quiz: QuizPage, user) -> dict:
    if not user.is_authenticated:
        return {"enrolled": False, "attempts": [], "open_attempt": None, "best": None}
    enrolled = Enrolment.objects.filter(user=user, programme__path=quiz.programme_path).exists()
    attempts = list(
        QuizAttempt.objects.filter(user=user, quiz=quiz).only(
            "pk", "submitted_at", "percent", "passed", "started_at"
        )
    )
    done = [a for a in attempts if a.submitted_at]
    open_attempt = next((a for a in attempts if a.submitted_at is None), None)
    refusal = ""
    if enrolled and quiz.kind != QuizKind.MODULE and open_attempt is None:
        # The knowledge checks are taken once each, in their windows: say so before the button.
        enrolment = (
            Enrolment.objects.filter(user=user, programme__path=quiz.programme_path)
            .select_related("programme")
            .first()
        )
        overview = programme_overview(programme=enrolment.programme, user=user)
        refusal = knowledge_check_refusal(
            measurement_state(user=user, overview=overview), quiz.kind
        )
    return {
        "enrolled": enrolled,
        "attempts": done,
        "open_attempt": open_attempt,
        "best": max((a.percent for a in done), default=None),
        "passed": any(a.passed for a in done),
        "knowledge_check": quiz.kind != QuizKind.MODULE,
        "refusal": refusal,
    }


@dataclass(frozen=True)
class QuestionView:
    id: str
    number: int
    kind: str
    text: str
    explanation: str
    options: list[dict]
    chosen: frozenset[str]
    credit: float | None
    error: str = ""

    @property
    def right_options(self) -> list[dict]:
        return [o for o in self.options if o["correct"]]

    @property
    def chosen_options(self) -> list[dict]:
        return [o for o in self.options if o["id"] in self.chosen]


def attempt_questions(*, attempt: QuizAttempt, chosen=None, errors=None) -> list[QuestionView]:
    """The attempt's questions from its snapshot, with the learner's answers when submitted."""
    chosen = chosen or {}
    credits = {}
    if not attempt.is_open:
        for response in attempt.responses.all():
            chosen[response.question_id] = response.chosen
            credits[response.question_id] = response.credit
    return [
        QuestionView(
            id=q["id"],
            number=n,
            kind=q["kind"],
            text=q["text"],
            explanation=q["explanation"],
            options=q["options"],
            chosen=frozenset(chosen.get(q["id"], [])),
            credit=credits.get(q["id"]),
            error=numbered_error((errors or {}).get(q["id"], ""), n),
        )
        for n, q in enumerate(attempt.snapshot["questions"], start=1)
    ]


def result_next_steps(*, attempt: QuizAttempt, user) -> dict:
    """What to do after a result: the module check-in when one is due, and the one next step
    (the same rule as My learning and My journey), and the module (``{"title", "url"}``). A
    knowledge check's answers stay hidden until the final check is done."""
    module = module_link(attempt.module) if attempt.module else None  # in the reader's language
    context = {"pulse_due": False, "next": None, "module": module, "state": None,
               "answers_revealed": attempt.quiz_kind == QuizKind.MODULE, "pair": None}  # fmt: skip
    enrolment = Enrolment.objects.filter(user=user).select_related("programme").first()
    overview = state = None
    if enrolment is not None:
        overview = programme_overview(programme=enrolment.programme, user=user)
        state = measurement_state(user=user, overview=overview)
        context["next"] = learner_step(state=state, overview=overview)
    if attempt.quiz_kind != QuizKind.MODULE:
        if state is not None:
            context["state"] = state
            context["answers_revealed"] = state.answers_revealed
            if state.answers_revealed:
                context["pair"] = _knowledge_pair(user=user)
        return context
    if attempt.passed and attempt.quiz is not None:
        has_pulse = attempt.quiz.pulse_items.exists()
        context["pulse_due"] = (
            has_pulse
            and not SelfAssessment.objects.filter(
                user=user, occasion=Occasion.PULSE, module_id=attempt.module_id
            ).exists()
        )
    return context


def _knowledge_pair(*, user) -> dict:
    """The learner's starting and final knowledge check results, side by side."""
    rows = QuizAttempt.objects.filter(
        user=user, quiz_kind__in=[QuizKind.PRE_TEST, QuizKind.POST_TEST], submitted_at__isnull=False
    ).order_by("submitted_at")
    pair = {}
    for row in rows.only("pk", "quiz_kind", "percent"):
        pair.setdefault(row.quiz_kind, row)
    return {"pre": pair.get(QuizKind.PRE_TEST), "post": pair.get(QuizKind.POST_TEST)}


def starting_point(*, user) -> dict | None:
    """The starting-point task list: the self-assessment, then the knowledge starting check.
    None when the learner is not enrolled on a programme."""
    enrolment = Enrolment.objects.filter(user=user).select_related("programme").first()
    if enrolment is None:
        return None
    overview = programme_overview(programme=enrolment.programme, user=user)
    state = measurement_state(user=user, overview=overview)
    return {
        "state": state,
        "next": learner_step(state=state, overview=overview),
        "first_lesson": overview.next_lesson,
    }


def self_assessment_refusal_for(*, user, occasion: str) -> str:
    """Why this self-assessment is not open for the learner now, or "" when it is."""
    enrolment = Enrolment.objects.filter(user=user).select_related("programme").first()
    if enrolment is None:
        if occasion == Occasion.BASELINE and not has_baseline(user=user):
            return ""
        return _("Self-assessments open when you are enrolled on a programme.")
    overview = programme_overview(programme=enrolment.programme, user=user)
    state = measurement_state(user=user, overview=overview)
    return self_assessment_refusal(state, occasion, now=timezone.now())


def starting_point_done(*, user) -> bool:
    """Whether the learner has finished the starting point (true when not enrolled: there is
    nothing to start)."""
    enrolment = Enrolment.objects.filter(user=user).select_related("programme").first()
    if enrolment is None:
        return has_baseline(user=user)
    overview = programme_overview(programme=enrolment.programme, user=user)
    return measurement_state(user=user, overview=overview).starting_point_done


def has_baseline(*, user) -> bool:
    return SelfAssessment.objects.filter(user=user, occasion=Occasion.BASELINE).exists()


@dataclass(frozen=True)
class Sitting:
    occasion: str
    label: str
    date: object
    a: float | None
    ic: float | None
    c: float | None
    b: float | None
    c_then: float | None


SETTINGS_KEY = "quizzes:measurement-settings:" + ",".join(
    f.attname for f in MeasurementSettings._meta.concrete_fields
)  # a new field makes a new key


def measurement_settings() -> MeasurementSettings:
    """The stage thresholds, read on every quiz submission and "My journey": from the cache.
    Saving them replaces the cached copy at once and again on commit (see apps.py)."""
    values = cache.get(SETTINGS_KEY)
    if values is None:
        row = MeasurementSettings.load()
        # add, not set: thresholds saved while this was read must not be overwritten.
        cache.add(SETTINGS_KEY, _settings_values(row), None)
        return row
    return MeasurementSettings(**values)


def _settings_values(row: MeasurementSettings) -> dict:
    return {f.attname: getattr(row, f.attname) for f in row._meta.concrete_fields}


def measurement_settings_saved(sender, instance, **kwargs) -> None:
    """Signal receiver: the thresholds were saved."""
    values = _settings_values(instance)
    cache.set(SETTINGS_KEY, values, None)
    transaction.on_commit(lambda: cache.set(SETTINGS_KEY, values, None))


def measurement_settings_deleted(**kwargs) -> None:
    cache.delete(SETTINGS_KEY)
    transaction.on_commit(lambda: cache.delete(SETTINGS_KEY))


def journey(*, user) -> dict:
    """Everything "My journey" shows: current stage, what moves it on, history, scores."""
    thresholds = measurement_settings().thresholds()
    # Without the JSON the page never shows: the thresholds each stage was decided by, and
    # the questions each sitting asked (parsing them was most of this selector's time).
    snapshots = list(
        StageSnapshot.objects.filter(user=user).defer("thresholds").order_by("recorded_at", "pk")
    )
    sittings = _sittings(user)
    current = snapshots[-1] if snapshots else None
    enrolment = Enrolment.objects.filter(user=user).select_related("programme").first()
    overview = programme_overview(programme=enrolment.programme, user=user) if enrolment else None
    core_total = sum(1 for m in overview.modules if m.is_core) if overview else 0
    state = None
    if overview is not None:
        read = {s.occasion: s.date for s in sittings}  # already read: no second query
        state = measurement_state(user=user, overview=overview, sittings=read)
    advice = []
    if current is not None:
        advice = next_steps(
            a=current.a, k=current.k, c=current.c, b=current.b, core_modules=core_total,
            t=thresholds,
        )  # fmt: skip
    return {
        "current": current,
        "previous": snapshots[-2] if len(snapshots) > 1 else None,
        "label": _(LEARNER_STAGE_LABELS[current.stage]) if current else None,
        "meaning": LEARNER_STAGE_MEANING.get(current.stage) if current else None,
        "advice": advice,
        "history": _stage_history(snapshots),
        "sittings": sittings,
        **_sittings_open(sittings, overview=overview, now=timezone.now()),
        "recommended": recommended_module(user=user, overview=overview),
        "charts": journey_charts(sittings=sittings, snapshots=snapshots),
        "core_total": core_total,
        "state": state,
        "next": learner_step(state=state, overview=overview) if overview else None,
    }


def _sittings(user) -> list[Sitting]:
    return [
        Sitting(
            occasion=s.occasion,
            label=s.get_occasion_display(),
            date=s.submitted_at,
            a=s.scores.get("A"),
            ic=s.scores.get("IC"),
            c=s.scores.get("C"),
            b=s.scores.get("B"),
            c_then=s.scores.get("C_then"),
        )
        for s in SelfAssessment.objects.filter(user=user)
        .exclude(occasion=Occasion.PULSE)
        .defer("snapshot")
        .order_by("submitted_at")
    ]


def _stage_history(snapshots: list[StageSnapshot]) -> list[dict]:
    return [
        {
            "snapshot": s,
            "label": _(LEARNER_STAGE_LABELS[s.stage]),
            "direction": _direction(snapshots[i - 1].stage if i else None, s.stage),
            # Stored in English: an occasion's name is shown in the reader's language (a
            # quiz's title and score are content, and stay as they are).
            "reason": _(s.reason) if s.reason else "",
        }
        for i, s in enumerate(snapshots)
    ]


def _sittings_open(sittings: list[Sitting], *, overview, now) -> dict:
    """Which self-assessments the learner may take now: the end of programme once the
    baseline is done and the core modules completed; the follow-up in its window after it."""
    done = {s.occasion for s in sittings}
    end_at = next((s.date for s in sittings if s.occasion == Occasion.END), None)
    core_done = overview is not None and all(m.completed for m in overview.modules if m.is_core)
    follow_up_due = end_at is not None and Occasion.FOLLOW_UP not in done
    return {
        "baseline_done": Occasion.BASELINE in done,
        "end_available": Occasion.BASELINE in done and Occasion.END not in done and core_done,
        "follow_up_available": follow_up_due
        and end_at + FOLLOW_UP_OPENS <= now <= end_at + FOLLOW_UP_CLOSES,
        "follow_up_opens": end_at + FOLLOW_UP_OPENS if follow_up_due else None,
    }


def _direction(before: int | None, after: int) -> str:
    if before is None:
        return "start"
    return "up" if after > before else "down" if after < before else "same"


def recommended_module(*, user, overview) -> object | None:
    """The unfinished module that builds the learner's lowest-rated confidence item at their
    latest sitting; otherwise the next core module."""
    if overview is None:
        return None
    unfinished = {m.id: m for m in overview.modules if not m.completed}
    if not unfinished:
        return None
    latest = (
        SelfAssessment.objects.filter(user=user)
        .exclude(occasion=Occasion.PULSE)
        .order_by("-submitted_at")
        .prefetch_related("answers")
        .first()
    )
    if latest is not None:
        confidence = {i["key"] for i in latest.snapshot if i["dimension"] == "C"}
        ratings = sorted(
            (a.value, a.item_key) for a in latest.answers.all()
            if a.item_key in confidence and a.value is not None and not a.retrospective
        )  # fmt: skip
        module_for = dict(
            InstrumentItem.objects.originals()
            .filter(key__in=[k for _, k in ratings], module__isnull=False)
            .values_list("key", "module_id")
        )
        for _, key in ratings:
            if module_for.get(key) in unfinished:
                return unfinished[module_for[key]]
    return overview.next_module


def learn_panel(*, user) -> dict:
    """The stage summary shown on "My learning" (the next step, the starting point included,
    is My learning's own, from the one rule)."""
    current = StageSnapshot.objects.filter(user=user).order_by("-recorded_at", "-pk").first()
    return {
        "baseline_done": has_baseline(user=user),
        "current": current,
        "label": _(LEARNER_STAGE_LABELS[current.stage]) if current else None,
    }


SHORT_OCCASION = {
    Occasion.BASELINE: gettext_lazy("Start"),
    Occasion.END: gettext_lazy("End"),
    Occasion.FOLLOW_UP: gettext_lazy("Follow-up"),
}


def journey_charts(*, sittings: list[Sitting], snapshots: list[StageSnapshot]) -> list:
    """One small chart per dimension, each on its own scale."""

    def points(attr):
        return [
            (SHORT_OCCASION.get(s.occasion, s.label), getattr(s, attr))
            for s in sittings
            if getattr(s, attr) is not None
        ]

    knowledge = [(date_format(s.recorded_at, "j M"), s.k * 100) for s in snapshots]
    specs = [
        (_("Attitude: is digital worthwhile? (1 to 5)"), points("a"), 1, 5, 1),
        (_("Confidence in your role (0 to 10)"), points("c"), 0, 10, 1),
        (_("Leadership actions in the last 3 months (0 to 8)"), points("b"), 0, 8, 0),
        (_("Knowledge: core modules mastered (%)"), knowledge, 0, 100, 0),
    ]
    return [
        line_chart(
            [label for label, _ in values],
            [(title, BLUE, [value for _, value in values])],
            title=title,
            low=low,
            high=high,
            divisions=1,
            places=places,
            width=320,
            height=120,
            margins=(36, 20, 36, 24),
            legend=False,
            show_values=True,
            label_all_up_to=5,
        )
        for title, values, low, high, places in specs
        if values
    ]
