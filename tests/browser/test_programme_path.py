"""The whole programme path, end to end, as the three people who make it happen would walk it:
a council leader adds a newcomer to the roster and invites her; the facilitator adds her to the
regional cohort from the roster; she follows the emailed link, signs in by code, completes her
starting point from the task list, reaches lesson 1, finishes a module and its quiz, sees the
same next step on every page, is refused the final check while core modules remain, and is
offered it once they are done. axe and the reflow check run on each page on the way. Run with
JavaScript on and off."""

import re

import pytest
from playwright.sync_api import Page, expect

from .audit import Audit
from .people import confirm_who_you_are, person_for, sign_in_by_code, sign_in_with_password
from .test_councillor_journey import _answer_baseline, _answer_quiz, _next_step
from .test_leader_journey import roster_rows

pytestmark = pytest.mark.browser

COUNCIL = "Riverside Metropolitan Borough Council"
COHORT = "North West regional cohort"
NEWCOMER = ("Nia Evans", "nia.evans@riverside.example.org", "Backbench or ward member", "Quayside")
LINK = re.compile(r"https?://\S+")
NEXT_LESSON = re.compile("^(Mark as complete and continue|Continue)$")


def _roster_csv(page: Page) -> bytes:
    """The roster as it stands on the page, plus the newcomer, as the leader's CSV."""
    lines = ["Name,Email,Position,Ward,Year first elected"]
    lines += [",".join(row) for row in roster_rows(page)]
    lines.append(",".join([*NEWCOMER, "2026"]))
    return ("\r\n".join(lines) + "\r\n").encode()


def _emails_to(mail_dir, address: str) -> list[str]:
    messages = sorted(mail_dir.glob("*.log"), key=lambda f: f.stat().st_mtime_ns)
    return [m.read_text() for m in messages if f"To: {address}" in m.read_text()]


def _leader_invites_the_newcomer(page: Page, site, audit: Audit) -> None:
    sign_in_with_password(page, site, "leader@example.org")
    page.get_by_role("link", name="Manage the roster and send invitations").click()
    csv = _roster_csv(page)
    page.get_by_role("button", name="Upload a roster").click()
    confirm_who_you_are(page)
    page.get_by_label(re.compile("file", re.I)).set_input_files(
        {"name": "roster.csv", "mimeType": "text/csv", "buffer": csv}
    )
    page.get_by_role("button", name="Check the file").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Check the roster before importing it"
    )
    page.get_by_role("button", name=re.compile("^Import all")).click()
    expect(page.locator(".govuk-notification-banner")).to_contain_text("1 added")
    row = page.get_by_role("table", name="Councillors on the roster").get_by_role(
        "row", name=re.compile(NEWCOMER[0])
    )
    expect(row).to_contain_text("Not in a cohort yet")
    page.get_by_role("button", name="Choose councillors to invite").click()
    page.get_by_label(re.compile(NEWCOMER[0])).check()
    page.get_by_role("button", name="Invite the councillors selected").click()
    expect(page.locator(".govuk-notification-banner")).to_contain_text(
        f"Invitation on its way to {NEWCOMER[0]}."
    )
    audit.check(page, "roster after inviting")


def _facilitator_adds_the_newcomer(page: Page, site, audit: Audit) -> None:
    sign_in_with_password(page, site, "facilitator@example.org")
    page.goto(site("/cohorts/"))
    page.get_by_role("link", name=COHORT).click()
    page.get_by_role("navigation", name="Cohort pages").get_by_role(
        "link", name="Members", exact=True
    ).click()
    page.get_by_role("button", name="Add councillors").or_(
        page.get_by_role("link", name="Add councillors")
    ).first.click()
    page.get_by_label("Council", exact=True).select_option(label=COUNCIL)
    page.get_by_label("Search by name or email").fill(NEWCOMER[0])
    page.get_by_role("button", name="Search").click()
    page.get_by_label(re.compile(NEWCOMER[0])).check()
    page.get_by_role("button", name="Add selected").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Members")
    expect(page.get_by_role("table", name="Members of the cohort")).to_contain_text(NEWCOMER[0])
    expect(page.get_by_role("table", name="Members of the cohort")).to_contain_text(
        "Invited, not signed in yet"
    )
    audit.check(page, "members after adding")


def _finish_module(page: Page, person, audit: Audit | None = None) -> str:
    """From a lesson of a module: every lesson after it, then its quiz, passed. The module's
    title."""
    h1 = page.get_by_role("heading", level=1)
    caption = page.locator(".govuk-caption-l")
    position = re.compile(r"lesson (\d+) of (\d+)")
    expect(caption).to_contain_text(position)
    lesson, total = map(int, position.search(caption.inner_text()).groups())
    while lesson < total:
        page.get_by_role("button", name=NEXT_LESSON).click()
        lesson += 1
        expect(caption).to_contain_text(f"lesson {lesson} of {total}")
    quiz_button = page.get_by_role("button", name=re.compile(r"^Take the .+ quiz$"))
    expect(quiz_button).to_be_visible()
    if audit is not None:
        audit.check(page, "last lesson of a module")
    quiz_button.click()
    expect(h1).to_have_text(re.compile("^Quiz: "))
    module = h1.inner_text().removeprefix("Quiz: ")
    page.get_by_role("button", name="Start the quiz").click()
    expect(page.get_by_role("main")).to_contain_text("Answer them all, then submit")
    _answer_quiz(page, person, right=True)
    page.get_by_role("button", name="Submit my answers").click()
    expect(h1).to_have_text("You passed")
    return module


