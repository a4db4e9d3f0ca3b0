"""WCAG 2.2 AA checks with axe-core on every public and learner page (and each state of it a
councillor meets), plus reflow: nothing scrolls sideways at 320 CSS px, nor at 1280 px zoomed
to 200% (a 640 CSS px viewport). Run with JavaScript on and off: both are supported."""

import re

import pytest
from playwright.sync_api import Page, expect

from .answers import OPTION_IS_RIGHT, baseline_answer
from .audit import Audit
from .conftest import DEMO_PASSWORD, newest_sign_in_code
from .people import confirm_who_you_are

pytestmark = pytest.mark.browser

MODULE_2 = "/digital-champions/designing-services-around-residents/"
LESSON = MODULE_2 + "agile-in-plain-terms/"
LAST_LESSON = MODULE_2 + "the-local-digital-declaration/"


def _fill_baseline(page: Page) -> None:
    for group in page.locator("form .govuk-radios").all():
        name = group.locator("input").first.get_attribute("name")
        group.locator(f'input[value="{baseline_answer(name)}"]').check()


def _answer_quiz(page: Page, *, right: bool) -> None:
    for question in page.locator("form fieldset").all():
        inputs = question.locator("input")
        for value in [inputs.nth(n).get_attribute("value") for n in range(inputs.count())]:
            if OPTION_IS_RIGHT[value] == right:
                question.locator(f'input[value="{value}"]').check()
                if not right:
                    break


