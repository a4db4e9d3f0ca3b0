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
