"""Reads content/ into frozen dataclasses (curriculum.records) and checks it, before anything
is written anywhere. Pure: no database. Every problem carries its file, line and reason, and all
of them are reported together (ContentInvalid). The format is described in content/README.md."""

from pathlib import Path

from .parsing import ContentInvalid, Problem
from .reader import FENCED_BLOCKS, Reader
from .records import (
    QUIZ_MINUTES,
    QUIZ_SLUG,
    Block,
    Content,
    HomePage,
    InstrumentItem,
    Lesson,
    Module,
    Option,
    Programme,
    Question,
    Quiz,
    Section,
    StandardPage,
    stable_id,
)

__all__ = [
    "CONTENT_DIR", "FENCED_BLOCKS", "QUIZ_MINUTES", "QUIZ_SLUG", "Block", "Content",
    "ContentInvalid", "HomePage", "InstrumentItem", "Lesson", "Module", "Option", "Problem",
    "Programme", "Question", "Quiz", "Section", "StandardPage", "read_content", "stable_id",
]  # fmt: skip

CONTENT_DIR = Path(__file__).resolve().parents[1] / "content"


def read_content(root: Path = CONTENT_DIR) -> Content:
    """The whole of content/, checked. Raises ContentInvalid listing every problem."""
    reader = Reader(Path(root))
    content = reader.read()
    if reader.problems:
        raise ContentInvalid(reader.problems)
    return content
