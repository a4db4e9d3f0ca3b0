"""The facilitator's journey in a real browser: sign in (password and authenticator code), open
the cohort overview (at most about four screens at 1280 px), reach every dashboard page from it,
filter the learners, open one, and download the filtered list as CSV, confirming who they are
first as every export asks. axe and the reflow check run on every page on the way. Run with
JavaScript on and off: nothing here needs it."""

import csv
import io
import re

import pytest
from playwright.sync_api import Page, expect

from .audit import Audit
from .conftest import shoot
from .people import confirm_who_you_are, sign_in_with_password

pytestmark = pytest.mark.browser

COHORT = "North West regional cohort"
COUNCIL = "Riverside Metropolitan Borough Council"
SCREEN = {"width": 1280, "height": 800}
# The overview's sections, and the detail pages it leads to (link text: the page's h1).
SECTIONS = ["Who is on track", "Who needs a nudge, and why", "Where the cohort is on the journey",
            "What to cover at the next session"]  # fmt: skip
DETAIL_PAGES = {
    "Journey and change": ["Module funnel", "Stages: at baseline and now",
                           "Change from the start to the end of the programme"],
    "Knowledge and questions": [],
    "Measurement quality": ["Attitude", "Confidence", "Leadership behaviour"],
    "Plan the next session": ["Learners to follow up"],
}  # fmt: skip


def _table_rows(page: Page) -> list[list[str]]:
    """The learner table's rows as the page shows them (name first)."""
    table = page.get_by_role("table", name=re.compile("^Learners"))
    rows = table.locator("tbody tr")
    return [
        [cell.strip() for cell in rows.nth(i).locator("th, td").all_inner_texts()]
        for i in range(rows.count())
    ]


@pytest.mark.parametrize("javascript", [True, False], ids=["javascript", "no-javascript"])
def test_a_facilitator_filters_their_cohort_opens_a_learner_and_downloads_the_list(
    live_site, new_page, javascript
):
    audit = Audit(javascript=javascript)
    page = new_page(javascript=javascript, accept_downloads=True)
    h1 = page.get_by_role("heading", level=1)
    assert sign_in_with_password(page, live_site, "facilitator@example.org"), "two-step sign-in"

    # Their cohorts, then the dashboard.
    page.get_by_role("navigation", name=re.compile("Menu|Main", re.I)).get_by_role(
        "link", name="Cohorts"
    ).click()
    expect(h1).to_have_text("Your cohorts")
    audit.check(page, "your cohorts")
    # Asked once, on the start page: which language to write to her in. Answered, it goes.
    question = page.locator(".app-language-question")
    question.get_by_role("button", name="English").click()
    expect(h1).to_have_text("Your cohorts")
    expect(question).to_have_count(0)
    page.set_viewport_size(SCREEN)
    page.get_by_role("link", name=COHORT).click()
    expect(h1).to_have_text(COHORT)
    for section in SECTIONS:
        expect(page.get_by_role("heading", level=2, name=section)).to_be_visible()
    height = page.evaluate("document.documentElement.scrollHeight")
    # 4.3 until the Welsh service: the language switcher and the "answered in each language"
    # row add about a twentieth of a screen.
    assert height <= 4.4 * SCREEN["height"], (
        f"the overview is {height / SCREEN['height']:.1f} screens"
    )
    audit.check(page, "cohort overview")
    if javascript:
        shoot(page, "cohort-overview")
    overview = page.url

    # Every detail page from the overview's own links, and back.
    pages = page.get_by_role("navigation", name="Cohort pages")
    for title, headings in DETAIL_PAGES.items():
        pages.get_by_role("link", name=title).click()
        expect(h1).to_have_text(title)
        for heading in headings:
            name = re.compile(f"^{re.escape(heading)}")
            expect(page.get_by_role("heading", name=name)).to_be_visible()
        audit.check(page, title.lower())
        page.goto(overview)
    page.get_by_role("link", name=re.compile("Journey and change: the module funnel")).click()
    expect(h1).to_have_text("Journey and change")
    page.goto(overview)

    # The questions: one module's, fewest right first.
    pages.get_by_role("link", name="Knowledge and questions").click()
    module = page.get_by_label("Module").locator("option").nth(1).inner_text()
    page.get_by_label("Module").select_option(label=module)
    page.get_by_label("Sort by").select_option("hardest")
    page.get_by_role("button", name="Apply").click()
    expect(page).to_have_url(re.compile(r"sort=hardest"))
    labels = page.get_by_role("table", name=re.compile("Quiz question analysis")).locator(
        "tbody tr td:first-child"
    )
    assert set(labels.all_inner_texts()) == {module.split(":")[0]}
    audit.check(page, "questions (filtered)")
    page.goto(overview)

    # Learners: everyone, then filtered.
    pages.get_by_role("link", name="Learners").click()
    expect(h1).to_have_text("Learners")
    everyone = _table_rows(page)
    assert len(everyone) == 25
    expect(page.get_by_text("Showing 25 of 25 learners.")).to_be_visible()
    audit.check(page, "learners")

    # Filter: one council's learners, sorted by stage.
    page.get_by_label("Council").select_option(COUNCIL)
    page.get_by_label("Sort by").select_option("stage")
    page.get_by_role("button", name="Apply").click()
    expect(page).to_have_url(re.compile(r"council=Riverside"))
    shown = _table_rows(page)
    assert 0 < len(shown) < len(everyone)
    assert {row[1] for row in shown} == {COUNCIL}
    expect(page.get_by_text(f"Showing {len(shown)} of 25 learners.")).to_be_visible()
    audit.check(page, "learners (filtered)")

    # One learner: their progress, quizzes and stages, never their private notes.
    name = shown[0][0]
    page.get_by_role("link", name=name, exact=True).click()
    expect(h1).to_have_text(name)
    expect(page.get_by_text("Private reflection notes are never shown")).to_be_visible()
    for section in ["Progress", "Quiz attempts", "Stage history"]:
        expect(page.get_by_role("heading", level=2, name=section)).to_be_visible()
    audit.check(page, "learner")
    shoot(page, f"facilitator-learner-{audit.label}")
    page.go_back()
    expect(page.get_by_label("Council")).to_have_value(COUNCIL)

    # Download the filtered list: the site first asks them to confirm who they are (signing in
    # does not count; a confirmation lasts 5 minutes).
    page.get_by_role("link", name="Download this filtered list (CSV)").click()
    confirm_who_you_are(page, audit, wrong_first=True)
    # Back on the learner list, still filtered, with the file offered at the top.
    expect(h1).to_have_text("Learners")
    expect(page.get_by_label("Council")).to_have_value(COUNCIL)
    banner = page.get_by_role("alert").filter(has_text="Thank you for confirming it's you.")
    audit.check(page, "learners (download offered)")
    with page.expect_download() as download_info:
        banner.get_by_role("link", name="Download the learner list (CSV)").click()
    download = download_info.value
    assert download.suggested_filename.endswith(".csv")
    text = download.path().read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0][:3] == ["Name", "Email", "Council"]
    # The same people, in the same order, as the filtered table on screen.
    assert [row[0] for row in rows[1:]] == [row[0] for row in shown]
    assert {row[2] for row in rows[1:]} == {COUNCIL}

    audit.assert_clean()
