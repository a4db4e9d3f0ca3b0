"""The councillor's journey in a real browser: sign in by emailed code, the starting point's
task list (the self-assessment, then the knowledge starting check, saved half-way), the one
next step shown alike on every page, a module's quiz (failed, then passed), the next module's
lessons up to the button to its quiz, and the final check refused until every core module is
complete, with axe and reflow on each new page. Run twice: JavaScript on with a mouse, and
JavaScript off with the keyboard alone (checking the focus indicator at every stop)."""

import re

import pytest
from playwright.sync_api import Page, expect

from quizzes.constants import LEARNER_STAGE_LABELS

from .answers import OPTION_IS_RIGHT, baseline_answer
from .audit import Audit
from .conftest import shoot
from .people import person_for, sign_in_by_code

pytestmark = pytest.mark.browser

COUNCILLOR = "councillor@example.org"
STAGE_LABEL = re.compile("|".join(map(re.escape, LEARNER_STAGE_LABELS.values())))


def _numbers(page: Page) -> dict[str, int]:
    """The progress figures "My learning" states in words."""
    text = page.get_by_role("main").inner_text()
    lessons = re.search(
        r"You have completed (\d+) of (\d+) lessons and (\d+) of (\d+) core modules", text
    )
    percent = re.search(r"(\d+)% of lessons done", text)
    assert lessons and percent, text
    return {
        "lessons": int(lessons.group(1)),
        "modules": int(lessons.group(3)),
        "percent": int(percent.group(1)),
    }


def _stage_history_rows(page: Page) -> int:
    table = page.get_by_role("table", name="Each time your stage was worked out")
    if table.count() == 0:
        return 0
    return table.locator("tbody tr").count()


def _answer_baseline(page: Page, person) -> None:
    groups = page.locator("form .govuk-radios")
    assert groups.count() == 26, "the baseline asks all 26 questions"
    for i in range(groups.count()):
        group = groups.nth(i)
        name = group.locator("input").first.get_attribute("name")
        person.choose(group, baseline_answer(name))


def _answer_quiz(page: Page, person, *, right: bool) -> None:
    """Every question right, or every question wrong (one wrong option each)."""
    questions = page.locator("form fieldset")
    assert questions.count() > 0
    for i in range(questions.count()):
        inputs = questions.nth(i).locator("input")
        values = [inputs.nth(n).get_attribute("value") for n in range(inputs.count())]
        unknown = [v for v in values if v not in OPTION_IS_RIGHT]
        assert not unknown, f"options not in the seeded question banks: {unknown}"
        wanted = [v for v in values if OPTION_IS_RIGHT[v] == right]
        if inputs.first.get_attribute("type") == "radio":
            person.choose(questions.nth(i).locator(".govuk-radios"), wanted[0])
        else:
            for value in wanted if right else wanted[:1]:
                person.tick(questions.nth(i).locator(f'input[value="{value}"]'))


def _next_step(page: Page):
    """The one "What to do next" button on a page."""
    panel = page.locator(".app-next-step")
    expect(panel).to_have_count(1)
    return panel.get_by_role("button")


