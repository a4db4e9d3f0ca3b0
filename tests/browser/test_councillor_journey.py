"""The councillor's journey in a real browser: sign in by emailed code, the baseline
self-assessment, the rest of a module's lessons, its quiz (failed, then passed), and the
progress and stage that follow. Run twice: JavaScript on with a mouse, and JavaScript off with
the keyboard alone (checking the focus indicator at every stop)."""

import re

import pytest
from playwright.sync_api import Page, expect

from quizzes.constants import LEARNER_STAGE_LABELS

from .answers import OPTION_IS_RIGHT, baseline_answer
from .conftest import shoot
from .people import person_for, sign_in_by_code

pytestmark = pytest.mark.browser

COUNCILLOR = "councillor@example.org"
STAGE_LABEL = re.compile("|".join(map(re.escape, LEARNER_STAGE_LABELS.values())))


def _numbers(page: Page) -> dict[str, int]:
    """The progress figures "My learning" states in words."""
    text = page.get_by_role("main").inner_text()
    lessons = re.search(
        r"You have completed (\d+) of (\d+) lessons and (\d+) of (\d+) modules", text
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


def councillor_journey(page: Page, site, *, javascript: bool, keyboard: bool) -> None:
    person = person_for(page, keyboard=keyboard)
    shot = f"councillor-{'js' if javascript else 'nojs'}-{'keyboard' if keyboard else 'mouse'}"
    h1 = page.get_by_role("heading", level=1)
    main = page.get_by_role("main")

    # Sign in with a code sent by email; with no baseline yet, the site asks for it first.
    sign_in_by_code(page, person, site, COUNCILLOR)
    expect(h1).to_have_text("Your starting point")
    expect(page).to_have_url(site("/journey/self-assessment/baseline/"))

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

    # My learning: the stage and the progress so far.
    expect(h1).to_have_text("My learning")
    expect(main).to_contain_text("Your starting point is saved")
    expect(main).to_contain_text(re.compile(r"Your journey: .+ \(stage \d of 5\)"))
    expect(main.get_by_text("Your journey:")).to_contain_text(STAGE_LABEL)
    before = _numbers(page)
    shoot(page, f"{shot}-learn-before")

    # Continue to the next unread lesson, and work through the rest of that module.
    if keyboard:
        person.skip_to_main()
    person.follow(page.get_by_role("button", name="Continue"))
    caption = page.locator(".govuk-caption-l")
    expect(caption).to_contain_text(re.compile(r"lesson \d+ of \d+"))
    module_title = caption.inner_text().split(": lesson")[0]
    shoot(page, f"{shot}-lesson")
    lessons_read = 0
    while True:
        position = re.search(r"lesson (\d+) of (\d+)", caption.inner_text())
        last = position.group(1) == position.group(2)
        button = page.get_by_role(
            "button",
            name="Mark as complete" if last else "Mark as complete and continue",
            exact=True,
        )
        expect(button).to_be_visible()
        if keyboard:
            person.skip_to_main()
        person.press(button)
        lessons_read += 1
        if last:
            break
        expect(caption).to_contain_text(f"lesson {int(position.group(1)) + 1} of")
    assert lessons_read >= 1

    # Back on the module page, which links to the module's quiz.
    expect(h1).to_have_text(module_title)
    expect(main).to_contain_text(f"You have finished the lessons in {module_title}")

    # Before the quiz, My journey has the baseline's row (at least) in its stage history.
    page.goto(site("/journey/"))
    expect(h1).to_have_text("My journey")
    rows_before = _stage_history_rows(page)
    assert rows_before >= 1, "the baseline gives a starting stage"
    page.go_back()
    expect(h1).to_have_text(module_title)
    if keyboard:
        person.skip_to_main()
    person.follow(page.get_by_role("link", name=f"Quiz: {module_title}"))
    expect(h1).to_have_text(f"Quiz: {module_title}")
    if keyboard:
        person.skip_to_main()
    person.press(page.get_by_role("button", name="Start the quiz"))

    # First try: every answer wrong.
    expect(h1).to_have_text(f"Quiz: {module_title}")
    expect(main).to_contain_text("Answer them all, then submit")
    if keyboard:
        person.skip_to_main()
    _answer_quiz(page, person, right=False)
    person.press(page.get_by_role("button", name="Submit my answers"))
    expect(h1).to_have_text("Not passed yet")
    expect(main).to_contain_text("Your score: 0%")
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

    # My learning: the module is completed and progress has gone up.
    page.goto(site("/learn/"))
    module = main.locator(".app-module-list__item").filter(
        has=page.get_by_role("link", name=module_title, exact=True)
    )
    expect(module.locator(".govuk-tag")).to_have_text("Completed")
    expect(module).to_contain_text("quiz passed")
    after = _numbers(page)
    assert after["lessons"] == before["lessons"] + lessons_read
    assert after["percent"] > before["percent"]
    assert after["modules"] == before["modules"] + 1
    shoot(page, f"{shot}-learn-after")

    # My journey: the stage, and one more row in its history (the passed quiz).
    page.goto(site("/journey/"))
    expect(main.get_by_role("heading", level=2).first).to_contain_text(STAGE_LABEL)
    expect(main).to_contain_text(re.compile(r"\(stage \d of 5\)"))
    assert _stage_history_rows(page) == rows_before + 1
    history = page.get_by_role("table", name="Each time your stage was worked out")
    expect(history.locator("tbody tr").last).to_contain_text(f"Quiz: {module_title} (100%)")
    shoot(page, f"{shot}-journey")
    if keyboard:
        # On a narrow screen the history table scrolls inside a region the keyboard can reach.
        person.skip_to_main()
        person.tab_to(page.get_by_role("region", name="Your stage history"))

    if keyboard:
        assert person.steps > 100, "the keyboard journey checked focus at every stop"


@pytest.mark.parametrize(
    ("javascript", "keyboard"),
    [
        pytest.param(True, False, id="javascript-mouse"),
        pytest.param(False, True, id="no-javascript-keyboard"),
    ],
)
def test_councillor_signs_in_takes_the_baseline_and_passes_a_module(
    live_site, new_page, javascript, keyboard
):
    page = new_page(javascript=javascript)
    councillor_journey(page, live_site, javascript=javascript, keyboard=keyboard)
