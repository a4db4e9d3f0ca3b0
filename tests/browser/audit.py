"""axe-core (WCAG 2.0, 2.1 and 2.2, levels A and AA) and the reflow check, run on each page a
browser test visits. Every problem is collected and reported together at the end."""

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page

from .conftest import shoot

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
# 320 CSS px is WCAG 1.4.10's width; 1280 px at 200% zoom lays out in 640 CSS px.
REFLOW_WIDTHS = (320, 640)

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