def councillor_journey(page: Page, site, *, javascript: bool, keyboard: bool) -> None:
    person = person_for(page, keyboard=keyboard)
    audit = Audit(javascript=javascript)
    shot = f"councillor-{'js' if javascript else 'nojs'}-{'keyboard' if keyboard else 'mouse'}"
    h1 = page.get_by_role("heading", level=1)
    main = page.get_by_role("main")

    # Sign in with a code sent by email; with no starting point yet, its task list comes first.
    sign_in_by_code(page, person, site, COUNCILLOR)
    expect(h1).to_have_text("Your starting point")
    expect(page).to_have_url(site("/journey/start/"))
    tasks = main.locator(".govuk-task-list")
    expect(tasks).to_contain_text("Cannot start yet")
    expect(tasks.get_by_role("link")).to_have_count(1)  # the knowledge check is not a link yet
    audit.check(page, "starting point task list")

    # 1. The starting self-assessment, then back to the task list.
    if keyboard:
        person.skip_to_main()
    person.follow(page.get_by_role("link", name="1. Your starting self-assessment"))
    expect(h1).to_have_text("Your starting self-assessment")
    if keyboard:
        person.skip_to_main()
    _answer_baseline(page, person)
    save = page.get_by_role("button", name="Save my answers")
    if keyboard:
        # One past the button, then back: Shift+Tab, and Enter to submit.
        person.tab_to(page.get_by_role("link", name="Not now"))
        person.tab_to(save, backwards=True)
        page.keyboard.press("Enter")
    else:
        person.press(save)
    expect(h1).to_have_text("Your starting point")
    expect(main).to_contain_text("Your starting self-assessment is saved")
    expect(tasks).not_to_contain_text("Cannot start yet")
    audit.check(page, "starting point task list (one done)")

    # 2. The knowledge starting check: taken once, saved half-way, no pass or fail.
    if keyboard:
        person.skip_to_main()
    person.follow(page.get_by_role("link", name="2. Knowledge starting check"))
    expect(main).to_contain_text("You take it once")
    audit.check(page, "knowledge check page")
    if keyboard:
        person.skip_to_main()
    person.press(page.get_by_role("button", name="Start the check"))
    expect(main).to_contain_text("There is no pass or fail")
    if keyboard:
        person.skip_to_main()
    _answer_quiz(page, person, right=False)
    checked_before = page.locator("form input:checked").count()
    person.press(page.get_by_role("button", name="Save and come back later"))
    expect(main).to_contain_text("Your answers so far are saved")
    expect(page.locator("form input:checked")).to_have_count(checked_before)
    audit.check(page, "knowledge check attempt (answers saved)")
    if keyboard:
        person.skip_to_main()
    person.press(page.get_by_role("button", name="Submit my answers"))
    expect(h1).to_have_text("You've finished your starting point")
    expect(main).to_contain_text("Thank you: this is your starting point")
    expect(main).not_to_contain_text("You passed")
    expect(main).not_to_contain_text("Right answer")
    audit.check(page, "knowledge check result")
    shoot(page, f"{shot}-starting-point-done")

    # The one next step, the same on My learning and My journey: module 1 was read before the
    # starting point (the demo's history), so its quiz.
    step = _next_step(page)
    label = step.inner_text()
    for path in ("/learn/", "/journey/"):
        page.goto(site(path))
        expect(_next_step(page)).to_have_text(label)
    expect(main).to_contain_text(re.compile(r"\(stage \d of 5\)"))
    page.goto(site("/learn/"))
    before = _numbers(page)
    if keyboard:
        person.skip_to_main()
    person.follow(_next_step(page))
    quiz_title = h1.inner_text()
    assert quiz_title.startswith("Quiz: ")
    module_title = quiz_title.removeprefix("Quiz: ")
    assert label == f"Take the {module_title} quiz"
    if keyboard:
        person.skip_to_main()
    person.press(page.get_by_role("button", name="Start the quiz"))

    # First try: every answer wrong.
    expect(main).to_contain_text("Answer them all, then submit")
    if keyboard:
        person.skip_to_main()
    _answer_quiz(page, person, right=False)
    person.press(page.get_by_role("button", name="Submit my answers"))
    expect(h1).to_have_text("Not passed yet")
    expect(main).to_contain_text("Your score: 0%")
    expect(main).not_to_contain_text("right. Right.")
    audit.check(page, "quiz result (not passed)")
    shoot(page, f"{shot}-quiz-not-passed")

    # Second try: every answer right.
    if keyboard:
        person.skip_to_main()
    person.press(page.get_by_role("button", name="Take the quiz again"))
    expect(main).to_contain_text("Answer them all, then submit")
    if keyboard:
        person.skip_to_main()
    _answer_quiz(page, person, right=True)
    person.press(page.get_by_role("button", name="Submit my answers"))
    expect(h1).to_have_text("You passed")
    expect(main).to_contain_text("Your score: 100%")
    shoot(page, f"{shot}-quiz-passed")

    # The next step after the quiz is the same on the result, My learning and My journey.
    label = _next_step(page).inner_text()
    assert "quiz" not in label
    page.goto(site("/learn/"))
    expect(_next_step(page)).to_have_text(label)
    module = main.locator(".app-module-list__item").filter(
        has=page.get_by_role("link", name=module_title, exact=True)
    )
    expect(module.locator(".govuk-tag")).to_have_text("Completed")
    after = _numbers(page)
    assert after["modules"] == before["modules"] + 1
    shoot(page, f"{shot}-learn-after")
    page.goto(site("/journey/"))
    expect(_next_step(page)).to_have_text(label)
    rows_before = _stage_history_rows(page)
    assert rows_before >= 2, "the baseline and the passed quiz"
    if keyboard:
        # On a narrow screen the history table scrolls inside a region the keyboard can reach.
        person.skip_to_main()
        person.tab_to(page.get_by_role("region", name="Your stage history"))
        page.goto(site("/journey/"))  # back to the top, where the skip link is

    # Follow it into the next module's lessons; from the last one, a button to its quiz.
    if keyboard:
        person.skip_to_main()
    person.follow(_next_step(page))
    caption = page.locator(".govuk-caption-l")
    expect(caption).to_contain_text(re.compile(r"lesson \d+ of \d+"))
    next_module = caption.inner_text().split(": lesson")[0]
    while True:
        position = re.search(r"lesson (\d+) of (\d+)", caption.inner_text())
        last = position.group(1) == position.group(2)
        name = f"Take the {next_module} quiz" if last else "Mark as complete and continue"
        button = page.get_by_role("button", name=name, exact=True)
        expect(button).to_be_visible()
        if last:
            audit.check(page, "last lesson of a module")
        if keyboard:
            person.skip_to_main()
        person.press(button)
        if last:
            break
        expect(caption).to_contain_text(f"lesson {int(position.group(1)) + 1} of")
    expect(h1).to_have_text(f"Quiz: {next_module}")
    expect(main).to_contain_text(f"You have finished the lessons in {next_module}")

    # The final check is refused before every core module is complete.
    page.goto(site("/digital-champions/knowledge-check-end/"))
    expect(main).to_contain_text(
        re.compile(r"The final check opens when you have completed all 10 core modules\. "
                   r"You have completed \d\.")
    )  # fmt: skip
    expect(main.get_by_role("button", name="Start the check")).to_have_count(0)
    audit.check(page, "final check (not open yet)")
    page.goto(site("/journey/self-assessment/end/"))
    expect(h1).to_contain_text("not open")
    audit.check(page, "end self-assessment (not open yet)")

    audit.assert_clean()
    if keyboard:
        assert person.steps > 100, "the keyboard journey checked focus at every stop"


@pytest.mark.parametrize(
    ("javascript", "keyboard"),
    [
        pytest.param(True, False, id="javascript-mouse"),
        pytest.param(False, True, id="no-javascript-keyboard"),
    ],
)
def test_councillor_finishes_the_starting_point_passes_a_module_and_is_refused_the_final_check(
    live_site, new_page, javascript, keyboard
):
    page = new_page(javascript=javascript)
    councillor_journey(page, live_site, javascript=javascript, keyboard=keyboard)
