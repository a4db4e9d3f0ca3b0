"""Open Badges 3.0 credentials for certificates, secured as VC-JOSE (W3C "Securing Verifiable
Credentials using JOSE and COSE"): the credential itself (W3C Verifiable Credentials Data Model
2.0) is the payload of a compact JWS, signed with the issuer's Ed25519 key (alg ``EdDSA``, header
``kid`` and ``typ: vc+jwt``; media type ``application/vc+jwt``). Withdrawal is published in a W3C
Bitstring Status List v1.0 credential, signed the same way.

A credential says who completed which programme and when: never a stage, score or answer.
Its recipient is named, and identified by a salted hash of their email address (OB 3.0
IdentityObject), so a verifier who knows the address can match it and nobody else can read it."""

import base64
import gzip
import hashlib
import json
import re
import uuid
import warnings
from dataclasses import dataclass
from datetime import UTC, datetime

from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from django.utils.dateformat import format as date_format
from django.utils.translation import gettext as _
from joserfc import jws
from joserfc.errors import JoseError
from joserfc.jwk import KeySet, OKPKey

from champions.links import absolute_url

from .constants import STATUS_LIST_ENTRIES, STATUS_LIST_NUMBER
from .keys import public_jwks, signing_key
from .models import Certificate

VC_CONTEXT = "https://www.w3.org/ns/credentials/v2"
OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
MEDIA_TYPE = "application/vc+jwt"
ALGORITHM = "EdDSA"
# RFC 9864 names the same signature "Ed25519"; a credential signed that way elsewhere verifies.
ACCEPTED_ALGORITHMS = ["EdDSA", "Ed25519"]
MAX_TOKEN_CHARS = 20_000
COMPACT_JWS = re.compile(r"^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$")


def issuer() -> dict:
    return {
        "id": absolute_url("/"),
        "type": ["Profile"],
        "name": settings.WAGTAIL_SITE_NAME,
        "url": absolute_url("/"),
    }


def verify_url(certificate: Certificate) -> str:
    return absolute_url(reverse("recognition:verify", kwargs={"public_id": certificate.public_id}))


def status_list_url() -> str:
    return absolute_url(reverse("recognition:status_list", kwargs={"number": STATUS_LIST_NUMBER}))


def utc(moment: datetime) -> str:
    return moment.astimezone(UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


def email_hash(email: str, salt: str) -> str:
    return "sha256$" + hashlib.sha256((email.strip().lower() + salt).encode()).hexdigest()


def credential(*, certificate: Certificate, name: str, email: str, modules: int, hours: float):
    """The unsigned OpenBadgeCredential for ``certificate``: plain JSON-ready data."""
    title = certificate.programme_title
    salt = certificate.public_id  # stable per certificate, so the hash is the same each time
    return {
        "@context": [VC_CONTEXT, OB_CONTEXT],
        "id": verify_url(certificate),
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": issuer(),
        "validFrom": utc(certificate.issued_at),
        "name": f"{title}: programme completed",
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "identifier": [
                {
                    "type": "IdentityObject",
                    "identityType": "name",
                    "hashed": False,
                    "identityHash": name,
                },
                {
                    "type": "IdentityObject",
                    "identityType": "emailAddress",
                    "hashed": True,
                    "identityHash": email_hash(email, salt),
                    "salt": salt,
                },
            ],
            "achievement": {
                "id": "urn:uuid:" + str(uuid.uuid5(uuid.NAMESPACE_URL, absolute_url("/") + title)),
                "type": ["Achievement"],
                "achievementType": "Certificate",
                "name": title,
                "description": (
                    f"{title}: a digital leadership programme for UK councillors. "
                    f"{modules} modules completed, about {hours:g} hours of learning."
                ),
                "criteria": {
                    "narrative": "Complete every core module of the programme: read each of "
                    "its lessons and pass its end-of-module quiz."
                },
            },
        },
        "credentialStatus": {
            "id": f"{status_list_url()}#{certificate.status_index}",
            "type": "BitstringStatusListEntry",
            "statusPurpose": "revocation",
            "statusListIndex": str(certificate.status_index),
            "statusListCredential": status_list_url(),
        },
    }


def sign(document: dict) -> str:
    """``document`` as a compact JWS (``application/vc+jwt``) with the current key."""
    key = signing_key()
    header = {"alg": ALGORITHM, "kid": key.kid, "typ": "vc+jwt", "cty": "vc"}
    payload = json.dumps(document, separators=(",", ":"), ensure_ascii=False).encode()
    with warnings.catch_warnings():
        # joserfc warns that RFC 9864 prefers "Ed25519"; "EdDSA" is what verifiers support.
        warnings.simplefilter("ignore")
        return jws.serialize_compact(header, payload, key, algorithms=[ALGORITHM])


