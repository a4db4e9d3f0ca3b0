"""The councillor's journey in Welsh, in a real browser, JavaScript on and off: sign in by an
emailed code on the Welsh sign-in page, the starting self-assessment (its statements in Welsh),
the knowledge starting check, a lesson of module 1 and its quiz in Welsh, and My journey. Every
page says lang="cy" and is axe-clean; the switcher lands on the same page in English."""

import re

import pytest
from playwright.sync_api import Page, expect

from .answers import OPTION_IS_RIGHT, baseline_answer
from .audit import Audit
from .people import person_for

pytestmark = pytest.mark.browser

COUNCILLOR = "councillor@example.org"
MODULE_1 = "/cy/digital-champions/digital-leadership-is-political-leadership/"


def _in_welsh(page: Page, audit: Audit, name: str, heading: str) -> None:
    expect(page.get_by_role("heading", level=1)).to_have_text(heading)
    expect(page.locator("html")).to_have_attribute("lang", "cy")
    assert "/cy/" in page.url, page.url
    audit.check(page, name)


def _answer(page: Page, person, *, right: bool) -> None:
    questions = page.locator("form fieldset")
    assert questions.count() > 0
    for i in range(questions.count()):
        inputs = questions.nth(i).locator("input")
        values = [inputs.nth(n).get_attribute("value") for n in range(inputs.count())]
        wanted = [v for v in values if OPTION_IS_RIGHT.get(v) == right]
        assert wanted, f"options not in the seeded question banks: {values}"
        if inputs.first.get_attribute("type") == "radio":
            person.choose(questions.nth(i).locator(".govuk-radios"), wanted[0])
        else:
            for value in wanted if right else wanted[:1]:
                person.tick(questions.nth(i).locator(f'input[value="{value}"]'))


@pytest.mark.parametrize("javascript", [True, False], ids=["javascript", "no-javascript"])
def test_a_councillor_takes_the_starting_point_a_lesson_and_a_quiz_in_welsh(
    live_site, new_page, javascript
):
    from .conftest import newest_sign_in_code

    page = new_page(javascript=javascript)
    person = person_for(page, keyboard=False)
    audit = Audit(javascript=javascript)
    main = page.get_by_role("main")

    # Sign in by code, in Welsh.
    page.goto(live_site("/cy/accounts/login/"))
    _in_welsh(page, audit, "sign in (Welsh)", "Mewngofnodi")
    person.follow(page.get_by_role("button", name="Anfon cod mewngofnodi ataf drwy e-bost"))
    person.type_into(page.get_by_label("E-bost"), COUNCILLOR)
    person.press(page.get_by_role("button", name="Anfon cod ataf drwy e-bost"))
    code_box = page.get_by_label("Cod mewngofnodi")
    expect(code_box).to_be_visible()
    expect(page.locator("html")).to_have_attribute("lang", "cy")
    audit.check(page, "sign-in code (Welsh)")
    person.type_into(code_box, newest_sign_in_code(live_site.mail_dir))
    person.press(page.get_by_role("button", name="Mewngofnodi", exact=True))

    # The starting point, in Welsh because the sign-in was.
    expect(page).to_have_url(live_site("/cy/journey/start/"))
    _in_welsh(page, audit, "starting point (Welsh)", "Eich man cychwyn")

    # The starting self-assessment: the interface and the statements in Welsh.
    person.follow(page.get_by_role("link", name="1. Eich hunanasesiad cychwynnol"))
    _in_welsh(page, audit, "self-assessment (Welsh)", "Eich hunanasesiad cychwynnol")
    expect(main).to_contain_text(
        "Mae gwasanaethau digidol yn helpu fy nghyngor i wasanaethu trigolion yn well."
    )
    expect(main).not_to_contain_text("Digital services help my council serve residents better.")
    groups = page.locator("form .govuk-radios")
    assert groups.count() == 26
    for i in range(groups.count()):
        name = groups.nth(i).locator("input").first.get_attribute("name")
        person.choose(groups.nth(i), baseline_answer(name))
    person.press(page.get_by_role("button", name="Cadw fy atebion"))
    _in_welsh(page, audit, "starting point, one task done (Welsh)", "Eich man cychwyn")

    # The knowledge starting check, in Welsh.
    person.follow(page.get_by_role("link", name="2. Gwiriad gwybodaeth cychwynnol"))
    expect(page.locator("html")).to_have_attribute("lang", "cy")
    audit.check(page, "knowledge check (Welsh)")
    person.press(page.get_by_role("button", name="Dechrau'r gwiriad"))
    _answer(page, person, right=False)
    audit.check(page, "knowledge check questions (Welsh)")
    person.press(page.get_by_role("button", name="Cyflwyno fy atebion"))
    expect(page.locator("html")).to_have_attribute("lang", "cy")
    audit.check(page, "knowledge check result (Welsh)")

    # A lesson of module 1, in Welsh.
    page.goto(live_site(MODULE_1 + "why-digital-choices-are-political/"))
    _in_welsh(
        page,
        audit,
        "module 1 lesson (Welsh)",
        "Pam mae dewisiadau digidol yn ddewisiadau gwleidyddol",
    )

    # Module 1's quiz, in Welsh: passed.
    page.goto(live_site(MODULE_1 + "quiz/"))
    expect(page.locator("html")).to_have_attribute("lang", "cy")
    audit.check(page, "module 1 quiz (Welsh)")
    person.press(page.get_by_role("button", name="Dechrau'r cwis"))
    _answer(page, person, right=True)
    audit.check(page, "module 1 quiz questions (Welsh)")
    person.press(page.get_by_role("button", name="Cyflwyno fy atebion"))
    _in_welsh(page, audit, "module 1 quiz passed (Welsh)", "Rydych chi wedi pasio")

    # My journey, in Welsh; the switcher lands on the same page in English.
    page.goto(live_site("/cy/journey/"))
    _in_welsh(page, audit, "my journey (Welsh)", "Fy nhaith")
    person.follow(page.get_by_role("link", name="English"))
    expect(page).to_have_url(re.compile(r"/journey/$"))
    assert "/cy/" not in page.url
    expect(page.locator("html")).to_have_attribute("lang", "en-GB")
    expect(page.get_by_role("heading", level=1)).to_have_text("My journey")
    audit.assert_clean()
