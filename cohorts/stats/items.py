"""Quiz item analysis: difficulty, discrimination and the most-chosen wrong answer."""

import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .basics import is_present, join_notes, pearson
from .thresholds import DISCRIMINATION_MIN_N, DISCRIMINATION_WEAK, TOO_EASY, TOO_HARD


@dataclass(frozen=True)
class ItemStats:
    n: int  # answers with a credit
    difficulty: float | None  # p: mean credit, the share correct
    discrimination: float | None  # point-biserial r with the rest of the attempt
    corrected: bool  # True when this question was taken out of the total first
    n_discrimination: int  # answers that went into the discrimination
    most_chosen_wrong: str | None
    most_chosen_wrong_count: int
    flags: tuple[str, ...]  # "too easy", "too hard", "not discriminating"
    note: str


def item_analysis(
    responses: Iterable[Sequence], *, questions_per_attempt: int | None = None
) -> ItemStats:
    """Difficulty, discrimination and the favourite wrong answer for one quiz question.

    Each response is (credit 0..1, attempt total 0..100, chosen option ids, correct option ids),
    optionally with a fifth element: how many questions that attempt had (else
    ``questions_per_attempt``). Discrimination is the point-biserial (Pearson) correlation of the
    credit with the attempt's score on the *other* questions, (total * q / 100 - credit) / (q - 1)
    as a percentage: corrected, so the question does not correlate with itself. If the number of
    questions is unknown for any answer, it falls back to the whole total and says so.
    Each person counts once per wrong option chosen; ties go to the smallest id."""
    answered = [r for r in responses if is_present(r[0])]
    n = len(answered)
    if n == 0:
        return ItemStats(0, None, None, False, 0, None, 0, (), "No one has answered this yet.")
    difficulty = statistics.fmean(r[0] for r in answered)
    scored = [r for r in answered if is_present(r[1])]
    counts = [r[4] if len(r) > 4 and r[4] is not None else questions_per_attempt for r in scored]
    corrected = all(q is not None for q in counts)
    credits, others = [], []
    for response, q in zip(scored, counts, strict=True):
        credit, total = response[0], response[1]
        if not corrected:
            credits.append(credit)
            others.append(total)
        elif q >= 2:  # with one question there is no rest of the attempt
            credits.append(credit)
            others.append((total * q / 100 - credit) / (q - 1) * 100)
    discrimination = pearson(credits, others)
    wrong = Counter(option for r in answered for option in set(r[2] or ()) - set(r[3] or ()))
    favourite = min(wrong.items(), key=lambda item: (-item[1], str(item[0])), default=(None, 0))
    flags = []
    if difficulty > TOO_EASY:
        flags.append("too easy")
    if difficulty < TOO_HARD:
        flags.append("too hard")
    judged = len(credits) >= DISCRIMINATION_MIN_N
    if judged and discrimination is not None and discrimination < DISCRIMINATION_WEAK:
        flags.append("not discriminating")
    notes = []
    if not corrected:
        notes.append(
            "Discrimination uses the whole score, this question included (the question count"
            " was not given), which flatters it."
        )
    if discrimination is None and len(credits) >= 2:
        notes.append("Everyone scored alike, so discrimination cannot be worked out.")
    if not judged:
        notes.append(f"Too few answers to judge discrimination (n = {len(credits)}).")
    return ItemStats(
        n=n,
        difficulty=difficulty,
        discrimination=discrimination,
        corrected=corrected,
        n_discrimination=len(credits),
        most_chosen_wrong=favourite[0],
        most_chosen_wrong_count=favourite[1],
        flags=tuple(flags),
        note=join_notes(notes),
    )
