"""Which language a message goes in, and one message rendered in those languages.

Welsh Language Standards: a person's messages go in the language they chose; when we do not
know it yet, in both, Welsh first (docs/welsh.md, "Messages").
"""

from dataclasses import dataclass

from django.core import mail
from django.template import TemplateDoesNotExist
from django.template.loader import render_to_string
from django.urls import translate_url
from django.utils import translation

from champions.accounts.constants import Nation

WELSH = "cy"
ENGLISH = "en-gb"

# Between the Welsh and the English of one message.
TEXT_DIVIDER = "\n\n" + "-" * 40 + "\n\n"
HTML_DIVIDER = "\n<hr>\n"


def message_languages(user) -> list[str]:
    """["cy"], ["en-gb"], or ["cy", "en-gb"] when the person (or None) has not said."""
    language = getattr(user, "language", "") if user is not None else ""
    if language in (WELSH, ENGLISH):
        return [language]
    return [WELSH, ENGLISH]


def contact_languages(nation: str) -> list[str]:
    """For someone who is not a user of the platform, so has no language of their own (a
    council's programme contact): Welsh then English for a council in Wales, else English."""
    return [WELSH, ENGLISH] if nation == Nation.WALES else [ENGLISH]


def path_language(path: str) -> str | None:
    """The language a path's prefix names, as written ("cy" for "/cy/cohorts/" and "/cy"), or
    None when it has no prefix: "/cohorts/", and "/cymraeg-page/", which only starts with the
    letters. A prefix Django would read as a language in another spelling counts too ("/CY/",
    "/en-gb/"), so a rule about a path cannot be stepped round by writing it another way."""
    language = translation.get_language_from_path(path)
    if language and (path == f"/{language}" or path.startswith(f"/{language}/")):
        return language
    return None


def without_language(path: str) -> str:
    """The path as the English site has it, query string kept: "/cy/cohorts/?page=2" is
    "/cohorts/?page=2" and "/cy" is "/". Rules about a path (champions.security) use it so
    they hold in Welsh too."""
    language = path_language(path)
    if language is None:
        return path
    return path[len(language) + 1 :] or "/"


def in_language(path: str, language: str) -> str:
    """The same path (query string kept) in `language`. A path no URL pattern knows (a page that
    was not found) gets its /cy/ prefix added or taken off directly."""
    translated = translate_url(path, language)
    if translated != path or language == translation.get_language():
        return translated
    welsh = path_language(path) == WELSH
    if language == WELSH and not welsh:
        return "/cy" + path
    if language != WELSH and welsh:
        return without_language(path)
    return path


@dataclass(frozen=True)
class Message:
    subject: str
    text: str
    html: str | None = None


def render_message(
    languages: list[str],
    *,
    subject: str,
    text: str,
    html: str | None = None,
    context: dict,
    request=None,
) -> Message:
    """The subject, text and (when its template exists) HTML templates rendered once per
    language and joined in that order: subjects "Welsh / English", bodies with a divider."""
    subjects, texts, htmls = [], [], []
    for language in languages:
        with translation.override(language):
            rendered = render_to_string(subject, context, request)
            subjects.append(" ".join(rendered.split()))
            texts.append(render_to_string(text, context, request).strip())
            if html:
                try:
                    body = render_to_string(html, context, request).strip()
                except TemplateDoesNotExist:
                    html = None
                else:
                    lang = "cy" if language == WELSH else "en-GB"
                    htmls.append(f'<div lang="{lang}">\n{body}\n</div>')
    return Message(
        subject=" / ".join(subjects),
        text=TEXT_DIVIDER.join(texts),
        html=HTML_DIVIDER.join(htmls) if html and htmls else None,
    )


def email_in_their_language(user, *, subject: str, text: str, context: dict) -> mail.EmailMessage:
    """A plain-text email to a platform user from its subject and text templates, in the
    language they chose; both, Welsh first, until they say."""
    message = render_message(message_languages(user), subject=subject, text=text, context=context)
    return mail.EmailMessage(subject=message.subject, body=message.text, to=[user.email])
