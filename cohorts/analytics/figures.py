"""The heavy figures of a cohort report, each read in a few queries and handed to the pure
functions in ``cohorts.stats``: the self-assessment's reliability, the quiz question analysis
and the lowest-confidence items. The report caches them until new answers arrive."""

from collections import Counter, defaultdict

from django.db.models import Q

from quizzes.constants import Occasion
from quizzes.models import ItemAnswer, QuestionResponse, QuizPage

from .. import stats
from .rows import ConfidenceItemRow, ItemRow, ModuleInfo


def reliability(*, items, cohort_user_ids: set[int]) -> dict[str, tuple]:
    """Reliability per subscale from baseline sittings (Cronbach's alpha; KR-20 for behaviour),
    for this cohort and pooled over every cohort (small cohorts rarely give a stable figure on
    their own), with each item's key and wording in the scale's order."""
    by_key = {i.key: i for i in items}
    rows: dict[int, dict[str, float]] = defaultdict(dict)
    for user_id, key, value in ItemAnswer.objects.filter(
        assessment__occasion=Occasion.BASELINE, retrospective=False, item_key__in=list(by_key)
    ).values_list("assessment__user_id", "item_key", "value"):
        if value is not None and by_key[key].reverse_coded:
            value = 6 - value
        rows[user_id][key] = value
    result = {}
    for dimension in ("A", "C", "B"):
        keys = [i.key for i in items if i.dimension == dimension]
        mine = [[rows[u].get(k) for k in keys] for u in rows if u in cohort_user_ids]
        pooled = [[rows[u].get(k) for k in keys] for u in rows]
        # The behaviour score counts behaviours done at least once, so its reliability is
        # worked out on that scored form (KR-20), not on the 0 to 3 answers.
        measure = stats.kr20 if dimension == "B" else stats.cronbach_alpha
        result[dimension] = (
            measure(mine),
            measure(pooled),
            [(i.key, i.text) for i in items if i.dimension == dimension],
        )
    return result


def item_analysis(*, user_ids: list[int], modules: list[ModuleInfo]) -> list[ItemRow]:
    quiz_ids = [m.quiz_id for m in modules if m.quiz_id]
    label_for = {m.quiz_id: m.label for m in modules}
    module_for = {m.quiz_id: m.id for m in modules}
    banks = {}
    for quiz in QuizPage.objects.filter(pk__in=quiz_ids).only("id", "title", "questions"):
        for block in quiz.questions:
            options = {
                child.id: child.value["text"] for child in block.value["options"].bound_blocks
            }
            banks[block.id] = (quiz.id, quiz.title, block.value["text"], options)
    answered = QuestionResponse.objects.filter(
        attempt__user_id__in=user_ids,
        attempt__quiz_id__in=quiz_ids,
        attempt__submitted_at__isnull=False,
    )
    scored = list(answered.values_list("question_id", "credit", "attempt__percent", "attempt_id"))
    # Only wrong answers carry option ids worth decoding (most answers are right).
    wrong_by_response: dict[tuple[str, int], list[str]] = {
        (question_id, attempt_id): wrong
        for question_id, attempt_id, wrong in answered.filter(credit__lt=1)
        .exclude(wrong=[])
        .values_list("question_id", "attempt_id", "wrong")
    }
    per_attempt = Counter(row[3] for row in scored)  # questions in each attempt
    grouped: dict[str, list] = defaultdict(list)
    for question_id, credit, percent, attempt_id in scored:
        wrong = wrong_by_response.get((question_id, attempt_id), ())
        # item_analysis counts chosen-but-not-correct options; passing the wrong ones as
        # chosen with nothing marked correct gives exactly those.
        grouped[question_id].append((credit, percent, wrong, (), per_attempt[attempt_id]))
    rows = []
    for question_id, responses in grouped.items():
        quiz_id, quiz_title, text, options = banks.get(
            question_id, (None, "", "(no longer in the bank)", {})
        )
        figures = stats.item_analysis(responses)
        rows.append(
            ItemRow(
                quiz_title=quiz_title,
                module_label=label_for.get(quiz_id, ""),
                module_id=module_for.get(quiz_id),
                question_id=question_id,
                text=text,
                stats=figures,
                wrong_option_text=options.get(figures.most_chosen_wrong or "", ""),
            )
        )
    order = {m.quiz_id: n for n, m in enumerate(modules)}
    rows.sort(key=lambda r: (order.get(banks.get(r.question_id, (None,))[0], 99), r.text))
    return rows


def low_confidence(*, items, user_ids: list[int], top: int = 3) -> list[ConfidenceItemRow]:
    confidence = {i.key: i for i in items if i.dimension == "C"}
    latest: dict[int, tuple] = {}
    for user_id, key, value, when in (
        ItemAnswer.objects.filter(
            assessment__user_id__in=user_ids,
            retrospective=False,
            item_key__in=list(confidence),
        )
        .filter(~Q(assessment__occasion=Occasion.PULSE))
        .values_list("assessment__user_id", "item_key", "value", "assessment__submitted_at")
    ):
        if value is None:
            continue
        current = latest.get((user_id, key))
        if current is None or when > current[1]:
            latest[(user_id, key)] = (value, when)
    values: dict[str, list[int]] = defaultdict(list)
    for (_, key), (value, _) in latest.items():
        values[key].append(value)
    rows = [
        ConfidenceItemRow(key, confidence[key].text, round(sum(v) / len(v), 1), len(v))
        for key, v in values.items()
        if v
    ]
    return sorted(rows, key=lambda r: (r.mean, r.key))[:top]
