"""How a person drives the site in the journeys: with a mouse, or with the keyboard alone.

Both kinds of person offer the same actions (follow a link, press a button, type into a field,
choose an option), so one journey can be written once and run either way. The keyboard person
moves only with Tab, Shift+Tab, Enter, Space and the arrow keys, and checks that every element
they land on shows a visible focus indicator.
"""

import re

from playwright.sync_api import Locator, Page, expect

from tests.helpers import totp_code

from .conftest import DEMO_PASSWORD, newest_sign_in_code

# GOV.UK Frontend's focus colour (#ffdd00) as the browser reports it.
FOCUS_YELLOW = "rgb(255, 221, 0)"

# Runs in the page: is the focused element the target, and does it show a focus indicator?
# A focus indicator here is GOV.UK's yellow (background, box-shadow or outline), or any
# non-transparent outline at least 2px wide. Radios and checkboxes are visually hidden inputs:
# their indicator is drawn on the label's ::before box.
_FOCUS_PROBE = """
([target, yellow]) => {
  const el = document.activeElement;
  if (!el || el === document.body || el === document.documentElement) {
    return {arrived: false, visible: false, what: "nothing (the page body)"};
  }
  const styles = [getComputedStyle(el)];
  if (el.matches("input[type=radio], input[type=checkbox]") && el.labels && el.labels.length) {
    styles.push(getComputedStyle(el.labels[0], "::before"));
  }
  const transparent = c => c === "transparent" || /rgba\\(.*,\\s*0\\)$/.test(c);
  const outlined = s => s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2
    && !transparent(s.outlineColor);
  const visible = styles.some(s => outlined(s) || s.backgroundColor === yellow
    || s.boxShadow.includes(yellow));
  const label = (el.innerText || el.value || el.getAttribute("aria-label") || "").trim();
  const tag = `<${el.tagName.toLowerCase()} id="${el.id}" name="${el.name || ""}">`;
  return {arrived: el === target, visible, what: `${tag} ${label.slice(0, 60)}`};
}
"""


class Mouse:
    """Points and clicks, as most people do."""

    keyboard = False

    def __init__(self, page: Page):
        self.page = page

    def follow(self, target: Locator) -> None:
        target.click()

    def press(self, target: Locator) -> None:
        target.click()

    def type_into(self, field: Locator, text: str) -> None:
        field.click()
        field.fill(text)

    def choose(self, group: Locator, value: str) -> None:
        """Chooses the radio with this value from a group of radios (one name)."""
        group.locator(f'[value="{value}"]').check()

    def tick(self, checkbox: Locator) -> None:
        checkbox.check()


class Keyboard:
    """Uses only Tab, Shift+Tab, Enter, Space and the arrow keys, and checks the focus
    indicator at every element it lands on."""

    keyboard = True

    def __init__(self, page: Page):
        self.page = page
        self.steps = 0  # focus stops checked, for the report

    def _probe(self, target: Locator | None) -> dict:
        handle = target.element_handle() if target is not None else None
        state = self.page.evaluate(_FOCUS_PROBE, [handle, FOCUS_YELLOW])
        self.steps += 1
        assert state["visible"], f"no visible focus indicator on {state['what']} at {self.page.url}"
        return state

    def tab_to(self, target: Locator, *, backwards: bool = False, limit: int = 150) -> None:
        key = "Shift+Tab" if backwards else "Tab"
        target.wait_for(state="attached")
        for _ in range(limit):
            self.page.keyboard.press(key)
            if self._probe(target)["arrived"]:
                return
        raise AssertionError(f"{key} never reached {target} on {self.page.url}")

    def skip_to_main(self) -> None:
        """From the top of a page: the skip link, then Enter, so the next Tab is in <main>."""
        skip = self.page.get_by_role("link", name="Skip to main content")
        self.tab_to(skip)
        self.page.keyboard.press("Enter")

    def follow(self, target: Locator) -> None:
        self.tab_to(target)
        self.page.keyboard.press("Enter")

    def press(self, target: Locator) -> None:
        """Presses a real <button> with Space."""
        self.tab_to(target)
        self.page.keyboard.press("Space")

    def type_into(self, field: Locator, text: str) -> None:
        self.tab_to(field)
        self.page.keyboard.type(text)

    def choose(self, group: Locator, value: str) -> None:
        """Tab into a group with nothing checked lands on its first radio; the arrow keys then
        move along the group, selecting as they go (Space selects the first)."""
        radios = group.locator("input[type=radio]")
        values = [radios.nth(i).get_attribute("value") for i in range(radios.count())]
        assert not any(radios.nth(i).is_checked() for i in range(len(values)))
        index = values.index(value)
        self.tab_to(radios.first)
        if index == 0:
            self.page.keyboard.press("Space")
        inline = "govuk-radios--inline" in (group.get_attribute("class") or "")
        for step in range(1, index + 1):
            self.page.keyboard.press("ArrowRight" if inline else "ArrowDown")
            self._probe(radios.nth(step))
        expect(radios.nth(index)).to_be_checked()

    def tick(self, checkbox: Locator) -> None:
        self.tab_to(checkbox)
        self.page.keyboard.press("Space")
        expect(checkbox).to_be_checked()


def person_for(page: Page, *, keyboard: bool) -> Mouse | Keyboard:
    return Keyboard(page) if keyboard else Mouse(page)


def sign_in_by_code(page: Page, person, site, email: str) -> None:
    """Asks for a code by email, reads it from the mail folder and types it in."""
    page.goto(site("/accounts/login/"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Sign in")
    if person.keyboard:
        person.skip_to_main()
    person.follow(page.get_by_role("button", name="Email me a sign-in code"))
    person.type_into(page.get_by_label("Email"), email)
    person.press(page.get_by_role("button", name="Email me a code"))
    expect(page.get_by_text(f"We have emailed a code to {email}")).to_be_visible()
    code = newest_sign_in_code(site.mail_dir)
    person.type_into(page.get_by_label("Sign-in code"), code)
    person.press(page.get_by_role("button", name="Sign in", exact=True))


def sign_in_with_password(page: Page, site, email: str, password: str = DEMO_PASSWORD) -> bool:
    """The password, then, for staff, the code their authenticator app shows (the demo staff
    share a published TOTP secret). True when that second step was asked for."""
    page.goto(site("/accounts/login/"))
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in with password").click()
    page.wait_for_load_state()
    two_step = "/accounts/2fa/authenticate/" in page.url
    if two_step:
        page.get_by_label(re.compile("code", re.IGNORECASE)).fill(totp_code(good_for=8))
        page.get_by_role(
            "button", name=re.compile("sign in|confirm|continue", re.IGNORECASE)
        ).click()
        page.wait_for_load_state()
    assert "/accounts/" not in page.url, f"signing in as {email} stopped at {page.url}"
    return two_step


def confirm_who_you_are(page: Page, audit=None, *, wrong_first: bool = False) -> None:
    """allauth's "Confirm it's you" page, which the site shows before downloads of personal
    data, roster imports and account changes: a wrong password first when asked (its error
    must show), then the right one. Each state is audited when an ``audit`` is given."""
    expect(page).to_have_url(re.compile(r"/accounts/reauthenticate/"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Confirm it's you")
    if audit is not None:
        audit.check(page, "confirm who you are")
    if wrong_first:
        page.get_by_label("Password").fill("not-my-password")
        page.get_by_role("button", name="Confirm").click()
        expect(page.locator(".govuk-error-summary, .govuk-error-message").first).to_be_visible()
        if audit is not None:
            audit.check(page, "confirm who you are (with errors)")
    page.get_by_label("Password").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Confirm").click()
