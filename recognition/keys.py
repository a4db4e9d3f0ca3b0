"""The issuer's Ed25519 signing keys, kept in one JSON file at ``CREDENTIAL_KEY_PATH`` (outside
the repository, readable by the app's user only): ``{"keys": [...]}``, JWKs, the first the
current private key, the rest earlier keys with their private part removed, kept so that
credentials signed before a rotation still verify. Each key's id (``kid``) is its RFC 7638
thumbprint. The public halves are published as a JWKS at /credentials/keys.json.

The file is read on every use (a few hundred bytes), so a rotation made by one process is seen
by every other at once. Development and test settings make a throwaway key on first use;
production never does, and refuses to issue without one."""

import contextlib
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from joserfc.jwk import OKPKey


class NoSigningKey(Exception):
    """No key is configured or the file is missing: nothing can be signed or issued."""


class KeyFileExists(Exception):
    """``generate`` will not overwrite a key: rotate it instead."""


@dataclass(frozen=True)
class KeyInfo:
    kid: str
    current: bool


def key_path() -> Path | None:
    raw = settings.CREDENTIAL_KEY_PATH
    return Path(raw) if raw else None


def _read(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        keys = json.load(handle)["keys"]
    if not keys or "d" not in keys[0]:
        raise NoSigningKey(f"{path} holds no current private key.")
    return keys


def _write(path: Path, keys: list[dict], *, replace: bool) -> None:
    """Writes the key file readable by its owner only, all at once: a temporary file in the same
    folder, then a rename (``replace``) or a hard link that fails if the file exists."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".credential-key-")
    try:
        os.fchmod(handle, 0o600)
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump({"keys": keys}, out, indent=2)
            out.write("\n")
        if replace:
            os.replace(temporary, path)
        else:
            try:
                os.link(temporary, path)
            except FileExistsError as exc:
                raise KeyFileExists(f"{path} exists already.") from exc
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


def new_private_jwk() -> dict:
    key = OKPKey.generate_key("Ed25519", private=True)
    jwk = key.as_dict(private=True)
    jwk["kid"] = key.thumbprint()
    return jwk


def public_part(jwk: dict) -> dict:
    return {name: jwk[name] for name in ("kty", "crv", "x", "kid")}


def generate(path: Path) -> str:
    """A first key at ``path``; refuses if there is one. Returns its kid."""
    jwk = new_private_jwk()
    _write(path, [jwk], replace=False)
    return jwk["kid"]


def rotate(path: Path) -> str:
    """A new current key; the old one is kept, public part only, for verification."""
    keys = _read(path)
    jwk = new_private_jwk()
    _write(path, [jwk, *[public_part(k) for k in keys]], replace=True)
    return jwk["kid"]


def _keys() -> list[dict]:
    path = key_path()
    if path is None:
        raise NoSigningKey("CREDENTIAL_KEY_PATH is not set.")
    if not path.exists():
        if not settings.CREDENTIAL_KEY_AUTOGENERATE:
            raise NoSigningKey(f"There is no credential key at {path}.")
        with contextlib.suppress(KeyFileExists):  # another process made it first
            generate(path)
    return _read(path)


def signing_key() -> OKPKey:
    """The current private key; raises NoSigningKey when there is none."""
    return OKPKey.import_key(_keys()[0])


def has_signing_key() -> bool:
    try:
        _keys()
    except (NoSigningKey, OSError, ValueError, KeyError):
        return False
    return True


def public_jwks() -> dict:
    """Every key's public half, the current one first (an empty set when there is no key)."""
    try:
        keys = _keys()
    except NoSigningKey:
        return {"keys": []}
    return {"keys": [public_part(k) | {"use": "sig", "alg": "EdDSA"} for k in keys]}


def key_list() -> list[KeyInfo]:
    return [KeyInfo(kid=k["kid"], current=i == 0) for i, k in enumerate(_keys())]
