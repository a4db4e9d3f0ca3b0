"""The council leader's journey in a real browser: sign in (password and authenticator code),
upload the council's roster with one bad row, see it in the preview, import only the valid rows,
invite the newcomer, then open the uptake dashboard (participation as counts and shares), the
printable report and its PDF. axe and the reflow check run on every page on the way. Run with
JavaScript on and off."""

import re

import pypdf
import pytest
from playwright.sync_api import Page, expect

from .audit import Audit
from .conftest import shoot
from .people import confirm_who_you_are, sign_in_with_password

pytestmark = pytest.mark.browser

COUNCIL = "Riverside Metropolitan Borough Council"
NEWCOMER = ("Priya Shah", "priya.shah@riverside.example.org", "Cabinet member", "Docklands", "2026")
# A typing mistake in the email address, and a position the platform does not know.
BAD_ROW = ("Sam Jones", "sam.jones@riverside", "Mayor", "Harbour", "2022")


def roster_rows(page: Page) -> list[tuple[str, ...]]:
    """Name, email, position, ward and year first elected of everyone on the roster page (the
    first cell holds the name, then the email on a line of its own)."""
    table = page.get_by_role("table", name="Councillors on the roster")
    rows = table.locator("tbody tr")
    found = []
    for i in range(rows.count()):
        cells = [cell.strip() for cell in rows.nth(i).locator("th, td").all_inner_texts()[:4]]
        name, email = (part.strip() for part in cells[0].split("\n", 1))
        found.append((name, email, *cells[1:]))
    return found


def _csv(rows) -> bytes:
    lines = ["Name,Email,Position,Ward,Year first elected"]
    lines += [",".join(row) for row in rows]
    return ("\r\n".join(lines) + "\r\n").encode()


def _email_to(mail_dir, address: str) -> str:
    for message in mail_dir.glob("*.log"):
        text = message.read_text()
        if f"To: {address}" in text:
            return text
    return ""


