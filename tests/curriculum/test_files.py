"""Reading content/: every kind of broken file is refused with its file, line and reason.
No database: curriculum.files is pure."""

import re
import shutil
from pathlib import Path

import pytest

from curriculum.files import CONTENT_DIR, ContentInvalid, read_content, stable_id


@pytest.fixture(scope="module")
def content():
    return read_content()


@pytest.fixture
def copy(tmp_path) -> Path:
    shutil.copytree(CONTENT_DIR, tmp_path / "content")
    return tmp_path / "content"


def problems(root: Path) -> list[tuple[str, int, str]]:
    with pytest.raises(ContentInvalid) as invalid:
        read_content(root)
    return [(str(p.path), p.line, p.reason) for p in invalid.value.problems]


def edit(path: Path, old: str, new: str, count: int = 1) -> int:
    """Replaces text in a file; returns the line (1-based) of the first replacement."""
    text = path.read_text()
    assert old in text, f"{old!r} is not in {path}"
    path.write_text(text.replace(old, new, count))
    return text[: text.index(old)].count("\n") + 1


def test_the_content_folder_reads_without_problems(content):
    modules = content.programme.modules
    assert [m.number for m in modules] == list(range(1, 12))
    assert [m.kind for m in modules].count("elective") == 1
    assert sum(len(m.lessons) for m in modules) == 44
    assert [len(m.quiz.questions) for m in modules] == [12] * 11
    assert [t.kind for t in content.programme.tests] == ["pre_test", "post_test"]
    assert len(content.instrument) == 26
    assert [p.slug for p in content.pages] == ["accessibility-statement", "privacy-notice"]


def test_question_ids_come_from_the_key_alone(content):
    question = content.programme.modules[0].quiz.questions[0]
    assert question.key == "m01-q01"
    # The ids the first seeder gave: attempts already stored hold these.
    assert question.id == "a085350b-e45b-5e28-a60c-8f8ece173c63"
    assert question.option_id(0) == stable_id("m01-q01", 0)


def test_a_missing_field_is_named_with_its_file_and_line(copy):
    lesson = next(copy.glob("modules/01-*/lessons/02-*.md"))
    edit(lesson, "minutes:", "minutez:")
    found = problems(copy)
    where = str(lesson.relative_to(copy.parent))
    assert (where, 2, "the lesson is missing 'minutes'") in found
    assert any(f[0] == where and f[2] == "the lesson has an unknown field 'minutez'" for f in found)


def test_a_missing_field_in_a_fenced_block_is_named_at_the_block(copy):
    lesson = next(copy.glob("modules/01-*/lessons/01-*.md"))
    line = edit(lesson, "heading: Be wary", "headline: Be wary")
    found = problems(copy)
    where = str(lesson.relative_to(copy.parent))
    assert (where, line - 1, "the callout is missing 'heading'") in found
    assert any(f[:2] == (where, line) and "unknown field 'headline'" in f[2] for f in found)


def test_an_unknown_block_type_is_refused(copy):
    lesson = next(copy.glob("modules/04-*/lessons/01-*.md"))
    line = edit(lesson, "```reflection", "```poll")
    [(where, at, reason)] = problems(copy)
    assert where == str(lesson.relative_to(copy.parent)) and at == line
    assert reason.startswith("unknown block type 'poll'; use one of callout, case_study")


def test_a_fence_that_is_never_closed_is_refused(copy):
    lesson = next(copy.glob("modules/04-*/lessons/01-*.md"))
    text = lesson.read_text().rstrip()
    assert text.endswith("```")
    lesson.write_text(text[:-3])
    [(_, _, reason)] = problems(copy)
    assert reason.endswith("has no closing ```")


def test_a_question_without_a_right_answer_is_refused(copy):
    bank = next(copy.glob("modules/05-*/questions.yaml"))
    text = bank.read_text()
    first_question = text.index("- key: m05-q01")
    right = text.index("correct: true", first_question)
    bank.write_text(text[:right] + "correct: false" + text[right + len("correct: true") :])
    [(where, line, reason)] = problems(copy)
    assert where == "content/modules/05-open-data/questions.yaml"
    assert line == text[:first_question].count("\n") + 1
    assert reason == "question m05-q01 needs exactly 1 right option (correct: true), not 0"


def test_a_single_choice_question_with_two_right_answers_is_refused(copy):
    bank = next(copy.glob("modules/05-*/questions.yaml"))
    edit(bank, "correct: false", "correct: true")
    [(_, _, reason)] = problems(copy)
    assert reason == "question m05-q01 needs exactly 1 right option (correct: true), not 2"


def test_bad_yaml_is_refused_with_the_line_it_breaks_on(copy):
    line = edit(copy / "instrument.yaml", "- key: A3\n", "- key: A3\n  text: [unclosed\n")
    [(where, at, reason)] = problems(copy)
    assert where == "content/instrument.yaml"
    assert reason.startswith("this is not valid YAML")
    assert at in (line + 1, line + 2)


def test_bad_yaml_in_front_matter_is_refused_with_the_files_line(copy):
    module = next(copy.glob("modules/06-*/module.md"))
    edit(module, "kind: core", "kind: core: twice")
    [(where, at, reason)] = problems(copy)
    assert where.endswith("module.md") and at == 5 and "not valid YAML" in reason


def test_a_repeated_key_is_refused_not_silently_dropped(copy):
    line = edit(copy / "pages/privacy-notice.md", "title: Privacy notice", "title: A\ntitle: B")
    [(where, at, reason)] = problems(copy)
    assert where == "content/pages/privacy-notice.md" and at == line + 1
    assert "'title' appears twice" in reason


def test_a_duplicate_slug_is_refused(copy):
    first, second = sorted(copy.glob("modules/01-*/lessons/*.md"))[:2]
    slug = re.search(r"^slug: (.+)$", first.read_text(), re.M).group(1)
    second.write_text(
        re.sub(r"^slug: .+$", f"slug: {slug}", second.read_text(), count=1, flags=re.M)
    )
    [(where, _, reason)] = problems(copy)
    assert where == str(second.relative_to(copy.parent))
    assert (
        reason == f"duplicate slug in module 1 '{slug}' (also in {first.relative_to(copy.parent)})"
    )


def test_a_duplicate_question_key_is_refused(copy):
    edit(next(copy.glob("modules/02-*/questions.yaml")), "key: m02-q01", "key: m01-q01")
    [(where, _, reason)] = problems(copy)
    assert where.startswith("content/modules/02-")
    assert reason.startswith("duplicate question key 'm01-q01' (also in content/modules/01-")


def test_a_check_in_item_that_does_not_exist_is_refused(copy):
    edit(next(copy.glob("modules/03-*/questions.yaml")), "- C1\n", "- C99\n")
    [(_, _, reason)] = problems(copy)
    assert reason == "check-in item 'C99' is not in instrument.yaml"


def test_every_problem_is_reported_at_once(copy):
    edit(next(copy.glob("modules/01-*/lessons/01-*.md")), "```reflection", "```poll")
    edit(next(copy.glob("modules/09-*/lessons/02-*.md")), "minutes:", "mins:")
    assert len({where for where, _, _ in problems(copy)}) == 2


def test_html_sections_keep_their_exact_text(content):
    home = content.home
    assert home.sections[0].heading == "What this is"
    assert home.sections[0].text.startswith("<p>Almost every council service")
    assert "</p><p>This programme" in home.sections[0].text
    assert "\n" not in "".join(s.text for s in home.sections)
