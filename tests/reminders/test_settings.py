"""Settings pick the email backend: GOV.UK Notify when NOTIFY_API_KEY is set, else
EMAIL_BACKEND (SMTP in production), else the console."""

import importlib
import sys

import pytest


def base_settings(monkeypatch, **env):
    for name in ("NOTIFY_API_KEY", "EMAIL_BACKEND"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    sys.modules.pop("champions.settings.base", None)
    try:
        return importlib.import_module("champions.settings.base")
    finally:
        sys.modules.pop("champions.settings.base", None)


@pytest.mark.parametrize(
    ("env", "backend"),
    [
        ({}, "django.core.mail.backends.console.EmailBackend"),
        (
            {"EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend"},
            "django.core.mail.backends.smtp.EmailBackend",
        ),
        (
            {
                "NOTIFY_API_KEY": "key",
                "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            },
            "reminders.notify_backend.NotifyEmailBackend",
        ),
    ],
)
def test_notify_is_the_email_backend_when_a_key_is_set(monkeypatch, env, backend):
    chosen = base_settings(monkeypatch, **env).EMAIL_BACKEND
    assert chosen == backend
