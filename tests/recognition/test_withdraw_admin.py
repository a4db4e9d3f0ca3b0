"""Withdrawing a certificate from the Wagtail admin: platform admins and lead trainers only,
asked why and to confirm, through the same service as `manage.py revoke_certificate`."""

import json

import pytest
from django.utils import timezone
from wagtail.models import ModelLogEntry

from recognition import credentials
from recognition.constants import STATUS_LIST_NUMBER
from recognition.models import Certificate
from recognition.services import certificate_issue
from tests.factories.people import (
    AdminFactory,
    FacilitatorFactory,
    LeaderFactory,
    LeadTrainerFactory,
    TrainerFactory,
)
from tests.helpers import sign_in

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def signing(settings, tmp_path):
    settings.CREDENTIAL_KEY_PATH = str(tmp_path / "keys" / "credential-keys.json")
    settings.CREDENTIAL_KEY_AUTOGENERATE = True


@pytest.fixture
def certificate(world):
    return certificate_issue(user=world.councillors[0], programme=world.programme.page)


def withdraw_url(certificate) -> str:
    return f"/admin/certificates/withdraw/{certificate.pk}/"


def status_bit(client, index: int) -> bool:
    """The certificate's bit in the public status list, read as any verifier would."""
    from joserfc import jws

    token = client.get(f"/credentials/status/{STATUS_LIST_NUMBER}").content.decode()
    claims = json.loads(jws.extract_compact(token.encode()).payload)
    return credentials.decoded_bit(claims["credentialSubject"]["encodedList"], index)


@pytest.mark.parametrize("staff", [LeadTrainerFactory, AdminFactory])
def test_a_lead_trainer_or_admin_withdraws_a_certificate_with_a_reason(
    client, world, certificate, staff
):
    staff_email = staff().email
    sign_in(client, staff_email)
    listing = client.get("/admin/certificates/").content.decode()
    assert certificate.public_id in listing and withdraw_url(certificate) in listing
    page = client.get(withdraw_url(certificate))
    assert page.status_code == 200
    html = page.content.decode()
    assert world.councillors[0].get_full_name() in html and "Why is it withdrawn?" in html
    assert not status_bit(client, certificate.status_index)

    response = client.post(
        withdraw_url(certificate), {"reason": "  Issued in error.  ", "confirm": "on"}
    )
    assert response.status_code == 302 and response.url == "/admin/certificates/"
    certificate.refresh_from_db()
    assert certificate.revoked and certificate.revoked_reason == "Issued in error."
    assert status_bit(client, certificate.status_index)
    verify = client.get(f"/credentials/{certificate.public_id}/").content.decode()
    assert "This certificate was withdrawn on" in verify
    # Withdrawn: the list no longer offers it, and its page says when and why.
    assert withdraw_url(certificate) not in client.get("/admin/certificates/").content.decode()
    again = client.get(withdraw_url(certificate)).content.decode()
    assert "was withdrawn on" in again and "Issued in error." in again
    # Who withdrew it is in Wagtail's audit log.
    entry = ModelLogEntry.objects.get(action="recognition.withdraw")
    assert entry.user.email == staff_email and entry.object_id == str(certificate.pk)


def test_withdrawing_twice_keeps_the_first_date_and_reason(client, world, certificate):
    sign_in(client, LeadTrainerFactory().email)
    client.post(withdraw_url(certificate), {"reason": "Issued in error.", "confirm": "on"})
    first = Certificate.objects.get(pk=certificate.pk)
    response = client.post(withdraw_url(certificate), {"reason": "Another go", "confirm": "on"})
    assert response.status_code == 302
    second = Certificate.objects.get(pk=certificate.pk)
    assert (second.revoked_at, second.revoked_reason) == (first.revoked_at, "Issued in error.")


@pytest.mark.parametrize(
    "data, message",
    [
        ({"reason": "   ", "confirm": "on"}, "Say why the certificate is withdrawn"),
        ({"reason": "Issued in error."}, "Tick the box to confirm you mean to withdraw it"),
        ({"reason": "x" * 501, "confirm": "on"}, "500 characters or fewer"),
    ],
)
def test_without_a_reason_or_the_tick_nothing_is_withdrawn(
    client, world, certificate, data, message
):
    sign_in(client, LeadTrainerFactory().email)
    response = client.post(withdraw_url(certificate), data)
    assert response.status_code == 200 and message in response.content.decode()
    certificate.refresh_from_db()
    assert certificate.revoked_at is None and not status_bit(client, certificate.status_index)


@pytest.mark.parametrize("staff", [TrainerFactory, FacilitatorFactory, LeaderFactory])
def test_other_staff_can_neither_list_nor_withdraw(client, world, certificate, staff):
    sign_in(client, staff().email)
    for url in ("/admin/certificates/", withdraw_url(certificate)):
        assert client.get(url).status_code in (302, 403), url
    response = client.post(withdraw_url(certificate), {"reason": "No", "confirm": "on"})
    assert response.status_code in (302, 403)
    certificate.refresh_from_db()
    assert certificate.revoked_at is None


def test_a_councillor_is_refused_and_a_missing_certificate_is_a_404(client, world, certificate):
    sign_in(client, world.councillors[0].email)
    assert client.get(withdraw_url(certificate)).status_code in (302, 403)
    client.logout()
    sign_in(client, LeadTrainerFactory().email)
    assert client.get("/admin/certificates/withdraw/999999/").status_code == 404


def test_nobody_adds_edits_or_deletes_a_certificate_in_the_admin(client, world, certificate):
    sign_in(client, AdminFactory().email)
    for url in (
        "/admin/certificates/new/",
        f"/admin/certificates/edit/{certificate.pk}/",
        f"/admin/certificates/delete/{certificate.pk}/",
    ):
        assert client.get(url).status_code in (302, 403), url
    client.post(f"/admin/certificates/delete/{certificate.pk}/")
    assert Certificate.objects.filter(pk=certificate.pk).exists()
    assert timezone.now() >= certificate.issued_at
