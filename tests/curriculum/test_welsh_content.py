"""Welsh content through wagtail-localize: load_curriculum makes the Welsh from content/cy/,
a second load writes nothing, an English change marks the Welsh out of date until content/cy/
catches up, /cy/ serves the Welsh, a page without Welsh says so, and trainers see what is
missing. Uses the demo (built through the real loader, Welsh included)."""

import shutil
from io import StringIO
from pathlib import Path

import polib
import pytest
from django.core.management import call_command
from wagtail.models import Locale, Page

from champions.pages.models import HomePage
from curriculum.files import CONTENT_DIR
from curriculum.welsh import MISSING, OUT_OF_DATE, UP_TO_DATE, welsh_state
from quizzes.models import InstrumentItem
from tests.curriculum.test_load_curriculum import what_is_stored

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
