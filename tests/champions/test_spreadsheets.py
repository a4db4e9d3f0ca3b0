"""The one spreadsheet formula guard, and the CSV and Excel files written through it."""

import csv
import io

import pytest
from openpyxl import load_workbook

from champions.spreadsheets import csv_response, csv_text, neutralise, xlsx_response


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"),
        ("+44 20 7946 0000", "'+44 20 7946 0000"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1+1", "'\t=1+1"),
        ("\r=1+1", "'\r=1+1"),
        ("Jo = Example", "Jo = Example"),
        ("plain", "plain"),
        ("", ""),
        ("'=already quoted", "'=already quoted"),
        (-3, -3),
        (2.5, 2.5),
        (None, None),
    ],
)
def test_the_guard_quotes_text_that_starts_like_a_formula_and_nothing_else(value, expected):
    assert neutralise(value) == expected


def test_a_csv_guards_every_cell_and_writes_none_as_empty():
    text = csv_text(["=Name", "n"], [["=cmd", None], ["ok", -1]])
    assert list(csv.reader(io.StringIO(text))) == [["'=Name", "n"], ["'=cmd", ""], ["ok", "-1"]]


def test_a_csv_download_is_an_attachment_with_an_optional_byte_order_mark():
    plain = csv_response(["a"], [["=cmd"]], filename="x.csv")
    assert plain["Content-Disposition"] == 'attachment; filename="x.csv"'
    assert plain["Content-Type"] == "text/csv; charset=utf-8"
    assert plain.content.decode() == "a\r\n'=cmd\r\n"
    marked = csv_response(["a"], [["é"]], filename="x.csv", byte_order_mark=True)
    assert marked.content.decode("utf-8") == "\ufeffa\r\né\r\n"


def test_an_excel_download_guards_every_cell_and_names_its_sheet():
    response = xlsx_response(["a", "b"], [["=cmd", 3]], filename="x.xlsx", title="L" * 40)
    assert response["Content-Disposition"] == 'attachment; filename="x.xlsx"'
    sheet = load_workbook(io.BytesIO(response.content)).active
    assert sheet.title == "L" * 31
    assert list(sheet.iter_rows(values_only=True)) == [("a", "b"), ("'=cmd", 3)]


def test_an_excel_file_has_a_bold_frozen_header_readable_widths_and_real_dates():
    from datetime import UTC, date, datetime

    active = datetime(2026, 12, 6, 15, 37, tzinfo=UTC)
    response = xlsx_response(
        ["Name", "Joined", "Last active"],
        [["A councillor with a long name indeed", date(2026, 9, 1), active], ["B", None, None]],
        filename="x.xlsx",
        title="Learners",
    )
    sheet = load_workbook(io.BytesIO(response.content)).active
    assert sheet.freeze_panes == "A2"
    assert all(cell.font.bold for cell in sheet[1])
    assert not sheet["A2"].font.bold
    joined, last_active = sheet["B2"], sheet["C2"]
    assert joined.is_date and joined.value.date() == date(2026, 9, 1)
    assert joined.number_format == "d mmmm yyyy"
    assert last_active.is_date and last_active.value == datetime(2026, 12, 6, 15, 37)  # UK time
    assert "h:mm" in last_active.number_format
    assert sheet.column_dimensions["A"].width >= len("A councillor with a long name indeed")
    assert sheet.column_dimensions["B"].width >= 8


def test_a_csv_writes_dates_as_iso_dates_and_times_in_uk_time():
    from datetime import UTC, date, datetime

    text = csv_text(["d", "t"], [[date(2026, 9, 1), datetime(2026, 7, 1, 14, 37, tzinfo=UTC)]])
    assert list(csv.reader(io.StringIO(text)))[1] == ["2026-09-01", "2026-07-01 15:37"]


def test_translated_labels_are_written_as_text_in_the_active_language_and_guarded():
    """Choice labels are lazy translations: Excel needs plain text, and the guard must see it."""
    from django.utils import translation
    from django.utils.translation import gettext_lazy

    assert neutralise(gettext_lazy("=SUM(A1)")) == "'=SUM(A1)"
    with translation.override("cy"):
        response = xlsx_response(
            [gettext_lazy("Email")],
            [[gettext_lazy("Sign in")]],
            filename="x.xlsx",
            title=gettext_lazy("Email"),
        )
    sheet = load_workbook(io.BytesIO(response.content)).active
    assert [cell.value for cell in sheet[1]] == ["E-bost"] and sheet["A2"].value == "Mewngofnodi"
    assert sheet.title == "E-bost"
