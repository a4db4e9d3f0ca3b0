"""Welsh content through wagtail-localize: load_curriculum makes the Welsh from content/cy/,
a second load writes nothing, an English change marks the Welsh out of date until content/cy/
catches up, /cy/ serves the Welsh, a page without Welsh says so, and trainers see what is
missing. Uses the demo (built through the real loader, Welsh included)."""

import json
import shutil
from html import unescape
from io import StringIO
from pathlib import Path

import polib
import pytest
from django.core.management import call_command
from wagtail.models import Locale, Page

from champions.pages.models import HomePage
from courses.models import LessonPage
from curriculum.files import CONTENT_DIR
from curriculum.welsh import MISSING, OUT_OF_DATE, UP_TO_DATE, welsh_state
from quizzes.models import InstrumentItem
from tests.curriculum.test_load_curriculum import what_is_stored
from tests.helpers import visible_text

pytestmark = [pytest.mark.django_db, pytest.mark.demo]
WELSH_HOME_TITLE = "Arwain newid digidol yn eich cyngor"


def load(content: Path = CONTENT_DIR) -> str:
    out = StringIO()
    call_command("load_curriculum", "--content", str(content), stdout=out, stderr=out)
    return out.getvalue()


def english_home() -> HomePage:
    return HomePage.objects.get(locale=Locale.get_default())


@pytest.fixture
def content_copy(tmp_path) -> Path:
    shutil.copytree(CONTENT_DIR, tmp_path / "content")
    return tmp_path / "content"


def test_the_demo_has_the_welsh_and_a_second_load_writes_nothing(demo):
    welsh = english_home().get_translation(Locale.objects.get(language_code="cy"))
    assert welsh.title == WELSH_HOME_TITLE and welsh.live
    before = what_is_stored()

    output = load()

    assert "Nothing to change" in output
    assert what_is_stored() == before
    assert welsh_state(english_home()) == UP_TO_DATE


def test_an_english_change_marks_the_welsh_out_of_date_until_content_cy_has_it(demo, content_copy):
    home_md = content_copy / "pages" / "home.md"
    new_title = "Lead digital change in your council, together"
    home_md.write_text(
        home_md.read_text().replace(
            "title: Lead digital change in your council", f"title: {new_title}"
        )
    )

    output = load(content_copy)

    assert "updated /home/" in output
    assert "Welsh out of date (left as it was): /home/: 1 string(s)" in output
    assert welsh_state(english_home()) == OUT_OF_DATE
    welsh = english_home().get_translation(Locale.objects.get(language_code="cy"))
    assert welsh.title == WELSH_HOME_TITLE  # the Welsh as it was

    po_path = content_copy / "cy" / "home.po"
    po = polib.pofile(str(po_path))
    po.append(
        polib.POEntry(
            msgctxt="title", msgid=new_title, msgstr="Arwain newid digidol gyda'ch gilydd"
        )
    )
    po.save(str(po_path))
    output = load(content_copy)

    assert "updated Welsh /home/" in output
    assert welsh_state(english_home()) == UP_TO_DATE
    welsh.refresh_from_db()
    assert welsh.title == "Arwain newid digidol gyda'ch gilydd"
    assert "Nothing to change" in load(content_copy)


def test_an_edit_in_the_cms_marks_the_welsh_out_of_date(demo):
    home = english_home()
    home.title = "Lead digital change in your council, together"
    home.save_revision().publish()

    assert welsh_state(english_home()) == OUT_OF_DATE


def test_the_welsh_address_serves_the_welsh_page(client, demo):
    response = client.get("/cy/")

    assert response.status_code == 200
    assert WELSH_HOME_TITLE in response.text
    assert "Lead digital change in your council" not in response.text
    english = client.get("/")
    assert english.status_code == 200 and "Lead digital change in your council" in english.text


