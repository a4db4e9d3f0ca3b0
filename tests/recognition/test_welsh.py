"""Recognition in Welsh (under /cy/): the learning record and its CSV, the certificate and its
public check, commitments and the development plan. The credential's JSON stays English."""

import html
from pathlib import Path

import pytest
from django.conf import settings
from django.utils import timezone, translation
from django.utils.dateformat import format as date_format

from recognition.models import Certificate
from tests.helpers import h1_count, main_html, visible_text

from .test_certificates import complete_programme
from .test_learning_record import csv_cells

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english_around_each_test(settings, tmp_path):
    """Start and leave every test in English (a /cy/ request leaves Welsh active in the
    thread), each signing with its own throwaway key."""
    settings.CREDENTIAL_KEY_PATH = str(Path(tmp_path) / "keys" / "credential-keys.json")
    settings.CREDENTIAL_KEY_AUTOGENERATE = True
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


def text_of(response) -> str:
    return html.unescape(visible_text(main_html(response.content.decode())))


@pytest.fixture
def holder(world):
    me = world.councillors[0]
    complete_programme(me, world.programme)
    return me


def test_a_councillor_reads_their_learning_record_and_csv_in_welsh(client, holder):
    client.force_login(holder)
    response = client.get("/cy/learn/record/")
    assert response.status_code == 200
    assert h1_count(response.content.decode()) == 1
    text = text_of(response)
    assert "Eich cofnod dysgu" in text
    assert "Modiwlau rydych chi wedi'u cwblhau" in text
    assert "Sesiynau byw a fynychwyd gennych" in text
    header = csv_cells(client.get("/cy/learn/record.csv"))[0]
    assert header[:4] == ["Cynghorydd", "Cyngor", "Rhaglen", "Modiwl"]
    # In English the same file keeps its English headings.
    assert csv_cells(client.get("/learn/record.csv"))[0][0] == "Councillor"


def test_the_certificate_and_its_public_check_are_in_welsh(client, holder):
    certificate = Certificate.objects.get(user=holder)
    client.force_login(holder)
    text = text_of(client.get(f"/cy/learn/certificates/{certificate.public_id}/"))
    assert "Tystysgrif cwblhau" in text and "Hyrwyddwyr Digidol i Gynghorwyr" in text
    client.logout()
    response = client.get(f"/cy/credentials/{certificate.public_id}/")
    assert response.status_code == 200
    text = text_of(response)
    assert "Gwirio tystysgrif" in text and "Dilys" in text
    with translation.override("cy"):  # the date's month follows the language
        assert date_format(timezone.localdate(certificate.issued_at), "j F Y") in text
    # A bad paste gets a plain Welsh answer, never a 500.
    response = client.post(f"/cy/credentials/{certificate.public_id}/", {"credential": "abc"})
    assert response.status_code in (200, 400)
    assert "Nid tystlythyr digidol yw hwn" in text_of(response)
    # The credential itself is machine-read: its fields stay English.
    client.force_login(holder)
    document = client.get(f"/cy/learn/certificates/{certificate.public_id}/credential.json")
    assert "OpenBadgeCredential" in document.content.decode()


def test_commitments_and_the_development_plan_are_in_welsh(client, world):
    client.force_login(world.councillors[0])
    response = client.get("/cy/learn/commitments/")
    assert response.status_code == 200
    assert "Eich ymrwymiadau" in text_of(response)
    response = client.get("/cy/learn/plan/")
    assert response.status_code == 200
    text = text_of(response)
    assert "Eich cynllun datblygu" in text and "Eich cryfderau" in text
    assert settings.LANGUAGE_CODE == "en-gb"
