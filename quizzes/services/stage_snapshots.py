"""A learner's stage: the inputs it is worked out from, and recording a new snapshot when it
changes."""

from django.utils import timezone

from courses.models import Enrolment
from courses.queries import programme_structure

from .. import scoring
from ..constants import Occasion, QuizKind
from ..models import QuizAttempt, SelfAssessment, StageSnapshot
from ..queries import measurement_settings
from ..stages import stage_for


def current_inputs(*, user, mastery: float) -> dict[str, float] | None:
    """A, C and B from the latest sitting where each was valid; K from quiz results now.
    None until the learner has a valid baseline for A, C and B."""
    latest: dict[str, float] = {}
    for scores in (
        SelfAssessment.objects.filter(user=user)
        .exclude(occasion=Occasion.PULSE)
        .order_by("-submitted_at")
        .values_list("scores", flat=True)
    ):
        for dimension in ("A", "C", "B"):
            if dimension not in latest and scores.get(dimension) is not None:
                latest[dimension] = scores[dimension]
    if len(latest) < 3:
        return None
    best = {}
    for module_id, percent in QuizAttempt.objects.filter(
        user=user, quiz_kind=QuizKind.MODULE, submitted_at__isnull=False, module__isnull=False
    ).values_list("module_id", "percent"):
        best[module_id] = max(best.get(module_id, 0.0), percent)
    programme_path = (
        Enrolment.objects.filter(user=user).order_by("pk").values_list("programme__path", flat=True)
    ).first()
    core_ids = []
    if programme_path is not None:  # its live core modules, from the cached structure
        structure = programme_structure(path=programme_path)
        core_ids = [m["id"] for m in structure["modules"] if m["is_core"]]
    latest["K"] = scoring.knowledge_share(
        best_percent_by_module=best, core_module_ids=core_ids, mastery=mastery
    )
    return latest


def stage_recompute(*, user, reason: str, at=None) -> StageSnapshot | None:
    """Stores a stage snapshot when the stage or any of its inputs changed."""
    settings_row = measurement_settings()
    thresholds = settings_row.thresholds()
    inputs = current_inputs(user=user, mastery=settings_row.mastery_percent)
    if inputs is None:
        return None
    stage = stage_for(a=inputs["A"], k=inputs["K"], c=inputs["C"], b=inputs["B"], t=thresholds)
    last = StageSnapshot.objects.filter(user=user).order_by("-recorded_at", "-pk").first()
    rounded = {d: round(inputs[d], 3) for d in ("A", "K", "C", "B")}
    if last is not None and (
        last.stage == stage.number
        and {
            "A": round(last.a, 3),
            "K": round(last.k, 3),
            "C": round(last.c, 3),
            "B": round(last.b, 3),
        }
        == rounded
    ):
        return last
    snapshot = StageSnapshot(
        user=user,
        stage=stage.number,
        informed_sceptic=stage.informed_sceptic,
        a=rounded["A"],
        k=rounded["K"],
        c=rounded["C"],
        b=rounded["B"],
        reason=reason[:120],
        thresholds=thresholds.__dict__,
        recorded_at=at or timezone.now(),
    )
    snapshot.full_clean()
    snapshot.save()
    return snapshot
