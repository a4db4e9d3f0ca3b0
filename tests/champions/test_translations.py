"""The Welsh catalogues are complete and current, and our templates show no untranslated English.

Three guards (docs/welsh.md, "The completeness test"):
- every catalogue compiles with 0 untranslated and 0 fuzzy entries (gettext's msgfmt);
- every committed catalogue is current: makemessages run on a copy of the app finds no string
  that the committed .po lacks (a string marked without its Welsh fails here);
- no template outside NOT_YET_TRANSLATED shows English words outside the translate tags, in its
  text or in the attributes a person meets (alt, aria-label, title, placeholder).
"""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from django.template.base import Lexer, TokenType

ROOT = Path(__file__).resolve().parents[2]
# Debian's gettext (make setup needs it too: it compiles the catalogues).
GETTEXT = {tool: shutil.which(tool) or tool for tool in ("msgfmt", "msgcmp")}

# Folders whose templates are not all marked for translation yet. Whoever finishes a folder
# removes it from this tuple (one per line, so merges stay easy).
NOT_YET_TRANSLATED = ()

# Pages that cannot know the language, so they say everything in English and then in Welsh.
BILINGUAL_BY_DESIGN = (
    "site/templates/500.html",
    "site/templates/503.html",
    # "No Welsh version yet", said in both: the reader may not read Welsh.
    "site/templates/pages/translation_missing.html",
)

# Words that are the same in both languages: the switcher's own names and the brand.
SAME_IN_BOTH = ("GOV.UK", "English", "Cymraeg")

VISIBLE_ATTRIBUTES = re.compile(
    r"""\b(?:alt|aria-label|title|placeholder)\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.IGNORECASE
)
WORD = re.compile(r"[A-Za-z]{2,}")


def _our_folders():
    return sorted(
        path.name
        for path in ROOT.iterdir()
        if path.is_dir() and not path.name.startswith(".") and (path / "apps.py").exists()
    )


def _catalogues():
    return sorted(ROOT.glob("*/locale/cy/LC_MESSAGES/django.po"))


def _catalogue_id(path):
    return path.relative_to(ROOT).parts[0]


@pytest.mark.parametrize("po", _catalogues(), ids=_catalogue_id)
def test_every_entry_of_the_catalogue_has_its_welsh(po):
    result = subprocess.run(  # noqa: S603 - gettext's msgfmt with fixed arguments
        [GETTEXT["msgfmt"], "--check", "--statistics", "-o", "/dev/null", str(po)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    statistics = result.stderr.strip()
    assert "untranslated" not in statistics, f"{po}: {statistics}"
    assert "fuzzy" not in statistics, f"{po}: {statistics}"


@pytest.mark.parametrize("po", _catalogues(), ids=_catalogue_id)
def test_the_committed_catalogue_has_every_string_marked_in_the_code(po, tmp_path):
    folder = ROOT / _catalogue_id(po)
    copy = tmp_path / folder.name
    shutil.copytree(
        folder, copy, ignore=shutil.ignore_patterns("__pycache__", "*.mo", "migrations", "tests")
    )
    subprocess.run(  # noqa: S603 - our own manage.py with fixed arguments
        [sys.executable, str(ROOT / "manage.py"), "makemessages", "-l", "cy", "--no-obsolete"],
        cwd=copy,
        capture_output=True,
        text=True,
        check=True,
    )
    # msgcmp: every msgid of the regenerated catalogue must be in the committed one, translated.
    result = subprocess.run(  # noqa: S603 - gettext's msgcmp with fixed arguments
        [GETTEXT["msgcmp"], "-N", str(po), str(copy / "locale/cy/LC_MESSAGES/django.po")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, (
        f"{po} is behind the code: run `make messages` and translate the new entries.\n"
        + result.stderr
    )


def test_every_finished_folder_has_a_welsh_catalogue():
    missing = [
        folder
        for folder in _our_folders()
        if folder not in NOT_YET_TRANSLATED
        and (ROOT / folder / "templates").is_dir()
        and not (ROOT / folder / "locale/cy/LC_MESSAGES/django.po").exists()
    ]
    assert missing == []


def visible_english(source):
    """The English words a template shows outside translate tags, as a list of snippets."""
    pieces, skipping = [], None
    for token in Lexer(source).tokenize():
        if token.token_type == TokenType.BLOCK:
            name = token.contents.split()[0] if token.contents else ""
            if skipping:
                if name == skipping:
                    skipping = None
            elif name in ("blocktranslate", "blocktrans"):
                skipping = "endblocktranslate" if name == "blocktranslate" else "endblocktrans"
            elif name == "comment":
                skipping = "endcomment"
            pieces.append(" ")
        elif token.token_type == TokenType.TEXT and not skipping:
            pieces.append(token.contents)
        else:
            pieces.append(" ")
    text = "".join(pieces)
    text = re.sub(r"<!--.*?-->", " ", text, flags=re.DOTALL)
    text = re.sub(r"<(script|style)\b.*?</\1>", " ", text, flags=re.DOTALL | re.IGNORECASE)
    found = []
    for match in VISIBLE_ATTRIBUTES.finditer(text):
        value = match.group(1) or match.group(2) or ""
        if _words(value):
            found.append(match.group(0))
    text = re.sub(r"<[^>]*>", " ", text)
    text = re.sub(r"&#?\w+;", " ", text)
    for line in text.splitlines():
        if _words(line):
            found.append(line.strip())
    return found


def _words(text):
    for same in SAME_IN_BOTH:
        text = text.replace(same, " ")
    return WORD.findall(text)


def _templates():
    for folder in _our_folders():
        if folder in NOT_YET_TRANSLATED:
            continue
        for path in sorted((ROOT / folder).glob("**/templates/**/*")):
            relative = str(path.relative_to(ROOT))
            if (
                path.is_file()
                and path.suffix in (".html", ".txt")
                and relative not in BILINGUAL_BY_DESIGN
            ):
                yield path


@pytest.mark.parametrize("template", list(_templates()), ids=lambda p: str(p.relative_to(ROOT)))
def test_the_template_shows_no_english_outside_translate_tags(template):
    assert visible_english(template.read_text()) == []


def test_the_scan_finds_english_text_and_attributes_but_not_marked_strings():
    source = """{% load i18n %}<!DOCTYPE html><html lang="{{ lang }}">
      <!-- a comment in English -->
      <h1>{% translate "Sign in" %}</h1>
      <p>{% blocktranslate with name=x %}Hello {{ name }}{% endblocktranslate %}</p>
      <a href="{{ url }}" class="govuk-link">GOV.UK</a> &nbsp; {{ value }}
      <img alt="{% translate 'A chart' %}" src="x.png">"""
    assert visible_english(source) == []
    assert visible_english("<p>Sign in</p>") == ["Sign in"]
    assert visible_english('<input placeholder="Your name">') == ['placeholder="Your name"']
    assert visible_english('<a href="{{ u }}" title="Opens">{% translate "x" %}</a>') == [
        'title="Opens"'
    ]
