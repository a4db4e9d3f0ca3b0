"""Every file a person downloads as a spreadsheet (CSV or Excel) is written here, through one
guard: a cell that starts like a formula is made plain text, so opening an export never runs
what someone typed as their name or note (CSV injection)."""

import csv
import io

from django.http import HttpResponse
from openpyxl import Workbook

# What a spreadsheet reads as the start of a formula (tab and carriage return too: Excel skips
# them and reads on).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# Tells Excel the file is UTF-8, so names with accents survive.
BYTE_ORDER_MARK = "\ufeff"


def neutralise(value):
    """The value as a spreadsheet cell: text that starts like a formula gets a leading
    apostrophe, which spreadsheets show as text; anything else is unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def csv_text(header, rows) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([neutralise(cell) for cell in header])
    writer.writerows([neutralise(cell) for cell in row] for row in rows)
    return buffer.getvalue()


def _attachment(response: HttpResponse, filename: str) -> HttpResponse:
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def csv_response(header, rows, *, filename: str, byte_order_mark: bool = False) -> HttpResponse:
    text = csv_text(header, rows)
    if byte_order_mark:
        text = BYTE_ORDER_MARK + text
    return _attachment(HttpResponse(text, content_type="text/csv; charset=utf-8"), filename)


def xlsx_response(header, rows, *, filename: str, title: str) -> HttpResponse:
    book = Workbook(write_only=True)
    sheet = book.create_sheet(title=title[:31])  # Excel's limit on a sheet's name
    sheet.append([neutralise(cell) for cell in header])
    for row in rows:
        sheet.append([neutralise(cell) for cell in row])
    buffer = io.BytesIO()
    book.save(buffer)
    return _attachment(HttpResponse(buffer.getvalue(), content_type=XLSX_CONTENT_TYPE), filename)


class NeutralisedExportMixin:
    """For a Wagtail admin index view with ``list_export``: Wagtail writes its CSV and Excel
    rows through ``preprocess_field_value``, so every exported cell passes the same guard."""

    def preprocess_field_value(self, field, value, export_format):
        return neutralise(super().preprocess_field_value(field, value, export_format))
