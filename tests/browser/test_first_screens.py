"""The first screens, as a councillor meets them: signing in with a wrong password and a wrong
code, the help page, My notes, search from the header, the 0 to 10 questions and the menu on a
phone, and /admin/ for someone who is not a trainer. axe (WCAG 2.2 A/AA) and reflow at 320 px
on each, with JavaScript on and off."""

import re

import pytest
from playwright.sync_api import expect

from .audit import Audit
from .conftest import newest_sign_in_code

pytestmark = pytest.mark.browser

PHONE = {"width": 320, "height": 800}


@pytest.mark.parametrize("javascript", [True, False], ids=["javascript", "no-javascript"])
def test_a_councillor_meets_the_first_screens(live_site, new_page, javascript):
    audit = Audit(javascript=javascript)
    page = new_page(javascript=javascript)
    h1 = page.get_by_role("heading", level=1)

    # Help, before signing in: the programme team, the common questions.
    page.goto(live_site("/"))
    page.get_by_role("link", name="Help", exact=True).click()
    expect(h1).to_have_text("Help")
    expect(page.get_by_role("heading", name="Who sees my answers?")).to_be_visible()
    expect(page.get_by_role("link", name="programme-team@example.org")).to_be_visible()
    audit.check(page, "help (signed out)")

    # A wrong password: one error summary, one "forgotten your password" link.
    page.goto(live_site("/accounts/login/"))
    page.get_by_label("Email address").fill("councillor@example.org")
    page.get_by_label("Password").fill("not-my-password")
    page.get_by_role("button", name="Sign in with password").click()
    expect(page.locator(".govuk-error-summary")).to_have_count(1)
    expect(page.get_by_text("The email address or password is not right.")).to_be_visible()
    expect(
        page.get_by_role("link", name=re.compile("forgotten your password", re.I))
    ).to_have_count(1)
    audit.check(page, "sign in (wrong password)")

    # Signing in by code, a wrong code first.
    page.get_by_role("button", name="Email me a sign-in code").click()
    expect(h1).to_have_text("Sign in with a code")
    expect(page.get_by_role("link", name="Cancel")).to_be_visible()
    audit.check(page, "sign in with a code")
    page.get_by_label("Email address").fill("councillor@example.org")
    page.get_by_role("button", name="Email me a code").click()
    expect(h1).to_have_text("Enter your sign-in code")
    page.get_by_label("Sign-in code").fill("AAAA-AAAA")
    page.get_by_role("button", name="Sign in", exact=True).click()
    expect(page.locator(".govuk-error-summary")).to_have_count(1)
    expect(page.get_by_text("That code is not right.").first).to_be_visible()
    audit.check(page, "enter the sign-in code (wrong code)")
    page.get_by_label("Sign-in code").fill(newest_sign_in_code(live_site.mail_dir))
    page.get_by_role("button", name="Sign in", exact=True).click()
    expect(page).not_to_have_url(re.compile(r"/accounts/"))

    # Help, signed in: their own council's contact.
    page.goto(live_site("/help/"))
    expect(page.get_by_text("member.services@riverside.example.org")).to_be_visible()

    # My notes, from the header.
    page.get_by_role("link", name="My notes").click()
    expect(h1).to_have_text("My notes")
    audit.check(page, "my notes")

    # Search from the header.
    page.get_by_role("searchbox", name="Search the modules").fill("data")
    page.get_by_role("search").get_by_role("button", name="Search").click()
    expect(h1).to_have_text("Search the modules")
    expect(page).to_have_url(re.compile(r"/learn/search/\?q=data"))

    # The admin area: a plain page, not a redirect loop.
    response = page.goto(live_site("/admin/"))
    assert response.status == 403
    expect(h1).to_have_text("This area is for trainers and administrators")
    audit.check(page, "admin area (not a trainer)")

    # On a phone: the 0 to 10 answers sit several to a row; the menu folds away with JavaScript.
    page.set_viewport_size(PHONE)
    page.goto(live_site("/journey/self-assessment/baseline/"))
    scale = page.locator(".app-scale").first
    tops = {
        round(box["y"])
        for box in (item.bounding_box() for item in scale.locator(".govuk-radios__item").all())
    }
    assert len(tops) <= 4, f"11 answers on {len(tops)} rows"
    menu = page.get_by_role("button", name="Menu")
    my_learning = page.get_by_role("link", name="My learning")
    if javascript:
        expect(my_learning).to_be_hidden()
        menu.click()
        expect(my_learning).to_be_visible()
    else:
        expect(menu).to_be_hidden()
        expect(my_learning).to_be_visible()
    audit.check(page, "self-assessment on a phone")

    audit.assert_clean()
