"""Absolute links for messages that leave the site (emails), from the SITE_URL setting."""

from django.conf import settings
from django.urls import reverse


def absolute_url(path: str = "/") -> str:
    return settings.SITE_URL.rstrip("/") + path


def absolute_reverse(viewname: str, *args) -> str:
    return absolute_url(reverse(viewname, args=args or None))
