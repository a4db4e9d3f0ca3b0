"""Reading and checking a roster CSV: pure functions, tested without the database."""

import pytest

from councils.constants import ImportMode
from councils.roster import (
    NOT_OURS,
    KnownPerson,
    RawRow,
    RosterFileError,
    check_rows,
    import_refusal,
    plan_import,
    read_roster,
    split_name,
)

HEADER = b"name,email,position,ward,year first elected\n"


def good_file(rows: int = 2) -> bytes:
    lines = [f"Person {i},person{i}@example.org,backbench,Ward {i},2022" for i in range(rows)]
    return HEADER + "\n".join(lines).encode()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "The file is empty"),
        (b"  \n\n ", "The file is empty"),
        (b"PK\x03\x04\x14\x00\x06\x00rest-of-a-workbook", "Excel workbook"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1old-excel", "Excel workbook"),
        (b"%PDF-1.7\n%binary", "PDF"),
        ("name,email\n".encode("utf-16"), "UTF-16"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data"),
        ("name,email,position\nSi\u00e2n Jones,sian@example.org,leader\n".encode("latin-1"),
         "not saved as UTF-8 (the first problem is on line 2)"),
        (b"councillor list 2026\nfoo,bar\n", "has no name, email or position column"),
        (b"full name,e-mail\nA,a@example.org\n", "has no position column"),
        (b"name,email,position,email\nA,a@example.org,leader,b@example.org\n", "appears twice"),
        (HEADER, "no councillors under them"),
        (HEADER + b'"Unclosed,quote@example.org,leader\n' + b"x" * 200_000, "could not be read"),
        (b"x" * (2 * 1024 * 1024 + 1), "The largest roster we accept is 2 MB"),
    ],
)  # fmt: skip
def test_malformed_files_get_a_clear_message(data, message):
    with pytest.raises(RosterFileError, match=message.replace("(", r"\(").replace(")", r"\)")):
        read_roster(data)


def test_ten_megabytes_of_junk_is_refused_before_it_is_read():
    with pytest.raises(RosterFileError, match="10.0 MB"):
        read_roster(b"\xde\xad\xbe\xef" * (10 * 1024 * 1024 // 4))


def test_more_than_ten_thousand_rows_is_refused():
    with pytest.raises(RosterFileError, match="more than 10,000 councillors"):
        read_roster(good_file(10_001))


def test_a_good_file_reads_into_rows_with_their_line_numbers():
    data = (
        "\ufeffName, Email Address ,Position,Ward,Year_First_Elected,Notes\n"
        "Siân Jones,SIAN@Example.org ,Leader,Canal Side,2019,ignored\n"
        "\n"
        ",,,,\n"
        "Bob,bob@example.org,backbench\n"
    ).encode()
    rows = read_roster(data)
    assert rows == (
        RawRow(2, "Siân Jones", "SIAN@Example.org", "Leader", "Canal Side", "2019"),
        RawRow(5, "Bob", "bob@example.org", "backbench", "", ""),
    )
    assert RawRow.from_dict(rows[0].as_dict()) == rows[0]


def test_windows_line_endings_and_quoted_commas_are_read():
    data = b'name,email,position,ward\r\n"Smith, Jo",jo@example.org,chair,"Mill Lane, North"\r\n'
    (row,) = read_roster(data)
    assert (row.name, row.ward, row.line) == ("Smith, Jo", "Mill Lane, North", 2)


def rows(*cells):
    return [RawRow(i + 2, *c) for i, c in enumerate(cells)]


def test_each_row_problem_has_its_own_message():
    checked = check_rows(
        rows(
            ("", "a@example.org", "leader"),
            ("Bad Email", "not-an-email", "cabinet"),
            ("Dup One", "dup@example.org", "chair"),
            ("Dup Two", "DUP@example.org", "chair"),
            ("Mayor", "mayor@example.org", "lord mayor"),
            ("No Position", "np@example.org", ""),
            ("Elsewhere", "taken@example.org", "backbench"),
            ("Old", "old@example.org", "backbench", "", "1890"),
            ("Words", "words@example.org", "backbench", "", "last year"),
            ("Fine", "fine@example.org", "Cabinet member", "Old Town", "2024"),
        ),
        emails_elsewhere={"taken@example.org"},
        this_year=2026,
    )
    errors = {row.name or "(blank)": row.errors for row in checked}
    assert errors["(blank)"] == ("Enter the councillor's name",)
    assert errors["Bad Email"] == (
        "Enter an email address in the correct format, like name@example.org",
    )
    assert errors["Dup One"] == ("This email address is also on line 5 of the file",)
    assert errors["Dup Two"] == ("This email address is also on line 4 of the file",)
    assert errors["Mayor"] == (
        "'lord mayor' is not a position we know. Use leader, cabinet, chair, scrutiny or backbench",
    )
    assert errors["No Position"] == (
        "Enter a position: leader, cabinet, chair, scrutiny or backbench",
    )
    assert errors["Elsewhere"] == (NOT_OURS,)
    assert errors["Old"] == ("Year first elected must be between 1950 and 2026",)
    assert errors["Words"] == ("Year first elected must be a year, like 2022, or left empty",)
    fine = checked[-1]
    assert fine.valid
    assert (fine.position, fine.year_first_elected, fine.first_name, fine.last_name) == (
        "cabinet",
        2024,
        "Fine",
        "",
    )


def test_names_split_into_first_and_last():
    assert split_name("Mary Ann  Smith") == ("Mary Ann", "Smith")
    assert split_name("Cher") == ("Cher", "")


def test_the_plan_says_who_is_new_updated_back_and_leaving():
    checked = check_rows(
        rows(
            ("New Person", "new@example.org", "backbench"),
            ("Staff Member", "staff@example.org", "backbench"),
            ("Still Here", "here@example.org", "chair"),
            ("Came Back", "back@example.org", "scrutiny"),
            ("Typo Row", "typo@example.org", "mayor"),
        ),
        emails_elsewhere=set(),
        this_year=2026,
    )
    plan = plan_import(
        checked,
        council_id=1,
        known={
            "staff@example.org": KnownPerson(user_id=10, council_id=None),
            "here@example.org": KnownPerson(user_id=11, council_id=1),
            "back@example.org": KnownPerson(user_id=12, council_id=1, left=True),
            "typo@example.org": KnownPerson(user_id=13, council_id=1),
        },
        current_emails={"here@example.org", "typo@example.org", "gone@example.org"},
    )
    # An existing account on no roster is not this council's to take over.
    assert [r.name for r in plan.new] == ["New Person"]
    assert [r.name for r in plan.updated] == ["Still Here"]
    assert [r.name for r in plan.returning] == ["Came Back"]
    # Someone whose row has a problem is still in the file, so is not marked as left.
    assert plan.leaving == ("gone@example.org",)
    assert [r.name for r in plan.skipped] == ["Typo Row"]
    assert import_refusal(plan, ImportMode.ALL).startswith(
        "You cannot import all rows because 1 row has problems"
    )
    assert import_refusal(plan, ImportMode.VALID) is None


def test_a_plan_with_no_valid_rows_cannot_be_imported_either_way():
    checked = check_rows(rows(("", "", "")), emails_elsewhere=set(), this_year=2026)
    plan = plan_import(checked, council_id=1, known={}, current_emails=set())
    assert import_refusal(plan, ImportMode.VALID) == (
        "There are no valid rows to import. Fix the file and upload it again."
    )
