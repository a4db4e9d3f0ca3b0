"""One rule for "what next", shown the same on My learning, My journey, a quiz result, the end
of a lesson and a module page.

The rule is a pure function over a learner's programme overview and their measurement
milestones. The milestones (starting point, end of programme) belong to the quizzes app, which
supplies them through the ``learner_milestones`` Wagtail hook, so courses never imports it."""

from dataclasses import dataclass

from django.utils.translation import gettext as _
from wagtail import hooks

from champions.templatetags.champions_format import duration

from .overview import ModuleRow, ProgrammeOverview


@dataclass(frozen=True)
class NextStep:
    label: str
    url: str
    reason: str


@dataclass(frozen=True)
class Milestones:
    """What the measurement side says about a learner. With no quizzes app the defaults say
    there is nothing to measure."""

    starting_point_done: bool = True
    starting_point_url: str = ""
    # The end-of-programme steps still to do, in order (an end self-assessment, a final check).
    end_steps: tuple[NextStep, ...] = ()
    journey_url: str = ""


def _unfinished_module_step(module: ModuleRow) -> NextStep:
    lesson = module.next_lesson
    if lesson is not None:
        names = {"module": module.title, "lesson": lesson.title}
        if module.started:
            label = _("Continue %(module)s: %(lesson)s") % names
        else:
            label = _("Start %(module)s: %(lesson)s") % names
        if module.is_core:
            reason = _("The next lesson in %(module_label)s, about %(duration)s.")
        else:
            reason = _("The next lesson in elective, about %(duration)s.")
        return NextStep(
            label=label,
            url=lesson.url,
            reason=reason
            % {"module_label": module.label.lower(), "duration": duration(lesson.minutes)},
        )
    quiz = next(a for a in module.assessments if not a.passed)
    return NextStep(
        label=_("Take the %(module)s quiz") % {"module": module.title},
        url=quiz.url,
        reason=_("You have read every lesson in this module: pass its quiz to complete it."),
    )


def next_step(*, overview: ProgrammeOverview, milestones: Milestones) -> NextStep:
    """The one next step: finish the starting point; else carry on with a module in progress
    (its next lesson, then its quiz); else start the next core module; once every core module
    is complete, the end-of-programme steps; then the elective; then the journey."""
    if not milestones.starting_point_done:
        return NextStep(
            label=_("Finish your starting point"),
            url=milestones.starting_point_url,
            reason=_(
                "A short self-assessment and a knowledge check come before module 1, so "
                "you can see how far you have come at the end."
            ),
        )
    # Core modules first, each in programme order.
    ordered = sorted(overview.modules, key=lambda m: not m.is_core)
    in_progress = next((m for m in ordered if m.started and not m.completed), None)
    if in_progress is not None:
        return _unfinished_module_step(in_progress)
    core_left = next((m for m in ordered if m.is_core and not m.completed), None)
    if core_left is not None:
        return _unfinished_module_step(core_left)
    if milestones.end_steps:
        return milestones.end_steps[0]
    elective_left = next((m for m in ordered if not m.completed), None)
    if elective_left is not None:
        return _unfinished_module_step(elective_left)
    return NextStep(
        label=_("See your journey"),
        url=milestones.journey_url,
        reason=_("You have completed the programme. See how far you have come."),
    )


def learner_milestones(*, user, overview: ProgrammeOverview) -> Milestones:
    """The measurement milestones from the app that records them (the first hook to answer)."""
    for hook in hooks.get_hooks("learner_milestones"):
        milestones = hook(user=user, overview=overview)
        if milestones is not None:
            return milestones
    return Milestones()


def learner_next_step(*, user, overview: ProgrammeOverview) -> NextStep:
    return next_step(overview=overview, milestones=learner_milestones(user=user, overview=overview))
