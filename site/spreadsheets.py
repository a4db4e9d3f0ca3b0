"""Every file a person downloads as a spreadsheet (CSV or Excel) is written here, through one
guard: a cell that starts like a formula is made plain text, so opening an export never runs
what someone typed as their name or note (CSV injection)."""

import csv
import io
from datetime import date, datetime

from django.http import HttpResponse
from django.utils import timezone
from django.utils.functional import Promise
from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

# What a spreadsheet reads as the start of a formula (tab and carriage return too: Excel skips
# them and reads on).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
# Tells Excel the file is UTF-8, so names with accents survive.
BYTE_ORDER_MARK = "\ufeff"
# Dates and times are real Excel dates (they sort and filter), shown the way people write them.
EXCEL_DATE_FORMAT = "d mmmm yyyy"
EXCEL_DATETIME_FORMAT = "d mmmm yyyy h:mm AM/PM"
# Column widths in characters: wide enough for the longest value, within reason.
MIN_WIDTH, MAX_WIDTH = 8, 60


def neutralise(value):
    """The value as a spreadsheet cell: text that starts like a formula gets a leading
    apostrophe, which spreadsheets show as text; anything else is unchanged. A translated label
    (a lazy string) becomes its text in the active language first."""
    if isinstance(value, Promise):
        value = str(value)
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _local(value):
    """A datetime in the service's time zone, without the zone (Excel stores no zone)."""
    if isinstance(value, datetime) and timezone.is_aware(value):
        return timezone.make_naive(value)
    return value


def _csv_cell(value):
    value = _local(value)
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return neutralise(value)


def csv_text(header, rows) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([neutralise(cell) for cell in header])
    writer.writerows([_csv_cell(cell) for cell in row] for row in rows)
    return buffer.getvalue()


def _attachment(response: HttpResponse, filename: str) -> HttpResponse:
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def csv_response(header, rows, *, filename: str, byte_order_mark: bool = False) -> HttpResponse:
    text = csv_text(header, rows)
    if byte_order_mark:
        text = BYTE_ORDER_MARK + text
    return _attachment(HttpResponse(text, content_type="text/csv; charset=utf-8"), filename)


def _display_width(value) -> int:
    if value is None:
        return 0
    if isinstance(value, datetime):
        return 22
    if isinstance(value, date):
        return 17
    return max((len(line) for line in str(value).splitlines()), default=0)


def xlsx_workbook(header, rows, *, title: str) -> Workbook:
    """One sheet: a bold header row that stays in view as you scroll, real date cells, and
    columns wide enough to read."""
    book = Workbook()
    sheet = book.active
    sheet.title = str(title)[:31]  # Excel's limit on a sheet's name
    sheet.append([neutralise(cell) for cell in header])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    widths = [_display_width(cell) for cell in header]
    for row in rows:
        values = [_local(cell) for cell in row]
        sheet.append([neutralise(value) for value in values])
        for column, value in enumerate(values):
            if column < len(widths):
                widths[column] = max(widths[column], _display_width(value))
            else:
                widths.append(_display_width(value))
    for cells in sheet.iter_rows(min_row=2):
        for cell in cells:
            if isinstance(cell.value, datetime):
                cell.number_format = EXCEL_DATETIME_FORMAT
            elif isinstance(cell.value, date):
                cell.number_format = EXCEL_DATE_FORMAT
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = min(
            max(width + 2, MIN_WIDTH), MAX_WIDTH
        )
    sheet.freeze_panes = "A2"
    return book


def xlsx_response(header, rows, *, filename: str, title: str) -> HttpResponse:
    buffer = io.BytesIO()
    xlsx_workbook(header, rows, title=title).save(buffer)
    return _attachment(HttpResponse(buffer.getvalue(), content_type=XLSX_CONTENT_TYPE), filename)


class NeutralisedExportMixin:
    """For a Wagtail admin index view with ``list_export``: Wagtail writes its CSV and Excel
    rows through ``preprocess_field_value``, so every exported cell passes the same guard."""

    def preprocess_field_value(self, field, value, export_format):
        return neutralise(super().preprocess_field_value(field, value, export_format))
