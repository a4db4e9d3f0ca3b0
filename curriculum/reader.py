"""Reads each file of content/ and checks it; cross-checks what no single file can know.
Collects every problem (file, line, reason) instead of stopping at the first."""

import re
from pathlib import Path

from django.core.exceptions import ValidationError

from champions.pages.models import PageContact
from courses.blocks import CaseStudyBlock, LessonBodyBlock
from courses.constants import ModuleKind
from quizzes.constants import QuizKind

from .parsing import (
    Fields,
    Problem,
    YamlError,
    html_text,
    load_yaml,
    split_fences,
    split_front_matter,
)
from .quiz_reader import QuizReading, messages, plain
from .records import (
    QUIZ_SLUG,
    Block,
    Content,
    HomePage,
    Lesson,
    Module,
    Programme,
    Section,
    StandardPage,
)

PAGE_CONTACTS = [value for value in PageContact.values if value]
FENCED_BLOCKS = ["callout", "case_study", "media", "reflection", "takeaways", "further_reading"]
_LESSON_BLOCKS = LessonBodyBlock().child_blocks
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_NUMBERED = re.compile(r"^(\d+)-")


class Reader(QuizReading):
    def __init__(self, root: Path):
        self.root = root
        self.problems: list[Problem] = []

    # --- files ---------------------------------------------------------------------------------

    def shown(self, path: Path) -> Path:
        """A path as an author knows it: content/modules/..., whatever the folder is called."""
        return path.relative_to(self.root.parent)

    def problem(self, path: Path, line: int, reason: str) -> None:
        self.problems.append(Problem(self.shown(path), line, reason))

    def fields(self, data, path: Path, what: str, line: int = 1) -> Fields:
        return Fields(data, path=self.shown(path), line=line, what=what, problems=self.problems)

    def text_of(self, path: Path) -> str | None:
        if not path.is_file():
            self.problem(path, 1, "this file is missing")
            return None
        return path.read_text(encoding="utf-8")

    def yaml_file(self, path: Path):
        text = self.text_of(path)
        if text is None:
            return None
        try:
            return load_yaml(text)
        except YamlError as error:
            self.problem(path, error.line, error.reason)
            return None

    def markdown_file(self, path: Path):
        """(front matter, body, the body's first line), or None if the file cannot be read."""
        text = self.text_of(path)
        if text is None:
            return None
        try:
            front, body, body_line = split_front_matter(text)
            return load_yaml(front, first_line=2), body, body_line
        except YamlError as error:
            self.problem(path, error.line, error.reason)
            return None

    # --- the whole ------------------------------------------------------------------------------

    def read(self) -> Content | None:
        if not self.root.is_dir():
            self.problem(self.root, 1, "there is no content folder here")
            return None
        home = self.home(self.root / "pages" / "home.md")
        pages = tuple(
            page
            for path in sorted((self.root / "pages").glob("*.md"))
            if path.name != "home.md" and (page := self.standard_page(path)) is not None
        )
        programme = self.programme()
        instrument = self.instrument(self.root / "instrument.yaml")
        if not self.problems:
            self.cross_check(home, pages, programme, instrument)
        return Content(home=home, pages=pages, programme=programme, instrument=instrument)

    def cross_check(self, home, pages, programme, instrument) -> None:
        """What no single file can know: slugs unique among siblings, question keys unique
        everywhere, and every item key or module slug pointing at something that exists."""
        self.unique(
            [(p.slug, p.path) for p in pages] + [(programme.slug, programme.path)],
            "page slug",
        )
        self.unique(
            [(m.slug, m.path / "module.md") for m in programme.modules]
            + [(t.slug, t.path) for t in programme.tests],
            "slug under the programme",
        )
        self.unique([(m.number, m.path / "module.md") for m in programme.modules], "module number")
        for module in programme.modules:
            children = [(lesson.slug, lesson.path) for lesson in module.lessons]
            if module.quiz is not None:
                children.append((QUIZ_SLUG, module.quiz.path))
            self.unique(children, f"slug in module {module.number}")
        quizzes = [m.quiz for m in programme.modules if m.quiz] + list(programme.tests)
        self.unique(
            [(q.key, quiz.path) for quiz in quizzes for q in quiz.questions], "question key"
        )
        keys = {item.key for item in instrument}
        for quiz in quizzes:
            for key in quiz.check_in:
                if key not in keys:
                    self.problem(quiz.path, 1, f"check-in item '{key}' is not in instrument.yaml")
        slugs = {module.slug for module in programme.modules}
        for item in instrument:
            if item.module and item.module not in slugs:
                self.problem(
                    self.root / "instrument.yaml",
                    1,
                    f"item {item.key} names module '{item.module}', which does not exist",
                )

    def unique(self, pairs, what: str) -> None:
        seen = {}
        for value, path in pairs:
            if value in seen:
                self.problem(
                    path, 1, f"duplicate {what} '{value}' (also in {self.shown(seen[value])})"
                )
            seen.setdefault(value, path)

    # --- pages ----------------------------------------------------------------------------------

    def sections(self, body: str, first_line: int, path: Path) -> tuple[Section, ...]:
        """## Heading lines start sections; the HTML under each is its text."""
        sections, heading, lines = [], None, []
        for number, line in enumerate(body.split("\n"), start=first_line):
            if line.startswith("## "):
                if heading is not None:
                    sections.append(Section(heading, html_text("\n".join(lines))))
                heading, lines = line[3:].strip(), []
            elif heading is None and line.strip():
                self.problem(path, number, "text before the first '## ' heading")
            else:
                lines.append(line)
        if heading is not None:
            sections.append(Section(heading, html_text("\n".join(lines))))
        for section in sections:
            if not section.text:
                self.problem(path, first_line, f"the section '{section.heading}' has no text")
        return tuple(sections)

    def home(self, path: Path) -> HomePage | None:
        parsed = self.markdown_file(path)
        if parsed is None:
            return None
        data, body, body_line = parsed
        f = self.fields(data, path, "home page")
        page = HomePage(
            slug=self.slug(f),
            title=f.text("title", max_length=255),
            lead=f.text("lead", max_length=300),
            site_name=f.text("site_name", max_length=255),
            sections=self.sections(body, body_line, path),
            path=path,
        )
        f.done()
        return page

    def standard_page(self, path: Path) -> StandardPage | None:
        parsed = self.markdown_file(path)
        if parsed is None:
            return None
        data, body, body_line = parsed
        f = self.fields(data, path, "page")
        page = StandardPage(
            slug=self.slug(f),
            title=f.text("title", max_length=255),
            lead=f.text("lead", required=False, max_length=300),
            last_reviewed=f.day("last_reviewed"),
            sections=self.sections(body, body_line, path),
            path=path,
            contact=f.choice("contact", PAGE_CONTACTS, required=False),
        )
        f.done()
        if not page.sections:
            self.problem(path, body_line, "the page has no '## ' sections")
        return page

    def slug(self, f: Fields) -> str:
        slug = f.text("slug", max_length=255)
        if slug and not _SLUG.match(slug):
            f.problem(f.line_of("slug"), f"'{slug}' is not a slug: use a-z, 0-9 and single dashes")
        return slug

    # --- the programme and its modules ---------------------------------------------------------

    def programme(self) -> Programme | None:
        path = self.root / "programme.md"
        parsed = self.markdown_file(path)
        modules = tuple(
            module
            for folder in self.numbered(self.root / "modules", dirs=True)
            if (module := self.module(folder)) is not None
        )
        tests = self.knowledge_tests(self.root / "knowledge-tests.yaml")
        if parsed is None:
            return None
        data, body, body_line = parsed
        f = self.fields(data, path, "programme")
        programme = Programme(
            slug=self.slug(f),
            title=f.text("title", max_length=255),
            introduction=html_text(body),
            modules=modules,
            tests=tests,
            path=path,
        )
        f.done()
        if not programme.introduction:
            self.problem(
                path, body_line, "the programme needs an introduction under its front matter"
            )
        if not modules:
            self.problem(self.root / "modules", 1, "there are no module folders")
        return programme

    def numbered(self, folder: Path, *, dirs: bool, suffix: str = "") -> list[Path]:
        """The entries of a folder whose names start with a number and a dash, in number order."""
        entries = []
        for path in folder.iterdir() if folder.is_dir() else []:
            if path.name.startswith(".") or path.is_dir() != dirs or not path.name.endswith(suffix):
                continue
            match = _NUMBERED.match(path.name)
            if match is None:
                self.problem(path, 1, "the name should start with a number and a dash (01-...)")
                continue
            entries.append((int(match.group(1)), path))
        return [path for _, path in sorted(entries)]

    def module(self, folder: Path) -> Module | None:
        path = folder / "module.md"
        parsed = self.markdown_file(path)
        lessons = tuple(
            lesson
            for lesson_path in self.numbered(folder / "lessons", dirs=False, suffix=".md")
            if (lesson := self.lesson(lesson_path)) is not None
        )
        if not lessons:
            self.problem(folder / "lessons", 1, "the module has no lessons")
        questions = folder / "questions.yaml"
        quiz = self.quiz(questions, QuizKind.MODULE, slug=QUIZ_SLUG) if questions.exists() else None
        if parsed is None:
            return None
        data, body, body_line = parsed
        f = self.fields(data, path, "module")
        number = f.number("number", low=1, high=99)
        folder_number = int(_NUMBERED.match(folder.name).group(1))
        if number and number != folder_number:
            f.problem(f.line_of("number"), f"number {number} does not match the folder name")
        module = Module(
            number=number,
            slug=self.slug(f),
            title=f.text("title", max_length=255),
            kind=f.choice("kind", ModuleKind.values),
            summary=f.text("summary", max_length=600),
            outcomes=self.short_texts(f, "outcomes", low=3, high=4),
            questions_for_officers=self.short_texts(f, "questions_for_officers", low=1),
            case_studies=self.case_studies(f),
            lessons=lessons,
            quiz=quiz,
            path=folder,
        )
        f.done()
        if body.strip():
            self.problem(
                path, body_line, "module.md holds only front matter; put text in 'summary'"
            )
        return module

    def short_texts(self, f: Fields, name: str, *, low: int, high: int | None = None):
        texts = f.texts(name)
        for text in texts:
            if len(text) > 300:
                f.problem(f.line_of(name), f"an item of '{name}' is longer than 300 characters")
        if len(texts) < low or (high is not None and len(texts) > high):
            count = f"{low} to {high}" if high else f"at least {low}"
            f.problem(f.line_of(name), f"'{name}' should have {count} items, not {len(texts)}")
        return texts

    def case_studies(self, f: Fields) -> tuple[dict, ...]:
        found = []
        for line, item in f.items("case_studies"):
            value = self.block_value(CaseStudyBlock(), "case study", item, f.path, line)
            if value is not None:
                found.append(value)
        if not found:
            f.problem(f.line_of("case_studies"), "'case_studies' should have at least one item")
        return tuple(found)

    # --- lessons and their blocks --------------------------------------------------------------

    def lesson(self, path: Path) -> Lesson | None:
        parsed = self.markdown_file(path)
        if parsed is None:
            return None
        data, body, body_line = parsed
        f = self.fields(data, path, "lesson")
        slug, title = self.slug(f), f.text("title", max_length=255)
        minutes = f.number("minutes", low=1, high=180)
        summary = f.text("summary", required=False, max_length=300)
        f.done()
        try:
            chunks = split_fences(body, body_line)
        except YamlError as error:
            self.problem(path, error.line, error.reason)
            return None
        lesson_blocks = tuple(
            block for chunk in chunks if (block := self.lesson_block(chunk, path)) is not None
        )
        if not lesson_blocks:
            self.problem(path, body_line, "the lesson has no text")
        return Lesson(slug, title, minutes, summary, lesson_blocks, path)

    def lesson_block(self, chunk, path: Path) -> Block | None:
        if chunk.kind is None:
            return Block("markdown", chunk.text, chunk.line)
        if chunk.kind not in FENCED_BLOCKS:
            known = ", ".join(FENCED_BLOCKS)
            self.problem(path, chunk.line, f"unknown block type '{chunk.kind}'; use one of {known}")
            return None
        try:
            data = load_yaml(chunk.text, first_line=chunk.line + 1)
        except YamlError as error:
            self.problem(path, error.line, error.reason)
            return None
        if chunk.kind in ("takeaways", "further_reading") and isinstance(data, list):
            data = {"items": data}  # a bare list is short for the block's items
        if chunk.kind == "takeaways" and isinstance(data, dict):
            data = {"heading": "Key takeaways", **data}
        block = _LESSON_BLOCKS[chunk.kind]
        value = self.block_value(block, chunk.kind, data, path, chunk.line)
        return None if value is None else Block(chunk.kind, value, chunk.line)

    def block_value(self, block, what: str, data, path: Path, line: int):
        """A struct block's fields as plain data, checked against the block's own definition:
        no unknown or missing fields, and whatever the CMS's own validation would refuse."""
        line = getattr(data, "line", line)
        if not isinstance(data, dict):
            self.problem(path, line, f"the {what} should be a set of 'name: value' fields")
            return None
        count = len(self.problems)
        for name in data:
            if name not in block.child_blocks:
                known = ", ".join(block.child_blocks)
                key_line = data.key_lines.get(name, line) if hasattr(data, "key_lines") else line
                self.problem(path, key_line, f"the {what} has an unknown field '{name}' ({known})")
        for name, child in block.child_blocks.items():
            required = getattr(child, "required", False) and child.get_default() in (None, "")
            if required and name not in data:
                self.problem(path, line, f"the {what} is missing '{name}'")
        if len(self.problems) > count:
            return None
        value = plain(data)
        try:
            block.clean(block.to_python(value))
        except ValidationError as error:
            self.problem(path, line, f"the {what} is not valid: {messages(error)}")
            return None
        except (TypeError, ValueError, AttributeError):
            self.problem(path, line, f"the {what} has a field of the wrong shape")
            return None
        return value

    # --- quizzes --------------------------------------------------------------------------------
