"""Absolute links for messages that leave the site (emails), from the SITE_URL setting.

``absolute_url`` and ``absolute_reverse`` give a link in the language active when they are
called. A message written in Welsh and English needs each copy's links in that copy's language
(/cy/... in the Welsh), so the links put in a message's context are ``message_url`` and
``message_reverse``: lazy, they become text when each copy is rendered under its language
(champions.languages.render_message, reminders' message_words)."""

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.functional import lazy

from champions.languages import ENGLISH, in_language


def absolute_url(path: str = "/") -> str:
    return settings.SITE_URL.rstrip("/") + path


def absolute_reverse(viewname: str, *args) -> str:
    return absolute_url(reverse(viewname, args=args or None))


def _url_in_active_language(path: str) -> str:
    """An English path (as /council/<slug>/) in the active language. Worked out from English,
    where every path resolves: under Welsh only the /cy/ paths would."""
    language = translation.get_language() or ENGLISH
    with translation.override(ENGLISH):
        return absolute_url(in_language(path, language))


# A link for a message, in the language of the copy it is written into.
message_reverse = lazy(absolute_reverse, str)
message_url = lazy(_url_in_active_language, str)
