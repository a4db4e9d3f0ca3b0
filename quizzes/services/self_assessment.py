"""The self-assessment instrument: its items for an occasion, and submitting a sitting (checked
first, written in one transaction)."""

import hashlib
import json
from collections.abc import Mapping

from django.db import IntegrityError, transaction
from django.db.models import Count
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from courses.models import Enrolment

from .. import scoring
from ..constants import SCALES, Dimension, Occasion
from ..models import InstrumentItem, ItemAnswer, QuizPage, SelfAssessment, answered_in
from .errors import AttemptClosed, InvalidAnswers, NotAvailable
from .stage_snapshots import stage_recompute


def instrument_items(*, occasion: str, quiz: QuizPage | None = None) -> list[InstrumentItem]:
    if occasion == Occasion.PULSE:
        if quiz is None:
            raise NotAvailable(_("A check-in belongs to a module."))
        keys = quiz.pulse_items.values_list("translation_key", flat=True)
        return list(
            InstrumentItem.objects.originals()
            .filter(active=True, live=True, translation_key__in=keys)
            .order_by("sort_order", "key")
        )
    return list(
        InstrumentItem.objects.originals()
        .filter(active=True, live=True)
        .order_by("sort_order", "key")
    )


def instrument_version(items: list[InstrumentItem], snapshot: list[dict]) -> str:
    """Names the published version of the items a sitting asked: the same items, wording,
    scoring and approved revisions give the same name; any published change gives a new one."""
    revisions = [item.live_revision_id for item in items]
    canonical = json.dumps([snapshot, revisions], sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()[:16]


def _check_value(item: dict, value) -> int | None:
    low, high, dont_know = SCALES[item["dimension"]]
    if value is None:
        if dont_know:
            return None
        raise ValueError(_("Choose an answer."))
    if not isinstance(value, int) or not low <= value <= high:
        raise ValueError(
            _("Choose a whole number from %(low)s to %(high)s.") % {"low": low, "high": high}
        )
    return value


def self_assessment_submit(
    *,
    user,
    occasion: str,
    answers: Mapping[str, int | None],
    retro_answers: Mapping[str, int | None] | None = None,
    quiz: QuizPage | None = None,
    at=None,
) -> SelfAssessment:
    """Records one sitting of the instrument. ``answers`` maps item key to a value (None for
    "don't know" on attitude items). Every item must be answered or marked don't know; the
    end-of-programme sitting also asks the 'thinking back' confidence ratings."""
    now = at or timezone.now()
    items = instrument_items(occasion=occasion, quiz=quiz)
    if not items:
        raise NotAvailable(_("There are no questions to answer here yet."))
    snapshot = [
        {"key": i.key, "dimension": i.dimension, "text": i.text, "reverse": i.reverse_coded,
         "retro_text": i.retro_text}
        for i in items
    ]  # fmt: skip
    keys = {i["key"] for i in snapshot}
    if set(answers) - keys or set(retro_answers or {}) - keys:
        raise InvalidAnswers(_("Your answers included a question that is not in this form."), {})
    cleaned, errors = _checked_answers(snapshot, answers)
    retro: dict[str, int] = {}
    if occasion == Occasion.END:
        retro, retro_errors = _checked_thinking_back(snapshot, retro_answers or {})
        errors |= retro_errors
    if errors:
        raise InvalidAnswers(
            _("Answer every question before you submit. Nothing was saved."), errors
        )
    scores = _sitting_scores(snapshot, cleaned, retro)
    module = quiz.get_parent().specific if occasion == Occasion.PULSE else None
    with transaction.atomic():
        assessment = SelfAssessment(
            user=user,
            occasion=occasion,
            module=module,
            submitted_at=now,
            snapshot=snapshot,
            language=answered_in(),
            instrument_version=instrument_version(items, snapshot),
            scores=scores,
        )
        assessment.full_clean(validate_constraints=False)
        try:
            with transaction.atomic():
                assessment.save()
        except IntegrityError as exc:
            raise AttemptClosed(_("You have already answered this self-assessment.")) from exc
        ItemAnswer.objects.bulk_create(
            [ItemAnswer(assessment=assessment, item_key=k, value=v) for k, v in cleaned.items()]
            + [
                ItemAnswer(assessment=assessment, item_key=k, value=v, retrospective=True)
                for k, v in retro.items()
            ]
        )
        Enrolment.objects.filter(user=user).update(last_active_at=now)
        if occasion != Occasion.PULSE:
            # The reason is stored, so in English whatever the page's language; My journey
            # shows it in the reader's language.
            with translation.override("en-gb"):
                reason = str(assessment.get_occasion_display())
            stage_recompute(user=user, reason=reason, at=now)
    return assessment


def _checked_answers(snapshot, answers) -> tuple[dict[str, int | None], dict[str, str]]:
    """Each statement's answer, checked against its scale; and an error per statement that is
    unanswered or out of range."""
    cleaned: dict[str, int | None] = {}
    errors: dict[str, str] = {}
    for item in snapshot:
        if item["key"] not in answers:
            errors[item["key"]] = _("Choose an answer.")
            continue
        try:
            cleaned[item["key"]] = _check_value(item, answers[item["key"]])
        except ValueError as exc:
            errors[item["key"]] = str(exc)
    return cleaned, errors


def _checked_thinking_back(snapshot, retro_answers) -> tuple[dict[str, int], dict[str, str]]:
    """The end-of-programme "thinking back" confidence ratings, which must all be answered;
    errors are keyed "then-<item key>", as the form names them."""
    retro: dict[str, int] = {}
    errors: dict[str, str] = {}
    for item in snapshot:
        if item["dimension"] != Dimension.CONFIDENCE or not item["retro_text"]:
            continue
        key = item["key"]
        try:
            value = retro_answers.get(key)
            if value is None:
                raise ValueError(_("Choose an answer."))
            retro[key] = _check_value(item, value)
        except ValueError as exc:
            errors[f"then-{key}"] = str(exc)
    return retro, errors


def _sitting_scores(snapshot, cleaned, retro) -> dict:
    definitions = [scoring.ItemDefinition(i["key"], i["dimension"], i["reverse"]) for i in snapshot]
    totals = dict(
        InstrumentItem.objects.originals()
        .filter(active=True, live=True)
        .values("dimension")
        .annotate(n=Count("pk"))
        .values_list("dimension", "n")
    )
    scores = scoring.subscale_scores(definitions, cleaned, totals=totals)
    if retro:
        then = scoring.subscale_scores([d for d in definitions if d.dimension == "C"], retro)
        scores["C_then"] = then.get("C")
    return scores
