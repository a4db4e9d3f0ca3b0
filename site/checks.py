"""Checks Django runs with `manage.py check --deploy`."""

from django.conf import settings
from django.core.checks import Tags, Warning, register


@register(Tags.security, deploy=True)
def site_url_is_set(app_configs, **kwargs):
    if settings.SITE_URL.startswith(("http://127.0.0.1", "http://localhost")):
        return [
            Warning(
                "SITE_URL is not set: links in emails would point at this machine.",
                hint="Set SITE_URL to the address people use, e.g. https://learn.example.gov.uk",
                id="champions.W001",
            )
        ]
    return []
