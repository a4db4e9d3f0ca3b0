"""The columns of the CSV and Excel downloads: the same rows and filters as the screen. The
files themselves are written by ``champions.spreadsheets``, which guards every cell."""

from .analytics.minimums import MIN_ITEM_ANSWERS, enough_answers

FEW_ANSWERS = f"fewer than {MIN_ITEM_ANSWERS} answers: not judged yet"

LEARNER_HEADER = [
    "Name", "Email", "Council", "Position", "Status", "Baseline stage", "Current stage",
    "Lessons completed", "Modules completed", "Last active", "Needs follow-up",
]  # fmt: skip
ITEM_HEADER = [
    "Module", "Quiz", "Question", "Responses", "Difficulty (share right)",
    "Discrimination (point-biserial)", "Most-chosen wrong answer", "Times chosen", "Flags",
]  # fmt: skip


def learner_rows(learners) -> tuple[list[str], list[list]]:
    rows = [
        [
            row.name,
            row.email,
            row.council,
            row.position_label,
            row.status,
            row.baseline_label,
            row.current_label,
            row.lessons_done,
            row.modules_done,
            row.last_active_at,  # a date cell in Excel (champions.spreadsheets)
            "; ".join(row.follow_up),
        ]
        for row in learners
    ]
    return LEARNER_HEADER, rows


def item_rows(items) -> tuple[list[str], list[list]]:
    rows = [
        [
            r.module_label,
            r.quiz_title,
            r.text,
            r.stats.n,
            None if r.stats.difficulty is None else round(r.stats.difficulty, 2),
            None
            if r.stats.discrimination is None or not enough_answers(r.stats.n)
            else round(r.stats.discrimination, 2),
            r.wrong_option_text,
            r.stats.most_chosen_wrong_count or "",
            "; ".join(r.stats.flags) if enough_answers(r.stats.n) else FEW_ANSWERS,
        ]
        for r in items
    ]
    return ITEM_HEADER, rows