@pytest.mark.parametrize("javascript", [True, False], ids=["javascript", "no-javascript"])
def test_a_leader_imports_a_roster_with_a_bad_row_invites_and_reads_the_uptake_report(
    live_site, new_page, javascript
):
    audit = Audit(javascript=javascript)
    page = new_page(javascript=javascript)
    h1 = page.get_by_role("heading", level=1)
    main = page.get_by_role("main")
    assert sign_in_with_password(page, live_site, "leader@example.org"), "two-step sign-in"

    # Signing in lands on their council's uptake dashboard.
    expect(h1).to_have_text("Council uptake")
    expect(main).to_contain_text(COUNCIL)
    audit.check(page, "uptake dashboard")

    # The roster as it stands.
    page.get_by_role("link", name="Manage the roster and send invitations").click()
    expect(h1).to_have_text("Roster and invitations")
    audit.check(page, "roster")
    current = roster_rows(page)
    assert len(current) == 17 and NEWCOMER[0] not in {row[0] for row in current}

    # Upload: first confirm who they are (signing in does not count), then the file: everyone
    # on the roster, a newcomer, and a bad row.
    page.get_by_role("button", name="Upload a roster").click()  # a GOV.UK button link
    confirm_who_you_are(page, audit)
    expect(h1).to_have_text("Upload a roster")
    page.get_by_role("button", name="Check the file").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("Choose")
    audit.check(page, "upload a roster (with errors)")
    file = _csv([*current[:7], BAD_ROW, NEWCOMER, *current[7:]])
    page.get_by_label(re.compile("file", re.I)).set_input_files(
        {"name": "riverside-roster.csv", "mimeType": "text/csv", "buffer": file}
    )
    audit.check(page, "upload a roster")
    page.get_by_role("button", name="Check the file").click()

    # The preview: nothing has changed yet; the bad row is named, with why, and linked.
    expect(h1).to_have_text("Check the roster before importing it")
    expect(main).to_contain_text("Nothing has changed yet")
    problems = page.locator(".govuk-error-summary").filter(has_text="1 row has problems")
    expect(problems).to_be_visible()
    bad_line = problems.get_by_role("link", name=re.compile(r"^Line 9: "))
    expect(bad_line).to_contain_text("email")
    expect(bad_line).to_contain_text("position")
    expect(page.get_by_role("button", name=re.compile("^Import all"))).to_have_count(0)
    audit.check(page, "roster preview (with a bad row)")
    shoot(page, f"leader-roster-preview-{audit.label}")
    bad_line.click()
    expect(page).to_have_url(re.compile("#line-9$"))

    # Import only the valid rows: the newcomer is added, nobody is marked as having left.
    page.get_by_role("button", name="Import only the 18 valid rows").click()
    expect(h1).to_have_text("Roster and invitations")
    expect(page.locator(".govuk-notification-banner")).to_contain_text(
        "Roster imported: 1 added, 17 updated, 1 row with problems not imported."
    )
    after = roster_rows(page)
    assert len(after) == 18 and NEWCOMER[:2] in {row[:2] for row in after}
    assert BAD_ROW[0] not in {row[0] for row in after}
    expect(page.get_by_role("heading", name="Councillors who have left")).to_be_visible()
    audit.check(page, "roster (after the import)")

    # The newcomer writes in Welsh: the leader sets their language for messages on the roster.
    newcomer_row = page.get_by_role("table", name="Councillors on the roster").get_by_role(
        "row", name=re.compile(NEWCOMER[0])
    )
    expect(newcomer_row).to_contain_text("Not known (both, Welsh first)")
    newcomer_row.get_by_role("link", name=f"Change language for {NEWCOMER[0]}").click()
    expect(h1).to_have_text(f"Language for {NEWCOMER[0]}'s messages")
    audit.check(page, "a councillor's language for messages")
    page.get_by_label("Language for messages").select_option(label="Welsh")
    page.get_by_role("button", name="Save").click()
    expect(h1).to_have_text("Roster and invitations")
    expect(page.locator(".govuk-notification-banner")).to_contain_text(
        f"{NEWCOMER[0]}'s messages will now be in: Welsh."
    )
    expect(newcomer_row).to_contain_text("Welsh")
    audit.check(page, "roster (a language changed)")

    # Invite the newcomer.
    page.get_by_role("button", name="Choose councillors to invite").click()
    expect(h1).to_have_text("Invite councillors")
    audit.check(page, "invite councillors")
    page.get_by_role("button", name="Invite the councillors selected").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("Select at least one")
    audit.check(page, "invite councillors (with errors)")
    page.get_by_label(re.compile(NEWCOMER[0])).check()
    page.get_by_role("button", name="Invite the councillors selected").click()
    expect(page.locator(".govuk-notification-banner")).to_contain_text(
        f"Invitation on its way to {NEWCOMER[0]}."
    )
    invitation = _email_to(live_site.mail_dir, NEWCOMER[1])
    assert "/accounts/login/" in invitation
    # In Welsh only, as the leader set it.
    assert "SUT I FEWNGOFNODI" in invitation and "HOW TO SIGN IN" not in invitation
    row = page.get_by_role("table", name="Councillors on the roster").get_by_role(
        "row", name=re.compile(NEWCOMER[0])
    )
    expect(row).not_to_contain_text("Not invited")

    # The uptake dashboard (the newcomer counts) and the printable report.
    page.get_by_role("link", name="See the uptake dashboard").click()
    expect(h1).to_have_text("Council uptake")
    for section in ["Headline figures", "By position", "By tenure", "Month by month",
                    "The journey, council-wide", "Participation list"]:  # fmt: skip
        expect(page.get_by_role("heading", level=2, name=section)).to_be_visible()
    participation = page.locator("#section-participation").locator("xpath=..")
    expect(participation).to_contain_text(NEWCOMER[0])
    # Participation as counts and shares of the roster, by position and tenure too, never
    # hidden: "what share of members have started?"
    headline = page.locator("#headline")
    expect(headline).to_contain_text("18 councillors on the roster")
    expect(headline.get_by_role("row", name=re.compile("^Started the programme"))).to_contain_text(
        re.compile(r"\d+%")
    )
    for section in ("#section-position", "#section-tenure"):
        figures = page.locator(section).locator("xpath=..")
        expect(figures).to_contain_text(re.compile(r"\d+ \(\d+%\)"))
        expect(figures).not_to_contain_text("Not shown")
    # The journey as published this month by the demo (never live), with its dates.
    expect(page.locator("#journey-published")).to_contain_text("Figures published ")
    expect(page.locator("#journey-published")).to_contain_text("Next update: 1 ")
    audit.check(page, "uptake dashboard (after the import)")
    if javascript:
        shoot(page, "uptake-dashboard")
    page.get_by_role("link", name="Open the printable committee report").click()
    expect(h1).to_have_text("Digital Champions for Councillors: uptake report")
    audit.check(page, "printable report")
    page.emulate_media(media="print")
    expect(page.get_by_role("link", name="Back to the uptake dashboard")).to_be_hidden()
    page.emulate_media(media="screen")
    shoot(page, f"leader-report-{audit.label}")

    # The same report as a PDF for the committee's agenda pack: it names the council, and says
    # what the print view says.
    with page.expect_download() as download:
        page.get_by_role("link", name="Download the committee report (PDF)").click()
    assert download.value.suggested_filename.endswith(".pdf")
    reader = pypdf.PdfReader(download.value.path())
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in reader.pages))
    assert COUNCIL in text
    assert "What this report shows, and what it does not" in text
    assert re.search(r"Started the programme \d+ \d+%", text)

    # Pre-election periods, from the roster: one that ends before it starts is refused with
    # the reason; a good one is listed, then deleted.
    page.goto(live_site("/council/riverside/roster/"))
    page.get_by_role("link", name="Set your council's pre-election periods").click()
    expect(h1).to_have_text("Pre-election periods")
    audit.check(page, "pre-election periods")
    page.get_by_label("First day").fill("2027-05-06")
    page.get_by_label("Last day").fill("2027-03-26")
    page.get_by_role("button", name="Add the period").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("end on or after")
    audit.check(page, "pre-election periods (with errors)")
    page.get_by_label("First day").fill("2027-03-26")
    page.get_by_label("Last day").fill("2027-05-06")
    page.get_by_role("button", name="Add the period").click()
    expect(main).to_contain_text("Pre-election period added")
    expect(page.get_by_role("table", name=re.compile("Pre-election periods"))).to_contain_text(
        "26 March 2027"
    )
    audit.check(page, "pre-election periods (one added)")
    page.get_by_role("button", name=re.compile("^Delete the period 26 March 2027")).click()
    expect(main).to_contain_text("Pre-election period deleted")

    audit.assert_clean()
