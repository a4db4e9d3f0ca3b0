"""Sources a learner can follow: every link in a module or lesson goes to a page (not a home
page) on the allow-list copied from the product team's source lists, and the current law the
2027 edition names is where a councillor would look for it. Reads content/ only."""

import pytest

from curriculum.files import read_content
from tests.curriculum.sources import allow_list, is_allowed, is_deep, links, normalise, strings


@pytest.fixture(scope="module")
def content():
    return read_content()


def lesson_text(module) -> str:
    return " ".join(
        text
        for lesson in module.lessons
        for block in lesson.blocks
        for text in strings(block.value)
    )


def test_every_link_is_deep(content):
    shallow = [(where, url) for where, url in links(content) if not is_deep(url)]
    assert shallow == []


def test_every_link_is_on_the_allow_list(content):
    pages, sites = allow_list()
    assert len(pages) > 100 and sites, "the copied allow-list is missing"
    unknown = [(where, url) for where, url in links(content) if not is_allowed(url, pages, sites)]
    assert unknown == []


def test_every_link_is_https(content):
    plain = [(w, url) for w, url in links(content) if not url.startswith("https://")]
    assert plain == []


def test_every_lesson_links_to_at_least_one_source(content):
    without = [
        lesson.slug
        for module in content.programme.modules
        for lesson in module.lessons
        if not any(where.startswith(f"{lesson.path}:") for where, _ in links(content))
    ]
    assert without == []


def test_the_edition_cites_many_distinct_pages(content):
    # The 2018 edition cited 24 distinct addresses across 44 lessons.
    assert len({normalise(url) for _, url in links(content)}) >= 60


def test_the_allow_list_check_refuses_home_pages_and_look_alikes():
    pages, sites = (
        {normalise("https://www.lgiu.org.uk/report/start-of-the-possible/")},
        ["https://gov.uk/"],
    )
    assert is_allowed("https://lgiu.org.uk/report/start-of-the-possible", pages, sites)
    assert is_allowed("https://www.gov.uk/guidance/anything", pages, sites)
    assert not is_allowed("https://www.gov.uk/", pages, sites)
    assert not is_allowed("https://www.gov.uk.evil.example/guidance", pages, sites)
    assert not is_allowed("https://www.lgiu.org.uk/report/other/", pages, sites)
    assert not is_deep("https://www.local.gov.uk/")
    assert is_deep("https://www.local.gov.uk/publications/x")


# Search terms a councillor would type, and the modules whose lessons must answer them.
CURRENT_LAW = {
    "GDPR": {4, 5, 6},
    "Data Protection Act 2018": {4, 6},
    "Data (Use and Access) Act": {4, 5, 6},
    "Procurement Act": {9},
    "Algorithmic Transparency Recording Standard": {6},
    "Cyber Assessment Framework": {7},
    "Digital Inclusion Action Plan": {3},
    "Gigabit": {10},
    "telecare": {10},
    "White Paper": {10},
    "MHCLG": {2, 7, 10, 11},
    "Hertfordshire": {11},
    "Online Safety Act": {11},
}


@pytest.mark.parametrize("term", sorted(CURRENT_LAW))
def test_a_search_for_current_law_finds_the_right_modules(content, term):
    modules = {m.number: lesson_text(m).lower() for m in content.programme.modules}
    missing = [n for n in sorted(CURRENT_LAW[term]) if term.lower() not in modules[n]]
    assert missing == []


# Where the law differs between the nations, the lesson says what applies in each.
NATIONS = {
    "remote-meetings-and-the-law": ("England", "Wales", "Scotland"),
    "legal-basis-and-sharing": ("England", "Wales", "Scotland"),
}


def test_lessons_on_law_that_differs_name_every_nation(content):
    lessons = {ls.slug: ls for m in content.programme.modules for ls in m.lessons}

    for module in content.programme.modules:
        if module.number in (9, 10):
            text = lesson_text(module)
            assert "Scotland" in text and "Wales" in text, module.slug
    for slug, nations in NATIONS.items():
        text = " ".join(t for b in lessons[slug].blocks for t in strings(b.value))
        assert all(nation in text for nation in nations), slug


def test_no_lesson_uses_the_old_ministry_names_or_repealed_data_law(content):
    old = ("DCLG", "DLUHC", "Data Protection Act 1998", "EU GDPR")
    found = [(m.slug, w) for m in content.programme.modules for w in old if w in lesson_text(m)]
    assert found == []
