"""The warning before an idle sign-out (WCAG 2.2.1): shortly before the server would sign a
person out, a modal dialog says when, and "Stay signed in" restarts the idle time. Here the
councillors' idle limit is 125 seconds, so the 2-minute warning comes 5 seconds after
signing in rather than after nearly 8 hours."""

import re

import pytest
from playwright.sync_api import expect

from .audit import Audit
from .conftest import shoot
from .people import sign_in_with_password

pytestmark = pytest.mark.browser

IDLE_SECONDS = 125


@pytest.mark.server_env(SESSION_IDLE_TIMEOUT_COUNCILLOR=str(IDLE_SECONDS))
def test_a_councillor_is_warned_before_an_idle_sign_out_and_can_stay_signed_in(live_site, new_page):
    audit = Audit(javascript=True)
    page = new_page()
    sign_in_with_password(page, live_site, "councillor@example.org")
    page.goto(live_site("/learn/"))
    dialog = page.get_by_role("dialog", name="You are about to be signed out")
    expect(dialog).to_be_hidden()

    expect(dialog).to_be_visible(timeout=30_000)
    expect(dialog).to_contain_text(re.compile(r"sign you out at \d{1,2}:\d{2}"))
    # A modal dialog: the keyboard starts on its button, and the page behind is inert.
    assert page.evaluate("document.activeElement.textContent.trim()") == "Stay signed in"
    audit.check(page, "my learning (timeout warning)", reflow=False)
    shoot(page, "timeout-warning")

    page.keyboard.press("Enter")
    expect(dialog).to_be_hidden()
    status = page.request.get(live_site("/account/session/")).json()
    assert status["signed_in"] and status["seconds_left"] > IDLE_SECONDS - 10
    expect(page.get_by_role("heading", level=1)).to_have_text("My learning")
    page.reload()
    expect(page.get_by_role("heading", level=1)).to_have_text("My learning")  # still signed in
    audit.assert_clean()