def test_a_page_without_welsh_says_so_in_both_languages_and_links_to_the_english(client, demo):
    module = Page.objects.get(
        locale=Locale.get_default(), slug="designing-services-around-residents"
    )
    assert welsh_state(module) == MISSING

    response = client.get(f"/cy{module.url}")

    # The English page, in the Welsh interface, under a notice in both languages.
    assert response.status_code == 200
    assert "Does dim fersiwn Gymraeg o’r dudalen hon eto" in response.text
    assert "This page is not in Welsh yet" in response.text
    assert f'href="{module.url}"' in response.text
    assert module.title in response.text
    assert response.text.count("<h1") == 1


def test_an_address_with_no_page_in_either_language_is_the_usual_not_found(client, demo):
    response = client.get("/cy/no-such-page/")

    assert response.status_code == 404
    assert "Does dim fersiwn Gymraeg" not in response.text


def test_welsh_instrument_items_keep_the_key_and_scoring_of_their_original(demo):
    welsh = Locale.objects.get(language_code="cy")
    for item in InstrumentItem.objects.originals():
        copy = item.get_translation_or_none(welsh)
        if copy is None:
            continue
        assert (copy.key, copy.dimension, copy.reverse_coded, copy.sort_order) == (
            item.key, item.dimension, item.reverse_coded, item.sort_order,
        )  # fmt: skip
        assert copy.text != item.text


def test_trainers_see_what_has_no_welsh_or_is_out_of_date(client, demo):
    client.force_login(demo["trainer"])

    response = client.get("/admin/reports/welsh/")

    assert response.status_code == 200
    assert "No Welsh yet" in response.text
    assert "Designing services around residents" in response.text


# --- list items: takeaways, further reading, case-study figures -----------------------------------

MODULE_1 = "digital-leadership-is-political-leadership"
LESSON_1 = f"{MODULE_1}/why-digital-choices-are-political"
LESSON_3 = f"{MODULE_1}/enthusiasts-and-sceptics"
TAKEAWAY = "Most digital decisions are decisions about services, rights and money."
WELSH_TAKEAWAY = (
    "Penderfyniadau am wasanaethau, hawliau ac arian yw'r rhan fwyaf o benderfyniadau digidol."
)
READING_URL = (
    "https://www.gov.uk/government/publications/state-of-digital-government-review/"
    "state-of-digital-government-review"
)


def english_page(path: str) -> Page:
    return Page.objects.get(
        locale=Locale.get_default(), url_path=f"{english_home().url_path}digital-champions/{path}/"
    ).specific


