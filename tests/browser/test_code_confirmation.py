"""A councillor with no password (most sign in by emailed code) downloads their data: since
allauth 65.22 they confirm who they are with a fresh emailed code. Both steps, a wrong code
included, are checked with axe and for reflow, with JavaScript on and off."""

import re

import pytest
from playwright.sync_api import expect

from .audit import Audit
from .conftest import newest_sign_in_code

pytestmark = pytest.mark.browser

CODE_ONLY = "aisha.ahmed@riverside.example.org"


@pytest.mark.parametrize("javascript", [True, False], ids=["javascript", "no-javascript"])
def test_a_councillor_without_a_password_confirms_by_code_before_a_download(
    live_site, new_page, javascript
):
    audit = Audit(javascript=javascript)
    page = new_page(javascript=javascript, accept_downloads=True)
    h1 = page.get_by_role("heading", level=1)

    page.goto(live_site("/accounts/login/code/"))
    page.get_by_label("Email").fill(CODE_ONLY)
    page.get_by_role("button", name="Email me a code").click()
    page.get_by_label("Sign-in code").fill(newest_sign_in_code(live_site.mail_dir))
    page.get_by_role("button", name="Sign in", exact=True).click()
    expect(page).not_to_have_url(re.compile(r"/accounts/login/"))

    page.goto(live_site("/account/data/"))
    page.get_by_role("button", name="Prepare a copy of my data").click()
    page.get_by_role("link", name="Download as JSON").click()

    # Asked to confirm: no password field, the address the code goes to, one button.
    expect(page).to_have_url(re.compile(r"/accounts/reauthenticate/code/"))
    expect(h1).to_have_text("Confirm it's you")
    expect(page.get_by_text(f"We will email a code to {CODE_ONLY}")).to_be_visible()
    expect(page.get_by_label("Password")).to_have_count(0)
    audit.check(page, "confirm by code: ask for a code")
    page.get_by_role("button", name="Email me a code").click()

    expect(page).to_have_url(re.compile(r"/accounts/reauthenticate/code/confirm/"))
    audit.check(page, "confirm by code: enter the code")
    page.get_by_label("Code").fill("AAAA-AAAA")
    page.get_by_role("button", name="Confirm").click()
    expect(page.locator(".govuk-error-message, .govuk-error-summary").first).to_be_visible()
    audit.check(page, "confirm by code: enter the code (with errors)")
    page.get_by_label("Code").fill(newest_sign_in_code(live_site.mail_dir))
    page.get_by_role("button", name="Confirm").click()

    expect(h1).to_have_text("Download your data")
    with page.expect_download() as download:
        page.get_by_role("link", name="Download your data as JSON").click()
    assert download.value.suggested_filename.endswith(".json")
    audit.assert_clean()
