"""Reading and checking a roster CSV: pure functions over bytes and plain data, no ORM.

``read_roster`` turns the uploaded bytes into raw rows or raises ``RosterFileError`` with a
message a council officer can act on. ``check_rows`` validates each row; the only outside
knowledge it needs (which emails belong to accounts this roster may not change) is passed in
as data.
``plan_import`` says what confirming would do: who is new, who is updated, who has left.
"""

import csv
import io
import re
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from champions.accounts.constants import Language, Position

from .constants import ROSTER_MAX_BYTES, ROSTER_MAX_ROWS, ImportMode

COLUMNS = ("name", "email", "position", "ward", "year_first_elected", "language")
REQUIRED_COLUMNS = ("name", "email", "position")
COLUMN_HEADINGS = {
    "name": "name",
    "email": "email",
    "position": "position",
    "ward": "ward",
    "year_first_elected": "year first elected",
    "language": "language",
}
# Headings people actually type, after lower-casing and turning _ and - into spaces.
HEADING_ALIASES = {
    "name": {"name", "full name", "councillor", "councillor name"},
    "email": {"email", "email address", "e mail", "e mail address"},
    "position": {"position", "role"},
    "ward": {"ward", "division", "ward or division", "electoral ward"},
    "year_first_elected": {"year first elected", "first elected", "year elected"},
    "language": {"language", "iaith", "preferred language", "language for emails"},
}
# The language we write to them in (Welsh Language Standards): blank keeps what they chose.
LANGUAGE_LOOKUP = {
    "english": Language.ENGLISH, "en": Language.ENGLISH, "en-gb": Language.ENGLISH,
    "saesneg": Language.ENGLISH,
    "welsh": Language.WELSH, "cy": Language.WELSH, "cymraeg": Language.WELSH,
}  # fmt: skip
POSITION_ALIASES = {
    Position.LEADER: {"leader", "council leader", "leader of the council"},
    Position.CABINET: {
        "cabinet", "cabinet member", "executive member", "portfolio holder", "deputy leader",
    },
    Position.CHAIR: {
        "chair", "committee chair", "chairman", "chairwoman", "chairperson", "convener",
    },
    Position.SCRUTINY: {"scrutiny", "scrutiny member", "scrutiny committee member"},
    Position.BACKBENCH: {
        "backbench", "backbencher", "backbench or ward member", "ward member", "ward councillor",
        "councillor", "member",
    },
}  # fmt: skip
POSITION_LOOKUP = {
    alias: position for position, aliases in POSITION_ALIASES.items() for alias in aliases
} | {p.label.lower(): p.value for p in Position}
POSITION_HINT = "leader, cabinet, chair, scrutiny or backbench"
FIRST_YEAR = 1950
SAVE_AS = _("In Excel, choose File, Save As, then 'CSV UTF-8 (Comma delimited) (*.csv)'.")


# The same words for every account a roster may not change, so a preview never says whether an
# address belongs to another council, a member of staff or an admin.
NOT_OURS = _(
    "This row will not be imported: the email address belongs to an account this roster "
    "cannot change. If this is one of your councillors, ask the platform team for help"
)


class RosterFileError(Exception):
    """The file as a whole cannot be read; nothing in it is imported."""


@dataclass(frozen=True)
class RawRow:
    """One data row as text, with the line it came from."""

    line: int
    name: str = ""
    email: str = ""
    position: str = ""
    ward: str = ""
    year_first_elected: str = ""
    language: str = ""

    def as_dict(self) -> dict:
        return {"line": self.line, **{c: getattr(self, c) for c in COLUMNS}}

    @classmethod
    def from_dict(cls, data: Mapping) -> "RawRow":
        return cls(line=int(data["line"]), **{c: str(data.get(c, "")) for c in COLUMNS})


@dataclass(frozen=True)
class CheckedRow:
    line: int
    name: str
    email: str  # normalised (trimmed, lower case) whether valid or not
    position: str  # a Position value when valid, else what the file said
    ward: str
    year_first_elected: int | None
    year_text: str
    errors: tuple[str, ...] = ()
    language: str = ""  # a Language value, or blank: keep what the person chose

    @property
    def valid(self) -> bool:
        return not self.errors

    @property
    def first_name(self) -> str:
        return split_name(self.name)[0]

    @property
    def last_name(self) -> str:
        return split_name(self.name)[1]

    @property
    def position_label(self) -> str:
        try:
            return Position(self.position).label
        except ValueError:
            return self.position


def _heading(text: str) -> str:
    return " ".join(re.sub(r"[_\-]", " ", text.strip().lower()).split())


def _sniff_binary(data: bytes) -> str | None:
    if data.startswith(b"PK\x03\x04") or data.startswith(b"\xd0\xcf\x11\xe0"):
        return gettext("This is an Excel workbook, not a CSV file. %(save_as)s") % {
            "save_as": SAVE_AS
        }
    if data.startswith(b"%PDF"):
        return gettext("This is a PDF, not a CSV file. Upload the spreadsheet saved as CSV UTF-8.")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return gettext("This file is saved as UTF-16 ('Unicode text'), not UTF-8. %(save_as)s") % {
            "save_as": SAVE_AS
        }
    if b"\x00" in data:
        return gettext(
            "This does not look like a CSV file (it contains binary data). %(save_as)s"
        ) % {"save_as": SAVE_AS}
    return None


