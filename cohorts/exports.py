"""CSV and Excel downloads with the same columns and filters as the screen."""

import csv
import io

from django.http import HttpResponse
from openpyxl import Workbook

LEARNER_HEADER = [
    "Name", "Email", "Council", "Position", "Status", "Baseline stage", "Current stage",
    "Lessons completed", "Modules completed", "Last active", "Needs follow-up",
]  # fmt: skip
ITEM_HEADER = [
    "Module", "Quiz", "Question", "Responses", "Difficulty (share right)",
    "Discrimination (point-biserial)", "Most-chosen wrong answer", "Times chosen", "Flags",
]  # fmt: skip


def _safe(value):
    """Stops a spreadsheet treating text as a formula (CSV injection)."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


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
            row.last_active_at.strftime("%Y-%m-%d") if row.last_active_at else "",
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
            None if r.stats.discrimination is None else round(r.stats.discrimination, 2),
            r.wrong_option_text,
            r.stats.most_chosen_wrong_count or "",
            "; ".join(r.stats.flags),
        ]
        for r in items
    ]
    return ITEM_HEADER, rows


def csv_response(header, rows, *, filename: str) -> HttpResponse:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows([[_safe(v) for v in row] for row in rows])
    response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def xlsx_response(header, rows, *, filename: str, title: str) -> HttpResponse:
    book = Workbook(write_only=True)
    sheet = book.create_sheet(title=title[:31])
    sheet.append(header)
    for row in rows:
        sheet.append([_safe(v) for v in row])
    buffer = io.BytesIO()
    book.save(buffer)
    response = HttpResponse(
        buffer.getvalue(),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
