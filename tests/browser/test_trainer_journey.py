"""A trainer's change goes live only once a lead trainer approves it (Wagtail's workflow,
"Lead trainer approval" on the programme). JavaScript on: the Wagtail admin needs it."""

import re

import pytest
from playwright.sync_api import Page, expect

from .conftest import shoot
from .people import sign_in_with_password

pytestmark = pytest.mark.browser

LESSON_TITLE = "Why digital choices are political choices"
MODULE_URL = "/digital-champions/digital-leadership-is-political-leadership/"
LESSON_URL = MODULE_URL + "why-digital-choices-are-political/"
OLD_HEADING = "Money"
NEW_HEADING = "Money and long contracts"


def _lesson_headings(page: Page, site) -> list[str]:
    page.goto(site(LESSON_URL))
    expect(page.get_by_role("heading", level=1)).to_have_text(LESSON_TITLE)
    return page.locator("main h2").all_inner_texts()


def test_a_trainers_edit_goes_live_only_after_a_lead_trainer_approves(live_site, new_page):
    councillor = new_page()
    assert not sign_in_with_password(councillor, live_site, "councillor@example.org")
    headings = _lesson_headings(councillor, live_site)
    assert OLD_HEADING in headings and NEW_HEADING not in headings

    # The trainer edits the lesson in the admin and submits the change for approval.
    trainer = new_page()
    assert sign_in_with_password(trainer, live_site, "trainer@example.org"), (
        "staff sign in in two steps"
    )
    expect(trainer).to_have_url(re.compile(r"/admin/$"))
    trainer.goto(live_site("/admin/pages/search/?q=" + LESSON_TITLE.replace(" ", "+")))
    trainer.get_by_role("link", name=LESSON_TITLE).first.click()
    expect(trainer.get_by_role("heading", level=1)).to_contain_text(LESSON_TITLE)
    # The lesson opens with a Markdown block; its "Money" section gets a new heading.
    # (The body's blocks are drawn by the admin's JavaScript: wait for them.)
    markdown = trainer.locator("textarea[name^='body-']").first
    expect(markdown).to_have_value(re.compile(f"## {OLD_HEADING}\n"))
    text = markdown.input_value()
    markdown.fill(text.replace(f"## {OLD_HEADING}\n", f"## {NEW_HEADING}\n"))
    trainer.get_by_role("button", name="More actions").click()
    shoot(trainer, "trainer-submitting")
    # Wagtail names the button after the workflow: "Submit to Lead trainer approval".
    trainer.get_by_role(
        "button", name=re.compile(r"^Submit (for approval|to Lead trainer)")
    ).click()
    expect(trainer.locator(".messages")).to_contain_text(
        f"Page '{LESSON_TITLE}' has been submitted for moderation"
    )

    # Not live yet: the councillor still reads the old heading.
    headings = _lesson_headings(councillor, live_site)
    assert OLD_HEADING in headings and NEW_HEADING not in headings

    # The lead trainer approves it from the dashboard.
    lead = new_page()
    assert sign_in_with_password(lead, live_site, "lead.trainer@example.org"), (
        "staff sign in in two steps"
    )
    expect(lead).to_have_url(re.compile(r"/admin/$"))
    review = lead.locator("section").filter(has_text="Awaiting your review")
    expect(review).to_contain_text(LESSON_TITLE)
    shoot(lead, "lead-trainer-dashboard")
    task = review.get_by_role("row").filter(has_text=LESSON_TITLE)
    task.get_by_role("button", name="Actions").click()
    with lead.expect_navigation():
        task.get_by_role("button", name="Approve", exact=True).click()
    expect(lead).to_have_url(re.compile(r"/admin/$"))
    expect(lead.get_by_role("link", name=LESSON_TITLE)).to_have_count(0)  # nothing left to review

    # Live: the councillor now reads the new heading.
    headings = _lesson_headings(councillor, live_site)
    assert NEW_HEADING in headings and OLD_HEADING not in headings
    shoot(councillor, "councillor-sees-approved-change")
