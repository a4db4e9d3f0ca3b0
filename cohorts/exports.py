"""The columns of the CSV and Excel downloads: the same rows and filters as the screen, with
headings and words in the language of the page they were asked for from. The files themselves
are written by ``champions.spreadsheets``, which guards every cell."""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .analytics.minimums import MIN_ITEM_ANSWERS, enough_answers
from .constants import FLAG_LABELS

STATUS_LABELS = {
    "completed": gettext_lazy("completed"),
    "in progress": gettext_lazy("in progress"),
    "not started": gettext_lazy("not started"),
}


def learner_header() -> list[str]:
    return [
        _("Name"), _("Email"), _("Council"), _("Position"), _("Status"), _("Baseline stage"),
        _("Current stage"), _("Lessons completed"), _("Modules completed"), _("Last active"),
        _("Needs follow-up"),
    ]  # fmt: skip


def item_header() -> list[str]:
    return [
        _("Module"), _("Quiz"), _("Question"), _("Responses"), _("Difficulty (share right)"),
        _("Discrimination (point-biserial)"), _("Most-chosen wrong answer"), _("Times chosen"),
        _("Flags"),
    ]  # fmt: skip


def learner_rows(learners) -> tuple[list[str], list[list]]:
    rows = [
        [
            row.name,
            row.email,
            row.council,
            row.position_label,
            str(STATUS_LABELS.get(row.status, row.status)),
            row.baseline_label,
            row.current_label,
            row.lessons_done,
            row.modules_done,
            row.last_active_at,  # a date cell in Excel (champions.spreadsheets)
            "; ".join(row.follow_up),
        ]
        for row in learners
    ]
    return learner_header(), rows


def item_rows(items) -> tuple[list[str], list[list]]:
    few_answers = _("fewer than %(count)s answers: not judged yet") % {"count": MIN_ITEM_ANSWERS}
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
            "; ".join(str(FLAG_LABELS.get(flag, flag)) for flag in r.stats.flags)
            if enough_answers(r.stats.n)
            else few_answers,
        ]
        for r in items
    ]
    return item_header(), rows
