"""The low-level reading of content files: YAML that remembers line numbers, front matter, the
fenced blocks of a lesson, and field checks. Pure: no database, no Django models."""

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import yaml


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the content: where it is and what is wrong, in plain words."""

    path: Path
    line: int
    reason: str

    def __str__(self):
        return f"{self.path}:{self.line}: {self.reason}"


class ContentInvalid(Exception):
    """Raised with every problem found, so an author can fix them all in one go."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(problem) for problem in problems))


class Mapping(dict):
    """A YAML mapping with the line it starts on and the line of each key."""

    line = 0
    key_lines: dict


class Sequence(list):
    """A YAML list with the line it starts on and the line of each item."""

    line = 0
    item_lines: list


class _Loader(yaml.SafeLoader):
    line_offset = 0

    def _line(self, node) -> int:
        return node.start_mark.line + 1 + self.line_offset


def _construct_mapping(loader: _Loader, node):
    loader.flatten_mapping(node)
    mapping = Mapping()
    mapping.line = loader._line(node)
    mapping.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in mapping:
            # PyYAML keeps the last value silently; a repeated key is almost always a slip.
            raise yaml.constructor.ConstructorError(
                None, None, f"'{key}' appears twice in the same place", key_node.start_mark
            )
        mapping[key] = loader.construct_object(value_node, deep=True)
        mapping.key_lines[key] = loader._line(key_node)
    return mapping


def _construct_sequence(loader: _Loader, node):
    sequence = Sequence(loader.construct_object(child, deep=True) for child in node.value)
    sequence.line = loader._line(node)
    sequence.item_lines = [loader._line(child) for child in node.value]
    return sequence


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)


class YamlError(Exception):
    def __init__(self, line: int, reason: str):
        self.line, self.reason = line, reason
        super().__init__(reason)


def load_yaml(text: str, *, first_line: int = 1):
    """Parses YAML that starts on `first_line` of its file; line numbers are the file's."""
    loader = _Loader(text)
    loader.line_offset = first_line - 1
    try:
        return loader.get_single_data()
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + first_line if mark else first_line
        reason = " ".join(part for part in (error.context, error.problem) if part)
        raise YamlError(line, f"this is not valid YAML: {reason}") from None
    finally:
        loader.dispose()


def split_front_matter(text: str) -> tuple[str, str, int]:
    """(front matter, body, the line the body starts on). The front matter sits between two
    lines of three dashes at the very top of the file."""
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != "---":
        raise YamlError(1, "the file must start with front matter: a line of three dashes (---)")
    for number, line in enumerate(lines[1:], start=2):
        if line.rstrip() == "---":
            return "\n".join(lines[1 : number - 1]), "\n".join(lines[number:]), number + 1
    raise YamlError(1, "the front matter has no closing line of three dashes (---)")


_FENCE = re.compile(r"^```(.*)$")


@dataclass(frozen=True)
class Chunk:
    """A piece of a lesson body: Markdown text (kind None) or a fenced block."""

    kind: str | None
    text: str
    line: int


def split_fences(body: str, first_line: int) -> list[Chunk]:
    """Splits a lesson body into Markdown text and ```name ... ``` fenced blocks."""
    chunks: list[Chunk] = []
    text: list[tuple[int, str]] = []  # (line number, line) of the Markdown being gathered

    def flush_text():
        joined = "\n".join(line for _, line in text).strip()
        if joined:
            first = next(number for number, line in text if line.strip())
            chunks.append(Chunk(None, joined, first))
        text.clear()

    lines = list(enumerate(body.split("\n"), start=first_line))
    n = 0
    while n < len(lines):
        number, line = lines[n]
        opening = _FENCE.match(line)
        n += 1
        if not opening:
            text.append((number, line))
            continue
        flush_text()
        name, inner = opening.group(1).strip(), []
        while n < len(lines) and lines[n][1].rstrip() != "```":
            inner.append(lines[n][1])
            n += 1
        if n == len(lines):
            raise YamlError(number, f"the fenced block '{name}' has no closing ```")
        chunks.append(Chunk(name, "\n".join(inner), number))
        n += 1
    flush_text()
    return chunks


