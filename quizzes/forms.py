"""Reading quiz and self-assessment answers from a POST. The services validate them against
the attempt's snapshot; this only turns form fields into plain data."""

import re

from django.http import QueryDict
from django.utils.translation import gettext as _

from .constants import AGREE_LABELS, FREQUENCY_LABELS, SCALES

DONT_KNOW = "dont-know"
# Plain digits only: str.isdigit() also accepts superscripts such as "²", which int() refuses.
ASCII_NUMBER = re.compile(r"-?[0-9]{1,3}")


def quiz_answers(post: QueryDict, question_ids: list[str]) -> dict[str, list[str]]:
    """``q-<question id>`` fields; anything else that looks like an answer is kept so the
    service can reject a question that is not in the attempt."""
    answers = {}
    for name in post:
        if name.startswith("q-"):
            answers[name[2:]] = [v for v in post.getlist(name) if v]
    for qid in question_ids:
        answers.setdefault(qid, [])
    return answers


def instrument_answers(post: QueryDict, prefix: str = "item-") -> dict[str, int | None | str]:
    """``item-<key>`` fields: a number, or "dont-know". Unparseable values are passed on as
    text so the service reports them as invalid."""
    answers: dict[str, int | None | str] = {}
    for name in post:
        if not name.startswith(prefix):
            continue
        raw = post.get(name, "")
        if raw == DONT_KNOW:
            answers[name[len(prefix) :]] = None
        elif ASCII_NUMBER.fullmatch(raw):
            answers[name[len(prefix) :]] = int(raw)
        else:
            answers[name[len(prefix) :]] = raw
    return answers


def scale_choices(dimension: str) -> list[tuple[str, str]]:
    low, high, dont_know = SCALES[dimension]
    if dimension in ("A", "IC"):
        choices = [(str(v), AGREE_LABELS[v]) for v in range(low, high + 1)]
    elif dimension == "B":
        choices = [(str(v), FREQUENCY_LABELS[v]) for v in range(low, high + 1)]
    else:
        choices = [(str(v), str(v)) for v in range(low, high + 1)]
    if dont_know:
        choices.append((DONT_KNOW, _("Don't know")))
    return choices


def numbered_error(error: str, number: int) -> str:
    """An error that says which question it is about, the same inline and in the summary
    ("Select an answer for question 3"), never glued to the question's own text."""
    if not error:
        return ""
    # The services' messages arrive in the reader's language: compare them in it too.
    numbered = {
        _("Choose an answer."): _("Select an answer for question %(number)s"),
        _("Select an answer."): _("Select an answer for question %(number)s"),
        _("Select at least one answer."): _("Select at least one answer for question %(number)s"),
        _("Select only one answer."): _("Select only one answer for question %(number)s"),
    }
    if error in numbered:
        return numbered[error] % {"number": number}
    return _("Question %(number)s: %(error)s") % {"number": number, "error": error}