def page_text(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return unescape(visible_text(response.content.decode()))


def test_a_welsh_lesson_shows_its_takeaways_and_further_reading_in_welsh(client, demo):
    client.force_login(demo["councillor"])
    lesson = english_page(LESSON_1)

    response = client.get(f"/cy{lesson.url}")
    html = response.content.decode()
    text = unescape(visible_text(html))

    assert "Negeseuon allweddol" in text
    assert WELSH_TAKEAWAY in text
    assert "Pan glywch 'dim ond uwchraddio TG yw e', gofynnwch beth sy'n newid i drigolion." in text
    assert "Adolygiad o Gyflwr Llywodraeth Ddigidol (GOV.UK, yn Saesneg)" in text
    assert (
        f'href="{READING_URL}" rel="noopener noreferrer">Adolygiad o Gyflwr' in html
    )  # as written
    assert TAKEAWAY not in text and "Key takeaways" not in text
    assert ">State of Digital Government Review</a>" not in html
    english = page_text(client, lesson.url)
    assert TAKEAWAY in english and "Key takeaways" in english
    assert WELSH_TAKEAWAY not in english


def test_case_study_figures_are_welsh_on_the_welsh_lesson_and_module(client, demo):
    client.force_login(demo["councillor"])
    figure = "A cabinet member championed digital in 49% of councils"
    welsh_figure = "Roedd aelod o'r cabinet yn hyrwyddo digidol mewn 49% o gynghorau"

    for page in (english_page(LESSON_3), english_page(MODULE_1)):
        text = page_text(client, f"/cy{page.url}")
        assert welsh_figure in text and figure not in text
        assert figure in page_text(client, page.url)


def test_welsh_template_lists_list_items_for_the_translator(demo, content_copy):
    po_path = content_copy / "cy" / f"digital-champions/{LESSON_1}.po"
    po = polib.pofile(str(po_path))
    for entry in [e for e in po if e.msgctxt.startswith("body.items")]:
        po.remove(entry)
    po.save(str(po_path))

    call_command(
        "welsh_template", f"digital-champions/{LESSON_1}", "--content", str(content_copy),
        stdout=StringIO(),
    )  # fmt: skip

    added = {(e.msgctxt, e.msgid): e.msgstr for e in polib.pofile(str(po_path))}
    assert added[("body.items", TAKEAWAY)] == ""
    assert added[("body.items.title", "State of Digital Government Review")] == ""
    assert added[("body.items.publisher", "GOV.UK")] == ""
    assert not any(text == READING_URL for _, text in added)  # links are not for translating


def test_the_welsh_report_counts_a_takeaway_without_welsh(client, demo, content_copy):
    lesson = english_page(LESSON_1)
    assert welsh_state(lesson) == UP_TO_DATE
    lesson_md = next((content_copy / "modules").glob(f"*-{MODULE_1}/lessons/01-*.md"))
    new_takeaway = "Most digital decisions are decisions about services, rights and budgets."
    lesson_md.write_text(lesson_md.read_text().replace(TAKEAWAY, new_takeaway))

    output = load(content_copy)

    assert f"Welsh out of date (left as it was): {lesson.url_path}: 1 string(s)" in output
    assert welsh_state(english_page(LESSON_1)) == OUT_OF_DATE
    client.force_login(demo["trainer"])
    report = client.get("/admin/reports/welsh/").content.decode()
    row = next(r for r in report.split("<tr>") if lesson.url_path in r)
    assert "Welsh out of date" in row
    client.force_login(demo["councillor"])
    assert WELSH_TAKEAWAY in page_text(client, f"/cy{lesson.url}")  # the Welsh as it was

    po_path = content_copy / "cy" / f"digital-champions/{LESSON_1}.po"
    po = polib.pofile(str(po_path))
    new_welsh = "Penderfyniadau am wasanaethau, hawliau a chyllidebau yw'r rhan fwyaf ohonynt."
    po.append(polib.POEntry(msgctxt="body.items", msgid=new_takeaway, msgstr=new_welsh))
    po.save(str(po_path))

    assert f"updated Welsh {lesson.url_path}" in load(content_copy)
    assert welsh_state(english_page(LESSON_1)) == UP_TO_DATE
    assert new_welsh in page_text(client, f"/cy{lesson.url}")
    assert "Nothing to change" in load(content_copy)


def test_lists_stored_before_items_had_ids_are_rewritten_once_then_translated(client, demo):
    """A site loaded before this fix stored plain lists, which wagtail-localize leaves out of
    a translation: the next load gives the items ids (one revision), then writes nothing."""
    lesson = english_page(LESSON_1)
    old = [
        {
            **block,
            "value": {**block["value"], "items": [i["value"] for i in block["value"]["items"]]},
        }
        if block["type"] in ("takeaways", "further_reading")
        else block
        for block in lesson.body.raw_data
    ]
    LessonPage.objects.filter(pk=lesson.pk).update(body=json.dumps(old))
    lesson.refresh_from_db()
    assert (
        TAKEAWAY
        in [b["value"]["items"] for b in lesson.body.raw_data if b["type"] == "takeaways"][0]
    )

    output = load()

    assert f"updated {lesson.url_path}" in output
    lesson.refresh_from_db()
    takeaways = next(b for b in lesson.body.raw_data if b["type"] == "takeaways")
    assert all(item["type"] == "item" and item["id"] for item in takeaways["value"]["items"])
    assert welsh_state(lesson) == UP_TO_DATE
    client.force_login(demo["councillor"])
    assert WELSH_TAKEAWAY in page_text(client, f"/cy{lesson.url}")
    before = what_is_stored()
    assert "Nothing to change" in load()
    assert what_is_stored() == before
