"""Download my data and delete my account in Welsh, under /cy/: headings, buttons, messages and
the form's errors, with nothing deleted on a wrong confirmation."""

from html import unescape

import pytest

from champions.accounts.models import User
from tests.factories import CouncillorFactory
from tests.helpers import confirm_identity_by_code, h1_count, visible_text

pytestmark = pytest.mark.django_db


def test_download_your_data_is_in_welsh(client):
    client.force_login(CouncillorFactory())
    page = client.get("/cy/account/data/")
    assert page.status_code == 200
    html = page.content.decode()
    text = visible_text(html)
    assert h1_count(html) == 1 and "Lawrlwytho eich data" in text  # "Download your data"
    assert "Paratoi copi o fy nata" in text and "Download your data" not in text

    asked = client.post("/cy/account/data/", follow=True)
    text = visible_text(asked.content.decode())
    assert "Mae eich copi o’ch data yn barod." in text or "Rydym wrthi’n paratoi" in text


def test_deleting_an_account_asks_in_welsh_and_refuses_a_wrong_phrase(client, outbox):
    person = CouncillorFactory()
    client.force_login(person)
    # Confirmed on the English pages (allauth's wording is translated elsewhere); the
    # confirmation holds for the session, whatever the language.
    confirm_identity_by_code(client, client.get("/account/delete/"), outbox)
    page = client.get("/cy/account/delete/")
    assert page.status_code == 200
    text = unescape(visible_text(page.content.decode()))
    assert "Dileu eich cyfrif" in text and "Dileu fy nghyfrif" in text
    assert 'I gadarnhau, teipiwch "delete my account"' in text

    refused = client.post("/cy/account/delete/", {"confirmation": "dileu"})
    assert refused.status_code == 400
    text = visible_text(refused.content.decode())
    assert "Nid oes dim wedi’i ddileu." in text and "Gwall:" in text
    assert User.objects.filter(pk=person.pk).exists()
