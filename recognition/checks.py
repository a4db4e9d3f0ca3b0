"""A deploy check: certificates' credentials need a signing key. Without one the service still
runs, but issues no certificate (each is issued later by `manage.py issue_certificates`)."""

from django.core.checks import Warning, register

from .keys import has_signing_key, key_path


@register(deploy=True)
def credential_key_is_configured(app_configs, **kwargs):
    if has_signing_key():
        return []
    where = key_path()
    return [
        Warning(
            "No key to sign certificates' credentials"
            + (f" at {where}" if where else " (CREDENTIAL_KEY_PATH is not set)")
            + ": no certificate will be issued.",
            hint="Run `manage.py credential_keys generate` with CREDENTIAL_KEY_PATH set to a "
            "file outside the repository, and back it up (docs/operators.md).",
            id="recognition.W001",
        )
    ]
