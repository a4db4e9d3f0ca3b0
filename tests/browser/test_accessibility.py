"""WCAG 2.2 AA checks with axe-core on every public and learner page (and each state of it a
councillor meets), plus reflow: nothing scrolls sideways at 320 CSS px, nor at 1280 px zoomed
to 200% (a 640 CSS px viewport). Run with JavaScript on and off: both are supported."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect

from .answers import OPTION_IS_RIGHT, baseline_answer
from .conftest import DEMO_PASSWORD, newest_sign_in_code, shoot

pytestmark = pytest.mark.browser

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
# 320 CSS px is WCAG 1.4.10's width; 1280 px at 200% zoom lays out in 640 CSS px.
REFLOW_WIDTHS = (320, 640)
MODULE_2 = "/digital-champions/designing-services-around-residents/"
LESSON = MODULE_2 + "agile-in-plain-terms/"
LAST_LESSON = MODULE_2 + "the-local-digital-declaration/"

_axe = Axe()

# With JavaScript off, Playwright can still evaluate scripts in the page, but timers never fire,
# and axe.run waits on setTimeout. Run those callbacks as microtasks instead (only on pages
# where the site's own scripts never ran, so nothing else is affected).
_TIMERS_AS_MICROTASKS = """() => {
  const soon = (fn, ...args) => { Promise.resolve().then(() => fn(...args)); return 0; };
  window.setTimeout = (fn, ms, ...args) => soon(fn, ...args);
  window.requestAnimationFrame = fn => soon(fn, performance.now());
  window.requestIdleCallback = fn => soon(fn, {timeRemaining: () => 50, didTimeout: false});
}"""


class Audit:
    """Runs axe (and the reflow check) on each page, and reports every problem at the end
    rather than stopping at the first."""

    def __init__(self, *, javascript: bool):
        self.javascript = javascript
        self.label = "js" if javascript else "nojs"
        self.checked: list[str] = []
        self.problems: list[str] = []

    def check(self, page: Page, name: str, *, reflow: bool = True) -> None:
        page.wait_for_load_state()
        self.checked.append(name)
        if not self.javascript:
            page.evaluate(_TIMERS_AS_MICROTASKS)
        results = _axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
        assert results.response["passes"], f"axe checked nothing on {name}"
        for violation in results.response["violations"]:
            targets = [" ".join(map(str, node["target"])) for node in violation["nodes"]]
            self.problems.append(
                f"{name} ({page.url}): axe {violation['id']} [{violation['impact']}] "
                f"{violation['help']} -> {targets}"
            )
        if reflow:
            self._reflow(page, name)

    def _reflow(self, page: Page, name: str) -> None:
        size = page.viewport_size
        for width in REFLOW_WIDTHS:
            page.set_viewport_size({"width": width, "height": 800})
            scroll, inner = page.evaluate(
                "[document.documentElement.scrollWidth, window.innerWidth]"
            )
            if scroll > inner:
                wide = page.evaluate(_WIDEST, inner)
                self.problems.append(
                    f"{name} ({page.url}): scrolls sideways at {width} CSS px "
                    f"(content {scroll} px wide); too wide: {wide}"
                )
                shoot(page, f"reflow-{self.label}-{name}-{width}")
        page.set_viewport_size(size)

    def assert_clean(self) -> None:
        report = "\n".join(self.problems)
        assert not self.problems, f"{len(self.problems)} accessibility problems:\n{report}"


# Runs in the page: the outermost elements that stick out past the viewport's right edge.
_WIDEST = """
(width) => {
  const out = [];
  for (const el of document.querySelectorAll("body *")) {
    if (el.getBoundingClientRect().right > width + 1
        && !(el.parentElement && el.parentElement.getBoundingClientRect().right > width + 1)) {
      out.push(el.tagName.toLowerCase() + (el.className ? "." + el.className : ""));
    }
  }
  return out.slice(0, 5);
}
"""


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
    page = new_page(javascript=javascript)
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
    page.get_by_role("button", name="Request code").click()
    expect(h1).to_have_text("Enter Sign-In Code")
    audit.check(page, "enter the sign-in code")
    page.get_by_label("Code").fill("AAAA-AAAA")
    page.get_by_role("button", name="Confirm").click()
    expect(page.locator(".govuk-error-message, .govuk-error-summary").first).to_be_visible()
    audit.check(page, "enter the sign-in code (with errors)")
    page.get_by_label("Code").fill(newest_sign_in_code(live_site.mail_dir))
    page.get_by_role("button", name="Confirm").click()

    staff = new_page(javascript=javascript)
    staff.goto(live_site("/accounts/login/"))
    staff.get_by_label("Email").fill("trainer@example.org")
    staff.get_by_label("Password").fill(DEMO_PASSWORD)
    staff.get_by_role("button", name="Sign in with password").click()
    expect(staff).to_have_url(live_site("/accounts/2fa/authenticate/"))
    audit.check(staff, "two-step sign-in (staff)")

    # Signed in: the baseline self-assessment, without and with errors; My learning before it.
    expect(h1).to_have_text("Your starting point")
    audit.check(page, "baseline form")
    page.goto(live_site("/learn/"))
    expect(page.get_by_text("Start here")).to_be_visible()
    audit.check(page, "my learning (before the baseline)")
    page.go_back()
    page.get_by_role("button", name="Save my answers").click()
    expect(page.locator(".govuk-error-summary")).to_be_visible()
    audit.check(page, "baseline form (with errors)")
    _fill_baseline(page)
    page.get_by_role("button", name="Save my answers").click()
    expect(h1).to_have_text("My learning")
    audit.check(page, "my learning (with a message)")
    page.goto(live_site("/journey/"))
    audit.check(page, "my journey (baseline only)")

    # A module, a lesson, its quiz: an attempt (with errors too) and both kinds of result.
    page.goto(live_site(MODULE_2))
    audit.check(page, "module page")
    page.goto(live_site(LESSON))
    audit.check(page, "lesson page")
    page.goto(live_site(LAST_LESSON))
    audit.check(page, "lesson page (last in the module)")
    page.get_by_role("button", name="Mark as complete", exact=True).click()
    expect(page.get_by_text("You have finished the lessons in")).to_be_visible()
    audit.check(page, "module page (with a message)")
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
        ("/cohorts/", "403"),
    ]:
        page.goto(live_site(path))
        audit.check(page, name)
    expect(h1).to_have_text("You cannot see this page")

    audit.assert_clean()
    assert len(audit.checked) >= 30