# --- The status list ------------------------------------------------------------------------


def encoded_list(revoked: set[int]) -> str:
    """W3C Bitstring Status List: the bits (index 0 the first byte's highest bit), gzipped,
    base64url without padding, with the multibase prefix "u"."""
    bits = bytearray(STATUS_LIST_ENTRIES // 8)
    for index in revoked:
        bits[index // 8] |= 0x80 >> (index % 8)
    packed = gzip.compress(bytes(bits), mtime=0)
    return "u" + base64.urlsafe_b64encode(packed).rstrip(b"=").decode()


def decoded_bits(encoded: str) -> bytes:
    raw = encoded.removeprefix("u")
    return gzip.decompress(base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4)))


def decoded_bit(encoded: str, index: int) -> bool:
    return bool(decoded_bits(encoded)[index // 8] & (0x80 >> (index % 8)))


def status_list_credential(*, revoked: set[int], now: datetime | None = None) -> dict:
    url = status_list_url()
    return {
        "@context": [VC_CONTEXT],
        "id": url,
        "type": ["VerifiableCredential", "BitstringStatusListCredential"],
        "issuer": issuer(),
        "validFrom": utc(now or timezone.now()),
        "credentialSubject": {
            "id": f"{url}#list",
            "type": "BitstringStatusList",
            "statusPurpose": "revocation",
            "encodedList": encoded_list(revoked),
        },
    }


# --- Verifying a pasted credential ------------------------------------------------------------


@dataclass(frozen=True)
class Verification:
    valid: bool
    message: str
    certificate: Certificate | None = None


def _refuse(message: str, certificate: Certificate | None = None) -> Verification:
    return Verification(valid=False, message=message, certificate=certificate)


def _payload(token: str) -> dict:
    """The signed JSON, once the signature checks out with one of our published keys."""
    keys = KeySet([OKPKey.import_key(k) for k in public_jwks()["keys"]])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        signed = jws.deserialize_compact(token, keys, algorithms=ACCEPTED_ALGORITHMS)
    if signed.headers().get("typ") != "vc+jwt":
        raise ValueError("not a vc+jwt")
    document = json.loads(signed.payload)
    if not isinstance(document, dict):
        raise ValueError("not a credential")
    return document


def _moment(value) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def verify(token: str, *, now: datetime | None = None) -> Verification:
    """Checks a credential as a verifier would: our signature, its dates, our status list. Any
    bad input is a plain answer, never an error."""
    now = now or timezone.now()
    token = "".join(token.split())
    if not token:
        return _refuse(_("Paste the credential (the text of the .jwt file) to check it."))
    if len(token) > MAX_TOKEN_CHARS or not COMPACT_JWS.match(token):
        return _refuse(_("This is not a credential: a credential is three parts joined by dots."))
    try:
        document = _payload(token)
    except (JoseError, ValueError, KeyError, TypeError):
        return _refuse(
            _(
                "Not valid: the signature does not match one of our published keys. The "
                "credential was changed after it was issued, or it was not issued by this service."
            )
        )
    status = document.get("credentialStatus") or {}
    certificate = None
    if isinstance(status, dict) and str(status.get("statusListIndex", "")).isdigit():
        certificate = (
            Certificate.objects.filter(status_index=int(status["statusListIndex"]))
            .select_related("user")
            .first()
        )
    if certificate is None or document.get("id") != verify_url(certificate):
        return _refuse(
            _(
                "Not valid: the signature is ours, but we no longer hold this certificate (it "
                "may have been deleted at its holder's request)."
            )
        )
    starts, ends = _moment(document.get("validFrom")), _moment(document.get("validUntil"))
    if starts is None or starts > now:
        return _refuse(_("Not valid: this credential is not valid yet."), certificate)
    if ends is not None and ends <= now:
        return _refuse(
            _("Not valid: this credential expired on %(on)s.") % {"on": date_format(ends, "j F Y")},
            certificate,
        )
    if certificate.revoked:
        return _refuse(
            _("Not valid: this certificate was withdrawn on %(on)s.")
            % {"on": date_format(timezone.localdate(certificate.revoked_at), "j F Y")},
            certificate,
        )
    return Verification(
        valid=True,
        message=_(
            "Valid: we issued this credential, it has not been changed and it has not "
            "been withdrawn."
        ),
        certificate=certificate,
    )
