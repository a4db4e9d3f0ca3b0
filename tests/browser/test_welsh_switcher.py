"""The language switcher in a real browser: an English page, "Cymraeg", the same page in Welsh
(html lang="cy", axe clean, reflows), and "English" back again; JavaScript on and off."""

import re

import pytest
from playwright.sync_api import expect

from .audit import Audit

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("javascript", [True, False], ids=["javascript", "no-javascript"])
def test_the_switcher_lands_on_the_same_page_in_welsh_and_back(live_site, new_page, javascript):
    audit = Audit(javascript=javascript)
    page = new_page(javascript=javascript)
    h1 = page.get_by_role("heading", level=1)

    page.goto(live_site("/accounts/login/?next=/learn/"))
    expect(h1).to_have_text("Sign in")
    expect(page.locator("html")).to_have_attribute("lang", "en-GB")
    audit.check(page, "sign in (English)")

    page.get_by_role("link", name="Cymraeg").click()
    expect(page).to_have_url(re.compile(r"/cy/accounts/login/\?next=/learn/$"))
    expect(page.locator("html")).to_have_attribute("lang", "cy")
    expect(h1).to_have_text("Mewngofnodi")
    expect(page.get_by_text("Cymraeg", exact=True)).to_have_attribute("aria-current", "true")
    expect(page.get_by_role("link", name="Neidio i'r prif gynnwys")).to_be_attached()
    audit.check(page, "sign in (Welsh)")

    page.get_by_role("link", name="English").click()
    expect(page).to_have_url(re.compile(r"/accounts/login/\?next=/learn/$"))
    expect(page.locator("html")).to_have_attribute("lang", "en-GB")
    expect(h1).to_have_text("Sign in")
    audit.assert_clean()