@pytest.mark.parametrize("javascript", [True, False], ids=["javascript", "no-javascript"])
def test_a_newcomer_goes_from_the_roster_to_the_final_check(live_site, new_page, javascript):
    audit = Audit(javascript=javascript)

    # The council leader adds her to the roster and invites her.
    _leader_invites_the_newcomer(new_page(javascript=javascript), live_site, audit)
    invitation = _emails_to(live_site.mail_dir, NEWCOMER[1])
    assert len(invitation) == 1
    links = LINK.findall(invitation[0])
    assert links and all(link.startswith(live_site.url) for link in links), links

    # The facilitator adds her to the cohort; she is emailed that she can start.
    _facilitator_adds_the_newcomer(new_page(javascript=javascript), live_site, audit)
    added = _emails_to(live_site.mail_dir, NEWCOMER[1])[1:]
    assert len(added) == 1 and f"You have been added to {COHORT}" in added[0]
    assert all(link.startswith(live_site.url) for link in LINK.findall(added[0]))

    # She follows the invitation's link and signs in by code: the task list comes first.
    page = new_page(javascript=javascript)
    person = person_for(page, keyboard=False)
    h1 = page.get_by_role("heading", level=1)
    main = page.get_by_role("main")
    # Her language is not known yet, so the invitation is in Welsh, then English: she reads
    # the English and follows its link.
    english_links = [link for link in LINK.findall(invitation[0]) if "/cy/" not in link]
    assert len(english_links) < len(LINK.findall(invitation[0]))  # the Welsh copy's go to /cy/
    page.goto(english_links[0])
    expect(h1).to_have_text("Sign in")
    sign_in_by_code(page, person, live_site, NEWCOMER[1])
    expect(h1).to_have_text("Your starting point")

    page.get_by_role("link", name="1. Your starting self-assessment").click()
    expect(h1).to_have_text("Your starting self-assessment")
    _answer_baseline(page, person)
    page.get_by_role("button", name="Save my answers").click()
    expect(h1).to_have_text("Your starting point")
    page.get_by_role("link", name="2. Knowledge starting check").click()
    page.get_by_role("button", name="Start the check").click()
    expect(main).to_contain_text("There is no pass or fail")
    _answer_quiz(page, person, right=True)
    page.get_by_role("button", name="Submit my answers").click()
    expect(h1).to_have_text("You've finished your starting point")
    expect(main).not_to_contain_text("You passed")

    # The next step is lesson 1 of module 1, and the same on every page that suggests one.
    label = _next_step(page).inner_text()
    for path in ("/learn/", "/journey/"):
        page.goto(live_site(path))
        expect(_next_step(page)).to_have_text(label)
    _next_step(page).click()
    expect(main).to_contain_text(re.compile(r": lesson 1 of \d+"))
    lesson_url = page.url
    programme_path = "/" + lesson_url.split("/", 3)[3].split("/")[0] + "/"

    # One module and its quiz, with the obvious button to the quiz from its last lesson.
    module = _finish_module(page, person, audit)
    audit.check(page, "quiz result (passed)")
    label = _next_step(page).inner_text()
    assert module not in label
    for path in ("/learn/", "/journey/"):
        page.goto(live_site(path))
        expect(_next_step(page)).to_have_text(label)

    # The final check is refused while core modules remain.
    final_check = live_site(programme_path + "knowledge-check-end/")
    page.goto(final_check)
    expect(page.get_by_role("button", name="Start the check")).to_have_count(0)
    expect(main).to_contain_text(
        re.compile(r"The final check opens when you have completed all \d+ core modules\. "
                   r"You have completed 1\.")
    )  # fmt: skip
    audit.check(page, "final check not open yet")

    # The other core modules, each reached by following the one next step.
    for _ in range(9):
        page.goto(live_site("/learn/"))
        _next_step(page).click()
        _finish_module(page, person)

    # Now the next step everywhere is the end of the programme, and the final check opens.
    page.goto(live_site("/learn/"))
    label = _next_step(page).inner_text()
    page.goto(live_site("/journey/"))
    expect(_next_step(page)).to_have_text(label)
    page.goto(final_check)
    page.get_by_role("button", name="Start the check").click()
    expect(main).to_contain_text("Answer them all, then submit")
    audit.check(page, "final check open")
    audit.assert_clean()