@pytest.mark.parametrize("javascript", [True, False], ids=["javascript", "no-javascript"])
def test_every_public_and_learner_page_meets_wcag_22_aa_and_reflows(
    live_site, new_page, javascript
):
    audit = Audit(javascript=javascript)
    page = new_page(javascript=javascript, accept_downloads=True)
    h1 = page.get_by_role("heading", level=1)

    # Public pages.
    for path, name in [
        ("/", "home"),
        ("/accessibility-statement/", "accessibility statement"),
        ("/privacy-notice/", "privacy notice"),
        ("/learn/search/?q=data", "search results"),
        (LESSON, "lesson (signed out)"),
        ("/no-such-page/", "404"),
    ]:
        page.goto(live_site(path))
        audit.check(page, name)
    expect(h1).to_have_text("Page not found")

    # Signing in by code: the sign-in page, the code request and the code entry page.
    page.goto(live_site("/accounts/login/"))
    audit.check(page, "sign in")
    page.get_by_role("button", name="Sign in with password").click()
    expect(page.locator(".govuk-error-summary")).to_be_visible()
    audit.check(page, "sign in (with errors)")
    page.goto(live_site("/accounts/login/code/"))
    audit.check(page, "request a sign-in code")
    page.get_by_label("Email").fill("councillor@example.org")
    page.get_by_role("button", name="Email me a code").click()
    expect(h1).to_have_text("Enter your sign-in code")
    audit.check(page, "enter the sign-in code")
    page.get_by_label("Sign-in code").fill("AAAA-AAAA")
    page.get_by_role("button", name="Sign in", exact=True).click()
    expect(page.locator(".govuk-error-message, .govuk-error-summary").first).to_be_visible()
    audit.check(page, "enter the sign-in code (with errors)")
    page.get_by_label("Sign-in code").fill(newest_sign_in_code(live_site.mail_dir))
    page.get_by_role("button", name="Sign in", exact=True).click()

    staff = new_page(javascript=javascript)
    staff.goto(live_site("/accounts/login/"))
    staff.get_by_label("Email").fill("trainer@example.org")
    staff.get_by_label("Password").fill(DEMO_PASSWORD)
    staff.get_by_role("button", name="Sign in with password").click()
    expect(staff).to_have_url(live_site("/accounts/2fa/authenticate/"))
    audit.check(staff, "two-step sign-in (staff)")

    # Signed in: the starting point's task list, the baseline self-assessment without and with
    # errors, My learning before it, and the task list again with a message.
    expect(h1).to_have_text("Your starting point")
    audit.check(page, "starting point task list")
    page.get_by_role("link", name="1. Your starting self-assessment").click()
    expect(h1).to_have_text("Your starting self-assessment")
    audit.check(page, "baseline form")
    page.goto(live_site("/learn/"))
    expect(page.get_by_role("button", name="Finish your starting point")).to_be_visible()
    audit.check(page, "my learning (before the baseline)")
    page.go_back()
    page.get_by_role("button", name="Save my answers").click()
    expect(page.locator(".govuk-error-summary")).to_be_visible()
    audit.check(page, "baseline form (with errors)")
    _fill_baseline(page)
    page.get_by_role("button", name="Save my answers").click()
    expect(h1).to_have_text("Your starting point")
    audit.check(page, "starting point task list (with a message)")
    page.goto(live_site("/learn/"))
    audit.check(page, "my learning (starting point under way)")
    page.goto(live_site("/journey/"))
    audit.check(page, "my journey (baseline only)")

    # A module, a lesson, its quiz: an attempt (with errors too) and both kinds of result.
    page.goto(live_site(MODULE_2))
    audit.check(page, "module page")
    page.goto(live_site(LESSON))
    audit.check(page, "lesson page")
    page.goto(live_site(LAST_LESSON))
    audit.check(page, "lesson page (last in the module)")
    page.get_by_role("button", name=re.compile(r"^Take the .+ quiz$")).click()
    expect(page.get_by_text("You have finished the lessons in")).to_be_visible()
    audit.check(page, "quiz page (with a message)")
    page.goto(live_site(MODULE_2 + "quiz/"))
    audit.check(page, "quiz page")
    page.get_by_role("button", name="Start the quiz").click()
    expect(page.get_by_role("button", name="Submit my answers")).to_be_visible()
    audit.check(page, "quiz attempt")
    page.get_by_role("button", name="Submit my answers").click()
    expect(page.locator(".govuk-error-summary")).to_be_visible()
    audit.check(page, "quiz attempt (with errors)")
    _answer_quiz(page, right=False)
    page.get_by_role("button", name="Submit my answers").click()
    expect(h1).to_have_text("Not passed yet")
    audit.check(page, "quiz result (not passed)")
    page.get_by_role("button", name="Take the quiz again").click()
    expect(page.get_by_role("button", name="Submit my answers")).to_be_visible()
    _answer_quiz(page, right=True)
    page.get_by_role("button", name="Submit my answers").click()
    expect(h1).to_have_text("You passed")
    audit.check(page, "quiz result (passed)")
    page.goto(live_site(MODULE_2 + "quiz/"))
    audit.check(page, "quiz page (with attempts)")

    # My learning and My journey with some history; search, and a page for another role.
    for path, name in [
        ("/learn/", "my learning"),
        ("/journey/", "my journey"),
        ("/learn/search/?q=data", "search results (signed in)"),
        ("/account/", "your account"),
        ("/account/reminders/sent/", "reminders we sent you"),
        ("/cohorts/", "403"),
    ]:
        page.goto(live_site(path))
        audit.check(page, name)
    expect(h1).to_have_text("You cannot see this page")

    # Their data: the download page, before and after asking for a copy (prepared at once
    # here: the task queue runs tasks immediately in this server), confirming who they are
    # (signing in is not enough), and the file then offered on the page.
    page.goto(live_site("/account/data/"))
    expect(h1).to_have_text("Download your data")
    audit.check(page, "download your data")
    page.get_by_role("button", name="Prepare a copy of my data").click()
    expect(page.get_by_role("button", name="Prepare a new copy")).to_be_visible()
    audit.check(page, "download your data (ready)")
    page.get_by_role("link", name="Download as CSV files (ZIP)").click()
    confirm_who_you_are(page, audit, wrong_first=True)
    expect(h1).to_have_text("Download your data")
    audit.check(page, "download your data (file offered)")
    with page.expect_download() as download:
        page.get_by_role("link", name="Download your data as CSV files (ZIP)").click()
    assert download.value.suggested_filename.endswith(".zip")

    # Deleting the account (just confirmed, so not asked again): the page, a wrong
    # confirmation, then the account gone.
    page.goto(live_site("/account/delete/"))
    expect(h1).to_have_text("Delete your account")
    audit.check(page, "delete your account")
    page.get_by_label("To confirm").fill("delete it")
    page.get_by_role("button", name="Delete my account").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("Nothing has been deleted")
    audit.check(page, "delete your account (with errors)")
    page.get_by_label("To confirm").fill("delete my account")
    page.get_by_role("button", name="Delete my account").click()
    expect(h1).to_have_text("Your account has been deleted")
    audit.check(page, "account deleted")

    audit.assert_clean()
    assert len(audit.checked) >= 38
