"""Turning a person's tables into the files they download: one JSON document, and a ZIP of
CSV files (one per table) that opens in any spreadsheet. Pure functions: no ORM, no clock."""

import csv
import io
import json
import zipfile
from collections.abc import Mapping

README = """A copy of everything Digital Champions for Councillors holds about you
Prepared: {generated_at}

Each CSV file is one table. The same tables are in the JSON file.

{sections}

Times are in UTC (ISO 8601). Keep this file safe: it contains your private notes.
"""


def _safe(value):
    """Stops a spreadsheet treating text (your own notes, say) as a formula."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return "" if value is None else value


def as_json(data: Mapping[str, list[dict]], *, about: Mapping[str, str], generated_at: str) -> str:
    return json.dumps(
        {"generated_at": generated_at, "about": dict(about), "data": dict(data)},
        indent=2,
        ensure_ascii=False,
        default=str,
    )


def as_csv(rows: list[dict]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    if not rows:
        writer.writerow(["note"])
        writer.writerow(["Nothing recorded."])
        return buffer.getvalue()
    columns = list(rows[0])
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_safe(row.get(column)) for column in columns])
    return buffer.getvalue()


def as_zip(data: Mapping[str, list[dict]], *, about: Mapping[str, str], generated_at: str) -> bytes:
    buffer = io.BytesIO()
    sections = "\n".join(f"{name}.csv: {text}" for name, text in about.items())
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("README.txt", README.format(generated_at=generated_at, sections=sections))
        for name, rows in data.items():
            # The byte-order mark tells Excel the file is UTF-8 (names with accents survive).
            archive.writestr(f"{name}.csv", "\ufeff" + as_csv(rows))
    return buffer.getvalue()
