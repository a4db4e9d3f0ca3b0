"""Reading the question banks, the knowledge tests and the self-assessment instrument: the part
of the reader (curriculum.reader.Reader) that knows about quizzes."""

from datetime import date
from pathlib import Path

from django.core.exceptions import ValidationError

from quizzes.blocks import QuestionBlock
from quizzes.constants import Dimension, QuestionKind, QuizKind

from .parsing import Problem
from .records import InstrumentItem, Option, Question, Quiz


class QuizReading:
    """Mixed into Reader, which supplies problem(), fields() and yaml_file()."""

    problems: list[Problem]

    def knowledge_tests(self, path: Path) -> tuple[Quiz, ...]:
        data = self.yaml_file(path)
        if data is None:
            return ()
        f = self.fields(data, path, "knowledge tests file")
        tests = []
        for kind in (QuizKind.PRE_TEST, QuizKind.POST_TEST):
            f.used.add(kind.value)
            if kind.value not in f.data:
                f.problem(f.line, f"the knowledge tests file is missing '{kind.value}'")
                continue
            quiz = self.quiz_fields(f.data[kind.value], path, kind, slug=None)
            if quiz is not None:
                tests.append(quiz)
        f.done()
        return tuple(tests)

    def quiz(self, path: Path, kind: str, *, slug: str) -> Quiz | None:
        data = self.yaml_file(path)
        return None if data is None else self.quiz_fields(data, path, kind, slug=slug)

    def quiz_fields(self, data, path: Path, kind: str, *, slug: str | None) -> Quiz | None:
        f = self.fields(data, path, "quiz")
        quiz = Quiz(
            slug=slug or self.slug(f),
            kind=kind,
            title=f.text("title", max_length=255),
            introduction=f.text("introduction", required=False),
            questions_per_attempt=f.number("questions_per_attempt", low=1, high=50),
            pass_mark=f.number("pass_mark", low=1, high=100),
            check_in=f.texts("check_in", required=False),
            questions=tuple(
                question
                for line, item in f.items("questions")
                if (question := self.question(item, path, line)) is not None
            ),
            path=path,
        )
        f.done()
        if not quiz.questions and f.ok:
            f.problem(f.line_of("questions"), "the quiz has no questions")
        elif quiz.questions_per_attempt > len(quiz.questions):
            f.problem(
                f.line_of("questions_per_attempt"),
                f"{quiz.questions_per_attempt} questions per attempt, "
                f"but the bank has only {len(quiz.questions)}",
            )
        return quiz

    def question(self, data, path: Path, line: int) -> Question | None:
        f = self.fields(data, path, "question", line)
        key = f.text("key", max_length=40)
        f.what = f"question {key}" if key else "question"
        kind = f.choice("kind", QuestionKind.values)
        text = f.text("text")
        explanation = f.text("explanation")
        options = []
        for option_line, item in f.items("options"):
            o = self.fields(item, path, f"option of question {key}", option_line)
            options.append(
                Option(
                    text=o.text("text", max_length=300),
                    correct=o.flag("correct"),
                    feedback=o.text("feedback", required=False),
                )
            )
            o.done()
        f.done()
        right = sum(option.correct for option in options)
        where = f.line
        if not 2 <= len(options) <= 6:
            f.problem(where, f"question {key} has {len(options)} options; it needs 2 to 6")
        if kind == QuestionKind.MULTIPLE and right < 2:
            f.problem(
                where,
                f"question {key} ('select all that apply') needs at least 2 right options, "
                f"not {right}",
            )
        if kind in (QuestionKind.SINGLE, QuestionKind.TRUE_FALSE) and right != 1:
            f.problem(
                where, f"question {key} needs exactly 1 right option (correct: true), not {right}"
            )
        if kind == QuestionKind.TRUE_FALSE and len(options) != 2:
            f.problem(where, f"question {key} is true or false, so it has exactly 2 options")
        question = Question(key, kind, text, explanation, tuple(options))
        value = {
            "kind": kind,
            "text": text,
            "explanation": explanation,
            "options": [o.__dict__ for o in options],
        }
        if f.ok and not self.problems_at(path, where):
            try:
                QuestionBlock().clean(QuestionBlock().to_python(value))
            except ValidationError as error:
                f.problem(where, f"question {key} is not valid: {messages(error)}")
        return question

    def problems_at(self, path: Path, line: int) -> bool:
        shown = self.shown(path)
        return any(p.path == shown and p.line == line for p in self.problems)

    # --- the self-assessment instrument --------------------------------------------------------

    def instrument(self, path: Path) -> tuple[InstrumentItem, ...]:
        data = self.yaml_file(path)
        if data is None:
            return ()
        f = self.fields(data, path, "instrument file")
        items = []
        for line, entry in f.items("items"):
            i = self.fields(entry, path, "instrument item", line)
            key = i.text("key", max_length=20)
            i.what = f"item {key}" if key else "instrument item"
            item = InstrumentItem(
                key=key,
                dimension=i.choice("dimension", Dimension.values),
                text=i.text("text", max_length=300),
                retro_text=i.text("retro_text", required=False, max_length=300),
                reverse_coded=i.flag("reverse_coded"),
                module=i.text("module", required=False, default=None) or None,
            )
            i.done()
            if item.reverse_coded and item.dimension != Dimension.ATTITUDE:
                i.problem(
                    i.line_of("reverse_coded"), "only attitude (A) items can be reverse coded"
                )
            items.append(item)
        f.done()
        self.unique([(item.key, path) for item in items], "instrument item key")
        return tuple(items)


def plain(data):
    """YAML's line-aware containers as plain dicts and lists (and dates as text)."""
    if isinstance(data, dict):
        return {key: plain(value) for key, value in data.items()}
    if isinstance(data, list):
        return [plain(item) for item in data]
    if isinstance(data, date):
        return data.isoformat()
    return data


def messages(error: ValidationError) -> str:
    """A block's validation error, flattened to one line: field: message; field: message."""
    parts = []
    for name, child in (getattr(error, "block_errors", None) or {}).items():
        children = child if isinstance(child, list) else [child]
        parts += [f"{name}: {messages(c)}" for c in children if c is not None]
    parts += [str(m) for m in getattr(error, "non_block_errors", []) or []]
    return "; ".join(parts) or "; ".join(error.messages)