def read_roster(data: bytes) -> tuple[RawRow, ...]:
    """The data rows of a roster CSV, or ``RosterFileError`` saying what is wrong with it."""
    if not data.strip():
        raise RosterFileError(gettext("The file is empty."))
    if len(data) > ROSTER_MAX_BYTES:
        raise RosterFileError(
            gettext(
                "The file is %(size).1f MB. The largest roster we accept is %(limit)d MB "
                "(5,000 councillors is about 0.5 MB): check you chose the right file."
            )
            % {"size": len(data) / 1024 / 1024, "limit": ROSTER_MAX_BYTES // 1024 // 1024}
        )
    problem = _sniff_binary(data)
    if problem:
        raise RosterFileError(problem)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise RosterFileError(
            gettext(
                "The file is not saved as UTF-8 (the first problem is on line %(line)s), so "
                "names with accents could be garbled. %(save_as)s"
            )
            % {"line": line, "save_as": SAVE_AS}
        ) from None

    reader = csv.reader(io.StringIO(text, newline=""))
    rows: list[RawRow] = []
    columns: dict[str, int] | None = None
    try:
        for cells in reader:
            cells = [c.strip() for c in cells]
            if not any(cells):
                continue
            if columns is None:
                columns = _columns(cells)
                continue
            if len(rows) >= ROSTER_MAX_ROWS:
                raise RosterFileError(
                    gettext(
                        "The file has more than %(limit)s councillors. Split it, or check you "
                        "chose the right file."
                    )
                    % {"limit": f"{ROSTER_MAX_ROWS:,}"}
                )
            values = {
                name: (cells[index] if index < len(cells) else "")
                for name, index in columns.items()
            }
            rows.append(RawRow(line=reader.line_num, **values))
    except csv.Error as error:
        raise RosterFileError(
            gettext(
                "Line %(line)s could not be read as CSV (%(error)s). Check the file was saved "
                "as CSV and that quotes are paired."
            )
            % {"line": reader.line_num, "error": error}
        ) from None
    if columns is None:
        raise RosterFileError(gettext("The file is empty."))
    if not rows:
        raise RosterFileError(
            gettext("The file has column headings but no councillors under them.")
        )
    return tuple(rows)


def _columns(cells: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for index, cell in enumerate(cells):
        heading = _heading(cell)
        for column, aliases in HEADING_ALIASES.items():
            if heading in aliases:
                if column in found:
                    raise RosterFileError(
                        gettext("The column '%(column)s' appears twice in the first row.")
                        % {"column": COLUMN_HEADINGS[column]}
                    )
                found[column] = index
    missing = [COLUMN_HEADINGS[c] for c in REQUIRED_COLUMNS if c not in found]
    if missing:
        expected = ", ".join(COLUMN_HEADINGS[c] for c in COLUMNS)
        raise RosterFileError(
            gettext(
                "The first row must be the column headings. It has no %(missing)s column. Use "
                "these headings: %(expected)s (ward, year first elected and language can be "
                "left empty)."
            )
            % {"missing": _either(missing), "expected": expected}
        )
    return found


def _either(words: list[str]) -> str:
    if len(words) == 1:
        return words[0]
    # Translators: the end of a list of column headings, for example "name, email or position".
    return gettext("%(first)s or %(last)s") % {"first": ", ".join(words[:-1]), "last": words[-1]}


def split_name(name: str) -> tuple[str, str]:
    """'Mary Ann Smith' -> ('Mary Ann', 'Smith'); one word is a first name."""
    parts = name.split()
    if len(parts) < 2:
        return (name.strip(), "")
    return (" ".join(parts[:-1]), parts[-1])


def normalise_email(email: str) -> str:
    return email.strip().lower()


def check_rows(
    rows: Iterable[RawRow], *, emails_elsewhere: Collection[str], this_year: int
) -> tuple[CheckedRow, ...]:
    """Every row with its problems. ``emails_elsewhere``: lower-cased emails of existing
    accounts this council's roster may not change (anyone who is not one of its own
    councillors and nothing more). ``this_year`` bounds the year first elected."""
    rows = list(rows)
    lines_by_email: dict[str, list[int]] = defaultdict(list)
    for row in rows:
        if row.email.strip():
            lines_by_email[normalise_email(row.email)].append(row.line)
    return tuple(_check(row, lines_by_email, emails_elsewhere, this_year) for row in rows)


def _check(row: RawRow, lines_by_email, emails_elsewhere, this_year) -> CheckedRow:
    errors: list[str] = []
    name = " ".join(row.name.split())
    first, last = split_name(name)
    if not name:
        errors.append(gettext("Enter the councillor's name"))
    elif len(first) > 150 or len(last) > 150:
        errors.append(gettext("Name must be 150 characters or fewer"))

    email = normalise_email(row.email)
    if not email:
        errors.append(gettext("Enter an email address"))
    else:
        try:
            if len(email) > 254:
                raise ValidationError("too long")
            validate_email(email)
        except ValidationError:
            errors.append(
                gettext("Enter an email address in the correct format, like name@example.org")
            )
        else:
            others = [line for line in lines_by_email[email] if line != row.line]
            if others:
                where = ", ".join(str(line) for line in others)
                errors.append(
                    gettext("This email address is also on line %(lines)s of the file")
                    % {"lines": where}
                )
            if email in emails_elsewhere:
                errors.append(str(NOT_OURS))

    position = POSITION_LOOKUP.get(" ".join(row.position.lower().split()))
    if not row.position.strip():
        errors.append(gettext("Enter a position: %(positions)s") % {"positions": POSITION_HINT})
    elif position is None:
        errors.append(
            gettext("'%(position)s' is not a position we know. Use %(positions)s")
            % {"position": row.position[:60], "positions": POSITION_HINT}
        )

    ward = " ".join(row.ward.split())
    if len(ward) > 200:
        errors.append(gettext("Ward must be 200 characters or fewer"))

    year = None
    year_text = row.year_first_elected.strip()
    if year_text:
        if re.fullmatch(r"\d{4}", year_text):
            year = int(year_text)
            if not FIRST_YEAR <= year <= this_year:
                errors.append(
                    gettext("Year first elected must be between %(first)s and %(last)s")
                    % {"first": FIRST_YEAR, "last": this_year}
                )
                year = None
        else:
            errors.append(gettext("Year first elected must be a year, like 2022, or left empty"))

    language = LANGUAGE_LOOKUP.get(row.language.strip().lower(), "")
    if row.language.strip() and not language:
        errors.append(
            gettext(
                "'%(language)s' is not a language we know. Use English or Welsh, or leave it empty"
            )
            % {"language": row.language[:60]}
        )

    return CheckedRow(
        line=row.line,
        name=name,
        email=email,
        position=position or row.position.strip(),
        ward=ward,
        year_first_elected=year,
        year_text=year_text,
        errors=tuple(errors),
        language=language,
    )


@dataclass(frozen=True)
class KnownPerson:
    """Someone whose email is in the file and who already has an account."""

    user_id: int
    council_id: int | None  # their roster council, if any
    left: bool = False
    # Holds a role or permission beyond being a councillor (staff, admin, any group or
    # permission): no roster may change such an account.
    privileged: bool = False

    def roster_may_change(self, council_id: int) -> bool:
        """Only a councillor account on this council's roster (current or left) and nothing
        more: a roster never takes over anyone else's account."""
        return self.council_id == council_id and not self.privileged


@dataclass(frozen=True)
class ImportPlan:
    new: tuple[CheckedRow, ...] = ()  # no account yet
    updated: tuple[CheckedRow, ...] = ()  # already on this council's current roster
    returning: tuple[CheckedRow, ...] = ()  # on this roster before, marked as left
    leaving: tuple[str, ...] = ()  # current roster emails missing from the file
    skipped: tuple[CheckedRow, ...] = ()  # rows with problems, not imported
    rows: tuple[CheckedRow, ...] = field(default=(), repr=False)

    @property
    def to_import(self) -> tuple[CheckedRow, ...]:
        return self.new + self.updated + self.returning


def plan_import(
    rows: tuple[CheckedRow, ...],
    *,
    council_id: int,
    known: Mapping[str, KnownPerson],
    current_emails: Collection[str],
) -> ImportPlan:
    """What importing the valid rows would do. People on the current roster whose email is
    anywhere in the file (even on a row with problems) are not marked as left."""
    new, updated, returning = [], [], []
    for row in rows:
        if not row.valid:
            continue
        person = known.get(row.email)
        if person is None:
            new.append(row)
        elif not person.roster_may_change(council_id):
            continue  # check_rows refused it; kept here too, in case a caller did not
        elif person.council_id == council_id and person.left:
            returning.append(row)
        else:
            updated.append(row)
    in_file = {row.email for row in rows if row.email}
    leaving = tuple(sorted(set(current_emails) - in_file))
    return ImportPlan(
        new=tuple(new),
        updated=tuple(updated),
        returning=tuple(returning),
        leaving=leaving,
        skipped=tuple(row for row in rows if not row.valid),
        rows=rows,
    )


def import_refusal(plan: ImportPlan, mode: str) -> str | None:
    """Why this import cannot go ahead, or None."""
    if mode == ImportMode.ALL and plan.skipped:
        count = len(plan.skipped)
        return ngettext(
            "You cannot import all rows because %(count)s row has problems. Fix the file and "
            "upload it again, or import only the valid rows.",
            "You cannot import all rows because %(count)s rows have problems. Fix the file and "
            "upload it again, or import only the valid rows.",
            count,
        ) % {"count": f"{count:,}"}
    if not plan.to_import:
        return gettext("There are no valid rows to import. Fix the file and upload it again.")
    return None
