"""Certificates and their Open Badges 3.0 credentials: issued once when the programme is
complete, downloaded as a PDF and a signed credential, checked independently (joserfc with the
published JWKS, the OB 3.0 fields' JSON schema), withdrawn through the status list."""

import io
import json
import logging
import os
import re
import warnings
from pathlib import Path

import jsonschema
import pypdf
import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import IntegrityError
from joserfc import jws
from joserfc.errors import BadSignatureError
from joserfc.jwk import KeySet, OKPKey

from cohorts.constants import DepartureReason
from courses.services import lesson_mark_complete
from privacy.queries import personal_data
from privacy.services import account_erase, learner_records_erase
from quizzes.constants import LEARNER_STAGE_LABELS, STAGE_LABELS
from recognition import credentials
from recognition.keys import signing_key
from recognition.models import Certificate
from recognition.services import certificate_issue, certificate_revoke, certificates_issue_due
from tests.helpers import h1_count, visible_text

from . import ob3_schema
from .conftest import pass_module_quiz

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def key_file(settings, tmp_path):
    """Each test signs with its own throwaway key (made on first use, as in development)."""
    settings.CREDENTIAL_KEY_PATH = str(tmp_path / "keys" / "credential-keys.json")
    settings.CREDENTIAL_KEY_AUTOGENERATE = True
    return Path(settings.CREDENTIAL_KEY_PATH)


def complete_programme(user, programme, *, last_quiz: bool = True):
    for module in programme.modules:
        for lesson in programme.lessons[module.pk]:
            lesson_mark_complete(user=user, lesson=lesson)
    for module in programme.modules if last_quiz else programme.modules[:-1]:
        pass_module_quiz(user, programme, module)


@pytest.fixture
def holder(world):
    me = world.councillors[0]
    complete_programme(me, world.programme)
    return me


@pytest.fixture
def certificate(holder):
    return Certificate.objects.get(user=holder)


def independent_verify(client, token: str) -> dict:
    """What any verifier does: fetch our JWKS anonymously, check the signature with joserfc."""
    client.logout()
    jwks = client.get("/credentials/keys.json").json()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # joserfc notes RFC 9864's new name for EdDSA
        signed = jws.deserialize_compact(token, KeySet.import_key_set(jwks), algorithms=["EdDSA"])
    assert signed.headers()["typ"] == "vc+jwt"
    assert signed.headers()["kid"] in {k["kid"] for k in jwks["keys"]}
    return json.loads(signed.payload)


def download_token(client, user, certificate) -> str:
    client.force_login(user)
    response = client.get(f"/learn/certificates/{certificate.public_id}/credential.jwt")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/vc+jwt"
    return response.content.decode()


# --- Issuing ---------------------------------------------------------------------------------


def test_passing_the_last_quiz_of_the_programme_issues_one_certificate(world, holder):
    certificates = list(Certificate.objects.filter(user=holder))
    assert len(certificates) == 1
    only = certificates[0]
    assert only.programme_title == world.programme.page.title
    assert re.fullmatch(r"[0-9a-f]{32}", only.public_id) and only.revoked_at is None
    # Issuing again (a second pass, the nightly command, a retry after a crash) gives the same.
    assert certificate_issue(user=holder, programme=world.programme.page) == only
    assert certificates_issue_due(user=holder) == [only]
    pass_module_quiz(holder, world.programme, world.programme.modules[0])
    call_command("issue_certificates", stdout=io.StringIO())
    assert Certificate.objects.filter(user=holder).count() == 1


def test_no_certificate_before_every_core_module_is_complete(world):
    me = world.councillors[1]
    complete_programme(me, world.programme, last_quiz=False)
    assert not Certificate.objects.filter(user=me).exists()


def test_the_command_issues_what_a_last_lesson_completed(world):
    """The quizzes passed first, the last lesson read after: the nightly command catches it."""
    me = world.councillors[1]
    lessons = world.programme.all_lessons
    for lesson in lessons[:-1]:
        lesson_mark_complete(user=me, lesson=lesson)
    for module in world.programme.modules:
        pass_module_quiz(me, world.programme, module)
    assert not Certificate.objects.filter(user=me).exists()
    lesson_mark_complete(user=me, lesson=lessons[-1])
    out = io.StringIO()
    call_command("issue_certificates", stdout=out)
    assert "Issued 1 certificate." in out.getvalue()
    assert Certificate.objects.filter(user=me).count() == 1


