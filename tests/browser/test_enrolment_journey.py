"""Getting people into a cohort, in a real browser: the facilitator finds two councillors on
the rosters of the regional cohort's councils (searching and filtering by council), adds both,
removes one again, and that councillor then joins by the cohort's link. axe and the 320px
reflow check run on every page on the way, with JavaScript on and off."""

import re

import pytest
from playwright.sync_api import expect

from .audit import Audit
from .people import person_for, sign_in_by_code, sign_in_with_password

pytestmark = pytest.mark.browser

COHORT = "North West regional cohort"
RIVERSIDE = "Riverside Metropolitan Borough Council"
# Elected at a by-election, on Riverside's roster (seed_roster), not in any cohort yet.
OLWEN = "Olwen Pryce"
TARIQ = ("Tariq Rahman", "tariq.rahman@riverside.example.org")


def _member_names(page) -> list[str]:
    table = page.get_by_role("table", name="Members of the cohort")
    return [n.split("\n")[0].strip() for n in table.locator("tbody th").all_inner_texts()]


@pytest.mark.parametrize("javascript", [True, False], ids=["javascript", "no-javascript"])
def test_a_facilitator_adds_and_removes_members_and_a_councillor_joins_by_link(
    live_site, new_page, javascript
):
    audit = Audit(javascript=javascript)
    page = new_page(javascript=javascript)
    h1 = page.get_by_role("heading", level=1)
    sign_in_with_password(page, live_site, "facilitator@example.org")

    page.goto(live_site("/cohorts/"))
    page.get_by_role("link", name=COHORT).click()
    page.get_by_role("navigation", name="Cohort pages").get_by_role(
        "link", name="Members", exact=True
    ).click()
    expect(h1).to_have_text("Members")
    before = _member_names(page)
    assert OLWEN not in before and TARIQ[0] not in before
    audit.check(page, "cohort members")

    # Find them: one council's roster, then a search by name.
    page.get_by_role("button", name="Add councillors").or_(
        page.get_by_role("link", name="Add councillors")
    ).first.click()
    expect(h1).to_have_text("Add councillors")
    audit.check(page, "add councillors")
    page.get_by_label("Council", exact=True).select_option(label=RIVERSIDE)
    page.get_by_role("button", name="Search").click()
    expect(page).to_have_url(re.compile(r"council=\d+"))
    expect(page.get_by_label(re.compile(OLWEN))).to_be_visible()
    boxes = page.get_by_role("checkbox")
    assert all(RIVERSIDE in boxes.nth(i).evaluate("e => e.labels[0].innerText")
               for i in range(boxes.count()))  # fmt: skip
    page.get_by_label("Search by name or email").fill("Rahman")
    page.get_by_role("button", name="Search").click()
    expect(page.get_by_role("checkbox")).to_have_count(1)
    page.get_by_role("link", name="Clear the search").click()

    # Nothing ticked: a clear error, nobody added.
    page.get_by_role("button", name="Add selected").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text(
        "Select at least one councillor to add"
    )
    audit.check(page, "add councillors (with errors)")

    page.get_by_label(re.compile(OLWEN)).check()
    page.get_by_label(re.compile(TARIQ[0])).check()
    page.get_by_role("button", name="Add selected").click()
    expect(h1).to_have_text("Members")
    expect(
        page.get_by_text("2 councillors have been added to the cohort and emailed")
    ).to_be_visible()
    assert {OLWEN, TARIQ[0]} <= set(_member_names(page))
    emails = "".join(f.read_text() for f in live_site.mail_dir.glob("*.log"))
    assert f"You have been added to {COHORT}" in emails

    # Remove one: a confirmation first, saying their records are kept.
    page.get_by_role("link", name=f"Remove {TARIQ[0]}").click()
    expect(h1).to_have_text(f"Remove {TARIQ[0]} from the cohort?")
    expect(page.get_by_text("Their learning records are kept")).to_be_visible()
    audit.check(page, "remove a member")
    page.get_by_role("button", name="Remove from the cohort").click()
    expect(page.get_by_text(f"{TARIQ[0]} has been removed from the cohort.")).to_be_visible()
    assert TARIQ[0] not in _member_names(page) and OLWEN in _member_names(page)

    # The join link, which the demo has turned on for this cohort.
    link = page.get_by_label("The cohort's join link").input_value()
    assert re.fullmatch(r"http://[^/]+/cohorts/join/[\w-]+/", link)
    path = "/cohorts/join/" + link.rsplit("/cohorts/join/", 1)[1]

    # Tariq joins by the link: sent to sign in, then back to it.
    councillor = new_page(javascript=javascript)
    councillor.goto(live_site(path))
    expect(councillor).to_have_url(re.compile(r"/accounts/login/"))
    sign_in_by_code(councillor, person_for(councillor, keyboard=False), live_site, TARIQ[1])
    councillor.goto(live_site(path))
    expect(councillor.get_by_role("heading", level=1)).to_have_text(f"Join {COHORT}?")
    audit.check(councillor, "join by link")
    councillor.get_by_role("button", name="Join the cohort").click()
    expect(councillor).to_have_url(re.compile(r"/learn/$"))
    expect(councillor.get_by_text(f"You have joined {COHORT}.")).to_be_visible()

    page.reload()
    assert TARIQ[0] in _member_names(page)
    audit.assert_clean()