_BETWEEN_TAGS = re.compile(r">[ \t]*\n\s*<")


def html_text(text: str) -> str:
    """HTML written across lines: a line break between two tags is dropped, so each paragraph
    or list item can sit on its own line and still be stored as the editor would store it."""
    return _BETWEEN_TAGS.sub("><", text.strip())


class Fields:
    """Checks a YAML mapping field by field, collecting problems instead of stopping at the
    first. `what` names the thing for messages ("lesson", "question m01-q03")."""

    def __init__(self, data, *, path: Path, line: int, what: str, problems: list[Problem]):
        self.path, self.what, self.problems = path, what, problems
        self.ok = isinstance(data, dict)
        self.data = data if self.ok else {}
        self.line = getattr(data, "line", line)
        self.used: set[str] = set()
        if not self.ok:
            self.problem(line, f"the {what} should be a set of 'name: value' fields")

    def problem(self, line: int, reason: str) -> None:
        self.problems.append(Problem(self.path, line, reason))

    def line_of(self, name: str) -> int:
        return getattr(self.data, "key_lines", {}).get(name, self.line)

    def _get(self, name, required, default):
        self.used.add(name)
        if name not in self.data or self.data[name] is None:
            if required and self.ok:
                self.problem(self.line, f"the {self.what} is missing '{name}'")
            return default, False
        return self.data[name], True

    def text(self, name: str, *, required=True, default="", max_length: int | None = None):
        value, found = self._get(name, required, default)
        if not found:
            return value
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str):
            self.problem(self.line_of(name), f"'{name}' should be text")
            return default
        if required and not value.strip():
            self.problem(self.line_of(name), f"'{name}' is empty")
        if max_length and len(value) > max_length:
            self.problem(
                self.line_of(name), f"'{name}' is {len(value)} characters; at most {max_length}"
            )
        return value

    def choice(self, name: str, choices, *, required=True, default=""):
        value = self.text(name, required=required, default=default)
        if value and value not in choices:
            allowed = ", ".join(choices)
            self.problem(
                self.line_of(name), f"'{name}' is '{value}'; it should be one of {allowed}"
            )
        return value

    def number(self, name: str, *, required=True, default=0, low=None, high=None) -> int:
        value, found = self._get(name, required, default)
        if not found:
            return value
        if isinstance(value, bool) or not isinstance(value, int):
            self.problem(self.line_of(name), f"'{name}' should be a whole number")
            return default
        if (low is not None and value < low) or (high is not None and value > high):
            self.problem(self.line_of(name), f"'{name}' should be from {low} to {high}")
        return value

    def flag(self, name: str, *, default=False) -> bool:
        value, found = self._get(name, False, default)
        if found and not isinstance(value, bool):
            self.problem(self.line_of(name), f"'{name}' should be true or false")
            return default
        return value

    def day(self, name: str, *, required=False):
        value, found = self._get(name, required, None)
        if found and not isinstance(value, date):
            self.problem(self.line_of(name), f"'{name}' should be a date such as 2026-11-25")
            return None
        return value

    def items(self, name: str, *, required=True) -> list:
        """A list, with each item's line: [(line, item), ...]."""
        value, found = self._get(name, required, [])
        if not found:
            return []
        if not isinstance(value, list):
            self.problem(self.line_of(name), f"'{name}' should be a list")
            return []
        lines = getattr(value, "item_lines", [self.line_of(name)] * len(value))
        return list(zip(lines, value, strict=True))

    def texts(self, name: str, *, required=True) -> tuple[str, ...]:
        found = []
        for line, item in self.items(name, required=required):
            if not isinstance(item, str) or not item.strip():
                self.problem(line, f"each item of '{name}' should be text")
            else:
                found.append(item)
        return tuple(found)

    def done(self) -> None:
        """Unknown fields are refused: a misspelt field would otherwise be quietly ignored."""
        for name in self.data:
            if name not in self.used:
                self.problem(self.line_of(name), f"the {self.what} has an unknown field '{name}'")