def test_without_a_key_nothing_is_issued_and_the_quiz_still_passes(
    world, settings, tmp_path, caplog
):
    settings.CREDENTIAL_KEY_AUTOGENERATE = False  # as in production
    settings.CREDENTIAL_KEY_PATH = str(tmp_path / "missing.json")
    me = world.councillors[1]
    with caplog.at_level(logging.ERROR, logger="recognition.services"):
        complete_programme(me, world.programme)
    assert not Certificate.objects.filter(user=me).exists()
    assert "Certificate not issued" in caplog.text
    with pytest.raises(CommandError, match="No certificates issued"):
        call_command("issue_certificates")
    settings.CREDENTIAL_KEY_PATH = ""
    with pytest.raises(CommandError, match="CREDENTIAL_KEY_PATH"):
        call_command("issue_certificates")


def test_the_deploy_check_warns_without_a_key_and_is_quiet_with_one(settings, tmp_path):
    from recognition.checks import credential_key_is_configured

    settings.CREDENTIAL_KEY_AUTOGENERATE = False
    settings.CREDENTIAL_KEY_PATH = ""
    [warning] = credential_key_is_configured(None)
    assert warning.id == "recognition.W001" and "not set" in warning.msg
    settings.CREDENTIAL_KEY_PATH = str(tmp_path / "keys.json")
    assert "at " in credential_key_is_configured(None)[0].msg
    call_command("credential_keys", "generate", stdout=io.StringIO())
    assert credential_key_is_configured(None) == []


# --- The councillor's certificate and downloads ----------------------------------------------


def test_the_learning_record_links_the_certificate_and_its_page_shows_it(
    client, holder, certificate, world, django_assert_num_queries
):
    client.force_login(holder)
    record = client.get("/learn/record/").content.decode()
    assert f"/learn/certificates/{certificate.public_id}/" in record
    client.get(f"/learn/certificates/{certificate.public_id}/")  # warm the structure cache
    # User, roles; the certificate; the learning record (programmes, lessons done, passes).
    with django_assert_num_queries(6):
        response = client.get(f"/learn/certificates/{certificate.public_id}/")
    html = response.content.decode()
    assert response.status_code == 200 and h1_count(html) == 1
    text = visible_text(html)
    assert holder.get_full_name() in text and world.programme.page.title in text
    assert "<svg" in html and "QR code of the verification link" in html
    assert f"/credentials/{certificate.public_id}/" in text


def test_the_certificate_pdf_names_the_councillor_and_the_programme(
    client, holder, certificate, world
):
    client.force_login(holder)
    response = client.get(f"/learn/certificates/{certificate.public_id}/certificate.pdf")
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment;")
    text = " ".join(
        page.extract_text() for page in pypdf.PdfReader(io.BytesIO(response.content)).pages
    )
    text = re.sub(r"\s+", " ", text)
    assert holder.get_full_name() in text
    assert world.programme.page.title in text
    assert world.programme.modules[0].title in text
    assert certificate.public_id in text.replace(" ", "")


def test_someone_elses_certificate_is_not_found(client, world, certificate):
    client.force_login(world.councillors[1])
    for suffix in ("", "certificate.pdf", "credential.jwt", "credential.json"):
        assert (
            client.get(f"/learn/certificates/{certificate.public_id}/{suffix}").status_code == 404
        )


# --- The credential --------------------------------------------------------------------------


