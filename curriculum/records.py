"""The content as plain, frozen data: what curriculum.reader makes of the files and what
curriculum.services writes. No database."""

import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path

QUIZ_SLUG = "quiz"  # a module's quiz is at <module>/quiz/
QUIZ_MINUTES = 10  # a module's time is its lessons' minutes plus this for the quiz


def stable_id(*parts) -> str:
    """Question and option ids. Attempts store them, so they must never change: the prefix is
    the one the first (demo) seeder used, and a question's id comes from its key alone."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "champions-demo:" + ":".join(map(str, parts))))


@dataclass(frozen=True)
class Block:
    type: str
    value: object  # Markdown text, or the block's fields as plain data
    line: int


@dataclass(frozen=True)
class Lesson:
    slug: str
    title: str
    minutes: int
    summary: str
    blocks: tuple[Block, ...]
    path: Path


@dataclass(frozen=True)
class Option:
    text: str
    correct: bool
    feedback: str


@dataclass(frozen=True)
class Question:
    key: str
    kind: str
    text: str
    explanation: str
    options: tuple[Option, ...]

    @property
    def id(self) -> str:
        return stable_id(self.key)

    def option_id(self, n: int) -> str:
        return stable_id(self.key, n)


@dataclass(frozen=True)
class Quiz:
    slug: str
    kind: str
    title: str
    introduction: str
    questions_per_attempt: int
    pass_mark: int
    check_in: tuple[str, ...]  # instrument item keys asked after the quiz
    questions: tuple[Question, ...]
    path: Path


@dataclass(frozen=True)
class Module:
    number: int
    slug: str
    title: str
    kind: str
    summary: str
    outcomes: tuple[str, ...]
    questions_for_officers: tuple[str, ...]
    case_studies: tuple[dict, ...]
    lessons: tuple[Lesson, ...]
    quiz: Quiz | None
    path: Path

    @property
    def estimated_minutes(self) -> int:
        return sum(lesson.minutes for lesson in self.lessons) + QUIZ_MINUTES


@dataclass(frozen=True)
class Programme:
    slug: str
    title: str
    introduction: str  # HTML
    modules: tuple[Module, ...]
    tests: tuple[Quiz, ...]  # the knowledge pre-test and post-test
    path: Path


@dataclass(frozen=True)
class Section:
    heading: str
    text: str  # HTML


@dataclass(frozen=True)
class StandardPage:
    slug: str
    title: str
    lead: str
    sections: tuple[Section, ...]
    last_reviewed: date | None
    path: Path
    contact: str = ""  # which service contact the page shows: champions.pages.models.PageContact


@dataclass(frozen=True)
class HomePage:
    slug: str
    title: str
    lead: str
    sections: tuple[Section, ...]
    site_name: str
    path: Path


@dataclass(frozen=True)
class InstrumentItem:
    key: str
    dimension: str
    text: str
    retro_text: str
    reverse_coded: bool
    module: str | None  # the slug of the module that builds it


@dataclass(frozen=True)
class Content:
    home: HomePage
    pages: tuple[StandardPage, ...]
    programme: Programme
    instrument: tuple[InstrumentItem, ...]

    def quizzes(self) -> list[Quiz]:
        modules = [m.quiz for m in self.programme.modules if m.quiz is not None]
        return modules + list(self.programme.tests)
