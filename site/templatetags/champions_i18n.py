"""The language switcher and links that stay in the reader's language (docs/welsh.md)."""

from django import template
from django.conf import settings
from django.utils import translation

from champions.languages import in_language

register = template.Library()

# Each language named in itself, whatever language the page is in.
OWN_NAMES = {"en-gb": "English", "cy": "Cymraeg"}
HTML_LANG = {"en-gb": "en-GB", "cy": "cy"}


@register.simple_tag(takes_context=True)
def html_lang(context) -> str:
    """`<html lang>`: en-GB or cy."""
    return HTML_LANG.get(translation.get_language(), "en-GB")


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    request = context.get("request")
    current = translation.get_language()
    full_path = request.get_full_path() if request is not None else "/"
    choices = []
    for code, _name in settings.LANGUAGES:
        choices.append(
            {
                "code": code,
                "lang": HTML_LANG[code],
                "name": OWN_NAMES[code],
                "current": code == current,
                "href": in_language(full_path, code),
            }
        )
    return {"choices": choices}


@register.simple_tag
def localised(path: str) -> str:
    """A fixed path ("/privacy-notice/") in the reader's language: under /cy/ for Welsh."""
    if translation.get_language() == "cy":
        return "/cy" + path
    return path
