"""Turning a person's tables into the files they download: one JSON document, and a ZIP of
CSV files (one per table) that opens in any spreadsheet. Pure functions: no ORM, no clock."""

import io
import json
import zipfile
from collections.abc import Mapping

from django.utils.translation import gettext, gettext_lazy

from champions.spreadsheets import BYTE_ORDER_MARK, csv_text

README = gettext_lazy("""A copy of everything Digital Champions for Councillors holds about you
Prepared: %(generated_at)s

Each CSV file is one table. The same tables are in the JSON file.

%(sections)s

Times are in UTC (ISO 8601). Keep this file safe: it contains your private notes.
""")


def as_json(data: Mapping[str, list[dict]], *, about: Mapping[str, str], generated_at: str) -> str:
    return json.dumps(
        {"generated_at": generated_at, "about": dict(about), "data": dict(data)},
        indent=2,
        ensure_ascii=False,
        default=str,
    )


def as_csv(rows: list[dict]) -> str:
    """One table as CSV, every cell through the spreadsheet formula guard (a person's own
    notes may start with "=")."""
    if not rows:
        return csv_text(["note"], [[gettext("Nothing recorded.")]])
    columns = list(rows[0])
    return csv_text(columns, ([row.get(column) for column in columns] for row in rows))


def as_zip(data: Mapping[str, list[dict]], *, about: Mapping[str, str], generated_at: str) -> bytes:
    buffer = io.BytesIO()
    sections = "\n".join(f"{name}.csv: {text}" for name, text in about.items())
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "README.txt", str(README) % {"generated_at": generated_at, "sections": sections}
        )
        for name, rows in data.items():
            archive.writestr(f"{name}.csv", BYTE_ORDER_MARK + as_csv(rows))
    return buffer.getvalue()
