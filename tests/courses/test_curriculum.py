"""The seed curriculum, as a councillor meets it after `seed_demo`: ten core modules and an
elective, each complete, lessons of a readable length, and every source link one we can vouch
for."""

import re

import pytest
from wagtail import blocks

from courses.constants import ModuleKind
from courses.markdown import render_markdown
from courses.models import LessonPage, ModulePage, ProgrammePage
from tests.courses.conftest import lessons_of
from tests.curriculum.sources import allow_list, is_allowed, is_deep

# About the curriculum as seed_demo publishes it, so it reads the demo (see tests/conftest.py).
pytestmark = [pytest.mark.django_db, pytest.mark.demo]


@pytest.fixture
def modules() -> list[ModulePage]:
    """The demo programme's modules (not the courses tests' own small programme)."""
    programme = ProgrammePage.objects.get(locale__language_code="en-gb", slug="digital-champions")
    return list(ModulePage.objects.child_of(programme).live().order_by("path"))


MIN_WORDS, MAX_WORDS = 250, 600


def block_texts(block, value):
    """Every piece of text a reader sees in a block, however deeply nested; links' addresses
    and choices (a callout's kind) are not text."""
    if value is None:
        return
    if isinstance(block, blocks.StreamBlock):
        for child in value:
            yield from block_texts(child.block, child.value)
    elif isinstance(block, blocks.StructBlock):
        for name, child in block.child_blocks.items():
            yield from block_texts(child, value.get(name))
    elif isinstance(block, blocks.ListBlock):
        for item in value:
            yield from block_texts(block.child_block, item)
    elif isinstance(block, (blocks.URLBlock, blocks.ChoiceBlock)):
        return
    elif isinstance(block, blocks.RichTextBlock):
        yield re.sub(r"<[^>]+>", " ", value.source)
    elif block.name == "markdown":
        yield re.sub(r"<[^>]+>", " ", render_markdown(value))
    else:
        yield str(value)


def word_count(lesson: LessonPage) -> int:
    return sum(len(text.split()) for text in block_texts(lesson.body.stream_block, lesson.body))


def source_links(page) -> list[tuple[str, str]]:
    """(where, url) for every case study and further-reading link on a module or lesson."""
    links = []
    if isinstance(page, ModulePage):
        for block in page.case_studies:
            links.append((f"{page.slug}: case study", block.value["source_url"]))
    else:
        for block in page.body:
            if block.block_type == "case_study":
                links.append((f"{page.slug}: case study", block.value["source_url"]))
            elif block.block_type == "further_reading":
                for item in block.value["items"]:
                    links.append((f"{page.slug}: further reading", item["url"]))
            elif block.block_type == "media":
                links.append((f"{page.slug}: media", block.value["url"]))
    return links


def test_there_are_ten_core_modules_and_one_elective(modules):
    kinds = [m.kind for m in modules]
    assert len(modules) == 11
    assert kinds.count(ModuleKind.CORE) == 10
    assert kinds.count(ModuleKind.ELECTIVE) == 1
    assert kinds[-1] == ModuleKind.ELECTIVE, "the elective comes after the core modules"
    assert ModulePage.objects.not_live().count() == 0


def test_every_module_has_three_or_four_lessons(modules):
    for module in modules:
        assert 3 <= len(lessons_of(module)) <= 4, module.title


def test_every_module_has_three_or_four_outcomes(modules):
    for module in modules:
        outcomes = [b.value for b in module.outcomes if b.block_type == "outcome"]
        assert 3 <= len(outcomes) <= 4, module.title
        assert all(len(text.split()) >= 4 for text in outcomes), module.title


def test_every_module_has_a_case_study_with_a_source_link(modules):
    for module in modules:
        cases = [b.value for b in module.case_studies]
        assert cases, module.title
        for case in cases:
            assert case["source_url"].startswith(("https://", "http://")), module.title
            assert case["source_title"].strip(), module.title
            assert case["what_happened"].strip(), module.title


def test_every_module_has_questions_to_ask_officers(modules):
    for module in modules:
        questions = [b.value for b in module.questions_for_officers]
        assert questions, module.title
        assert all(q.rstrip().endswith("?") for q in questions), module.title


def test_every_lesson_is_between_250_and_600_words(modules):
    too_short_or_long = {
        lesson.slug: words
        for module in modules
        for lesson in lessons_of(module)
        if not MIN_WORDS <= (words := word_count(lesson)) <= MAX_WORDS
    }
    assert too_short_or_long == {}


def test_the_word_count_counts_text_in_every_kind_of_block():
    lesson = LessonPage(
        title="Counting",
        body=[
            ("markdown", "## Two words\n\nthree more words"),
            ("rich_text", "<p>four <b>words</b> in here</p>"),
            ("callout", {"kind": "tip", "heading": "one", "text": "two words"}),
            ("takeaways", {"heading": "Key takeaways", "items": ["a b", "c"]}),
            (
                "further_reading",
                {"items": [{"title": "t", "publisher": "p", "url": "https://x.org/"}]},
            ),
            ("reflection", {"prompt": "why not?"}),
        ],
    )
    assert word_count(lesson) == 5 + 4 + 3 + 5 + 2 + 2


def test_every_lesson_has_a_reflection_prompt_and_key_takeaways(modules):
    for module in modules:
        for lesson in lessons_of(module):
            kinds = {b.block_type for b in lesson.body}
            assert {"reflection", "takeaways"} <= kinds, lesson.slug


def all_source_links(modules) -> list[tuple[str, str]]:
    links = []
    for module in modules:
        links += source_links(module)
        for lesson in lessons_of(module):
            links += source_links(lesson)
    return links


def test_every_source_link_is_deep_and_on_the_allow_list(modules):
    # The allow-list is tests/curriculum/fixtures/allowed_sources.txt, copied from the product
    # team's source lists; tests/curriculum/test_sources.py also checks links in lesson text.
    pages, sites = allow_list()
    links = all_source_links(modules)
    assert len(links) >= 11
    unknown = [(where, url) for where, url in links if not is_allowed(url, pages, sites)]
    assert unknown == []
    assert [(where, url) for where, url in links if not is_deep(url)] == []


def test_every_source_link_is_https(modules):
    plain = [
        (where, url) for where, url in all_source_links(modules) if not url.startswith("https://")
    ]
    assert plain == []