def test_the_credential_verifies_with_the_published_key_and_meets_the_schema(
    client, holder, certificate, world
):
    token = download_token(client, holder, certificate)
    document = independent_verify(client, token)
    validated = ob3_schema.validate(document)
    assert validated[0] == "ours"
    assert validated[-1] == ("1EdTech" if os.environ.get("OB3_OFFICIAL_SCHEMA") else "ours")
    # The schemas have teeth: without its start date or its achievement it is refused.
    for path in (("validFrom",), ("credentialSubject", "achievement")):
        broken = json.loads(json.dumps(document))
        parent = broken
        for key in path[:-1]:
            parent = parent[key]
        del parent[path[-1]]
        for name in ob3_schema.schemas():
            with pytest.raises(jsonschema.ValidationError):
                ob3_schema.validate_with(name, broken)
    assert document["@context"] == [
        "https://www.w3.org/ns/credentials/v2",
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
    ]
    assert document["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    assert document["id"] == f"http://testserver/credentials/{certificate.public_id}/"
    subject = document["credentialSubject"]
    assert subject["achievement"]["name"] == world.programme.page.title
    assert subject["identifier"][0]["identityHash"] == holder.get_full_name()
    assert holder.email not in token and holder.email not in json.dumps(document)
    status = document["credentialStatus"]
    assert status["type"] == "BitstringStatusListEntry"
    assert status["statusListIndex"] == str(certificate.status_index)
    # The JSON download is the same document, readable.
    client.force_login(holder)
    readable = client.get(f"/learn/certificates/{certificate.public_id}/credential.json")
    assert json.loads(readable.content) == document


def test_the_credential_carries_no_stage_score_or_answer(client, holder, certificate):
    document = json.dumps(independent_verify(client, download_token(client, holder, certificate)))
    for label in [*STAGE_LABELS.values(), *LEARNER_STAGE_LABELS.values()]:
        assert label.lower() not in document.lower()
    assert "%" not in document and "score" not in document.lower()
    assert "stage" not in document.lower()


def test_a_one_character_change_fails_verification(client, holder, certificate):
    token = download_token(client, holder, certificate)
    header, payload, signature = token.split(".")
    tampered_payload = payload[:40] + ("A" if payload[40] != "A" else "B") + payload[41:]
    for tampered in (
        f"{header}.{tampered_payload}.{signature}",
        f"{header}.{payload}.{signature[:-2]}{'A' if signature[-2] != 'A' else 'B'}{signature[-1]}",
    ):
        with pytest.raises((BadSignatureError, ValueError)):
            independent_verify(client, tampered)
        page = client.post(f"/credentials/{certificate.public_id}/", {"credential": tampered})
        assert page.status_code == 200
        assert "Not valid: the signature does not match" in visible_text(page.content.decode())
    ok = client.post(f"/credentials/{certificate.public_id}/", {"credential": token})
    assert "Valid: we issued this credential" in visible_text(ok.content.decode())


def test_rotation_keeps_old_credentials_valid_and_signs_new_ones_with_the_new_key(
    client, holder, certificate, key_file
):
    old = download_token(client, holder, certificate)
    out = io.StringIO()
    call_command("credential_keys", "rotate", stdout=out)
    new = download_token(client, holder, certificate)
    assert (
        jws.extract_compact(old.encode()).headers()["kid"]
        != (jws.extract_compact(new.encode()).headers()["kid"])
    )
    for token in (old, new):
        independent_verify(client, token)
    keys = json.loads(key_file.read_text())["keys"]
    assert "d" in keys[0] and all("d" not in k for k in keys[1:])  # old private key dropped
    assert oct(key_file.stat().st_mode & 0o777) == "0o600"
    shown = io.StringIO()
    call_command("credential_keys", "show", stdout=shown)
    assert "(current)" in shown.getvalue() and '"d"' not in shown.getvalue()
    with pytest.raises(CommandError, match="rotate"):
        call_command("credential_keys", "generate")


# --- Public verification, status list, revocation --------------------------------------------


def test_the_verification_page_says_valid_with_name_programme_and_date(
    client, certificate, holder, world, django_assert_num_queries
):
    client.get(f"/credentials/{certificate.public_id}/")
    with django_assert_num_queries(1):  # the certificate with its holder; no session
        response = client.get(f"/credentials/{certificate.public_id}/")
    html = response.content.decode()
    assert response.status_code == 200 and h1_count(html) == 1
    text = visible_text(html)
    assert "Valid" in text and holder.get_full_name() in text
    assert world.programme.page.title in text and holder.email not in text
    assert 'for="id_credential"' in html  # the paste box is labelled


def test_an_unknown_certificate_and_bad_pastes_get_plain_answers(client, certificate):
    missing = client.get("/credentials/no-such-certificate/")
    assert missing.status_code == 404
    assert "Not found" in visible_text(missing.content.decode())
    for paste, expected, status in [
        ("", "Paste the credential", 400),
        ("not a credential", "three parts joined by dots", 400),
        ("x" * 30_000, "too long", 400),
        ("a.b.c", "the signature does not match", 200),
    ]:
        response = client.post(f"/credentials/{certificate.public_id}/", {"credential": paste})
        assert response.status_code == status, paste[:20]
        assert expected in visible_text(response.content.decode())


def test_revocation_sets_the_status_bit_and_the_page_says_withdrawn(
    client, holder, certificate, django_assert_num_queries
):
    token = download_token(client, holder, certificate)
    client.logout()

    def bit() -> bool:
        with django_assert_num_queries(1):  # the withdrawn certificates' indexes
            response = client.get("/credentials/status/1")
        assert response.status_code == 200
        listed = independent_verify(client, response.content.decode())
        assert listed["type"] == ["VerifiableCredential", "BitstringStatusListCredential"]
        subject = listed["credentialSubject"]
        assert subject["statusPurpose"] == "revocation"
        assert len(credentials.decoded_bits(subject["encodedList"])) * 8 >= 131_072
        return credentials.decoded_bit(subject["encodedList"], certificate.status_index)

    assert bit() is False
    out = io.StringIO()
    call_command(
        "revoke_certificate", certificate.public_id, "--reason", "Issued in error.", stdout=out
    )
    assert "withdrawn" in out.getvalue()
    assert bit() is True
    page = visible_text(client.get(f"/credentials/{certificate.public_id}/").content.decode())
    assert "Withdrawn" in page and "no longer valid" in page
    pasted = client.post(f"/credentials/{certificate.public_id}/", {"credential": token})
    assert "Not valid: this certificate was withdrawn on" in visible_text(pasted.content.decode())
    # Withdrawing again keeps the first reason; the holder can no longer download it.
    again = certificate_revoke(public_id=certificate.public_id, reason="Another reason.")
    assert again.revoked_reason == "Issued in error."
    client.force_login(holder)
    refused = client.get(f"/learn/certificates/{certificate.public_id}/certificate.pdf")
    assert refused.status_code == 403 and "withdrawn" in refused.content.decode()


def test_revoking_needs_a_known_certificate_and_a_reason(certificate):
    with pytest.raises(CommandError, match="no certificate"):
        call_command("revoke_certificate", "nope", "--reason", "x")
    with pytest.raises(CommandError, match="Say why"):
        call_command("revoke_certificate", certificate.public_id, "--reason", "  ")
    certificate.refresh_from_db()
    assert certificate.revoked_at is None


def test_the_keys_are_public_and_hold_no_private_part(
    client, certificate, django_assert_num_queries
):
    with django_assert_num_queries(0):
        response = client.get("/credentials/keys.json")
    assert response.status_code == 200
    [key] = response.json()["keys"]
    assert key["kty"] == "OKP" and key["crv"] == "Ed25519" and "d" not in key
    assert client.get("/credentials/status/2").status_code == 404


# --- Privacy ---------------------------------------------------------------------------------


def test_download_my_data_holds_my_certificate(holder, certificate, world):
    complete_programme(world.councillors[1], world.programme)
    [row] = personal_data(user=holder)["certificates"]
    assert row["programme"] == world.programme.page.title
    assert row["verification_link"] == f"http://testserver/credentials/{certificate.public_id}/"
    assert row["status_list_index"] == certificate.status_index
    assert row["withdrawn_at"] is None


@pytest.mark.parametrize("erase", ["account", "learner_records"])
def test_erasure_deletes_the_certificate_and_its_link_then_says_not_found(
    client, holder, certificate, world, erase
):
    other = world.councillors[1]
    complete_programme(other, world.programme)
    ids = [holder.pk, other.pk]  # erasing the account clears holder.pk
    if erase == "account":
        account_erase(user=holder, notify=False)
    else:
        learner_records_erase(user=holder, reason=DepartureReason.RETENTION, notify=False)
    assert list(Certificate.objects.filter(user_id__in=ids).values_list("user", flat=True)) == [
        other.pk
    ]
    assert client.get(f"/credentials/{certificate.public_id}/").status_code == 404


# --- Edges: what a verifier or an operator may run into --------------------------------------


def sign_as_ours(document, *, typ: str = "vc+jwt") -> str:
    """A token signed with our current key, whatever it says (to test the checks after the
    signature)."""
    key = signing_key()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return jws.serialize_compact(
            {"alg": "EdDSA", "kid": key.kid, "typ": typ},
            json.dumps(document).encode(),
            key,
            algorithms=["EdDSA"],
        )


def test_a_pasted_credential_is_checked_for_type_dates_and_our_records(client, holder, certificate):
    client.force_login(holder)
    document = json.loads(
        client.get(f"/learn/certificates/{certificate.public_id}/credential.json").content
    )
    cases = [
        (sign_as_ours(document, typ="JWT"), "the signature does not match"),
        (sign_as_ours(["not", "a", "credential"]), "the signature does not match"),
        (sign_as_ours(document | {"validFrom": "2999-01-01T00:00:00Z"}), "not valid yet"),
        (sign_as_ours(document | {"validFrom": "yesterday"}), "not valid yet"),
        (
            sign_as_ours(document | {"validUntil": "2020-01-01T00:00:00Z"}),
            "expired on 1 January 2020",
        ),
        (sign_as_ours(document | {"id": "http://testserver/credentials/other/"}), "no longer hold"),
        (sign_as_ours(document | {"credentialStatus": "none"}), "no longer hold"),
    ]
    for token, expected in cases:
        response = client.post(f"/credentials/{certificate.public_id}/", {"credential": token})
        assert response.status_code == 200
        assert expected in visible_text(response.content.decode()), expected
    # Another issuer's key, however well formed, is not ours.
    other = OKPKey.generate_key("Ed25519", private=True)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        forged = jws.serialize_compact(
            {"alg": "EdDSA", "kid": other.thumbprint(), "typ": "vc+jwt"},
            json.dumps(document).encode(),
            other,
            algorithms=["EdDSA"],
        )
    assert not credentials.verify(forged).valid


def test_a_status_index_already_taken_is_drawn_again(world, monkeypatch):
    first, second = world.councillors[0], world.councillors[1]
    complete_programme(first, world.programme)
    taken = Certificate.objects.get(user=first).status_index
    draws = iter([taken, taken, (taken + 1) % 131_072])
    monkeypatch.setattr("recognition.services.secrets.randbelow", lambda n: next(draws))
    complete_programme(second, world.programme)
    assert Certificate.objects.get(user=second).status_index == (taken + 1) % 131_072
    monkeypatch.setattr("recognition.services.secrets.randbelow", lambda n: taken)
    third = world.councillors[2]
    for lesson in world.programme.all_lessons:
        lesson_mark_complete(user=third, lesson=lesson)
    with pytest.raises(IntegrityError, match="No free place"):
        for module in world.programme.modules:
            pass_module_quiz(third, world.programme, module)


def test_without_a_key_downloads_say_not_ready_and_nothing_is_published(
    client, holder, certificate, settings, tmp_path
):
    settings.CREDENTIAL_KEY_AUTOGENERATE = False
    settings.CREDENTIAL_KEY_PATH = str(tmp_path / "gone.json")
    client.force_login(holder)
    for suffix in ("credential.jwt", "credential.json"):
        refused = client.get(f"/learn/certificates/{certificate.public_id}/{suffix}")
        assert refused.status_code == 403 and "not ready yet" in refused.content.decode()
    assert client.get("/credentials/keys.json").json() == {"keys": []}
    assert client.get("/credentials/status/1").status_code == 404
    # The certificate itself (its page and PDF) does not need the key.
    pdf = client.get(f"/learn/certificates/{certificate.public_id}/certificate.pdf")
    assert pdf.status_code == 200


def test_a_withdrawn_certificate_cannot_be_downloaded_as_a_credential(client, holder, certificate):
    certificate_revoke(public_id=certificate.public_id, reason="Issued in error.")
    client.force_login(holder)
    page = client.get(f"/learn/certificates/{certificate.public_id}/").content.decode()
    assert "This certificate was withdrawn on" in page and "credential.jwt" not in page
    for suffix in ("credential.jwt", "credential.json"):
        refused = client.get(f"/learn/certificates/{certificate.public_id}/{suffix}")
        assert refused.status_code == 403 and "Issued in error." in refused.content.decode()
    assert str(certificate).startswith("Certificate ")


def test_the_key_command_explains_what_is_missing(settings, tmp_path, key_file):
    settings.CREDENTIAL_KEY_AUTOGENERATE = False
    settings.CREDENTIAL_KEY_PATH = ""
    with pytest.raises(CommandError, match="Set CREDENTIAL_KEY_PATH"):
        call_command("credential_keys", "show")
    settings.CREDENTIAL_KEY_PATH = str(tmp_path / "none.json")
    with pytest.raises(CommandError, match="generate"):
        call_command("credential_keys", "rotate")
    with pytest.raises(CommandError, match="generate"):
        call_command("credential_keys", "show")
    # A file holding public keys only cannot sign.
    public_only = tmp_path / "public.json"
    public_only.write_text(json.dumps({"keys": [{"kty": "OKP", "crv": "Ed25519", "x": "x"}]}))
    settings.CREDENTIAL_KEY_PATH = str(public_only)
    with pytest.raises(CommandError, match="no current private key"):
        call_command("credential_keys", "rotate")


def test_the_learning_record_as_a_pdf_lists_modules_and_the_certificate(
    client, holder, certificate, world, django_assert_num_queries
):
    client.force_login(holder)
    client.get("/learn/record.pdf")
    # User, roles; the record (the person with their council, programmes, lessons done,
    # passes, sessions attended, certificates). (7 before sessions attended joined it.)
    with django_assert_num_queries(8):
        response = client.get("/learn/record.pdf")
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    pages = pypdf.PdfReader(io.BytesIO(response.content)).pages
    text = " ".join(" ".join(page.extract_text().split()) for page in pages)
    assert holder.get_full_name() in text
    assert all(module.title in text for module in world.programme.modules)
    assert f"Certificate for completing {world.programme.page.title}" in text
    for label in [*STAGE_LABELS.values(), *LEARNER_STAGE_LABELS.values()]:
        assert label not in text
