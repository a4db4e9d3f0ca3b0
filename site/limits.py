"""Size limits on what a browser may send, and the plain 400 page that explains them.

Django already refuses form data over ``DATA_UPLOAD_MAX_MEMORY_SIZE`` and too many fields, but
it streams uploaded files of any size to disk; this middleware refuses any request whose body
is over ``MAX_REQUEST_BYTES`` before it is read. Both end on the same 400 page."""

from django.conf import settings
from django.core.exceptions import (
    RequestDataTooBig,
    SuspiciousOperation,
    TooManyFieldsSent,
    TooManyFilesSent,
)
from django.shortcuts import render
from django.utils.translation import gettext as _


class RequestTooLarge(SuspiciousOperation):
    """The body is bigger than ``MAX_REQUEST_BYTES``."""


def _megabytes(size: int) -> str:
    return f"{size / 1024 / 1024:g} MB"


class RequestSizeLimitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0  # Django itself treats a malformed length as an empty body
        if length > settings.MAX_REQUEST_BYTES:
            raise RequestTooLarge(f"Request body of {length} bytes is over the limit.")
        return self.get_response(request)


def bad_request(request, exception=None):
    """Django's handler400: say what was wrong, and what the limit is, in plain words."""
    if isinstance(exception, RequestTooLarge):
        reason = _(
            "What you sent was too large. We accept up to %(size)s in one go, files included."
        ) % {"size": _megabytes(settings.MAX_REQUEST_BYTES)}
        advice = _("If you were uploading a file, check it is the right one, or make it smaller.")
    elif isinstance(exception, RequestDataTooBig):
        reason = _(
            "The form you sent had too much text. We accept up to %(size)s of text in one form."
        ) % {"size": _megabytes(settings.DATA_UPLOAD_MAX_MEMORY_SIZE)}
        advice = _("Shorten what you typed or pasted, then send it again.")
    elif isinstance(exception, TooManyFieldsSent | TooManyFilesSent):
        reason = _("The form you sent had more fields or files than we accept.")
        advice = _("Go back to the page, reload it and try again.")
    else:
        reason = _("Your browser sent something we could not understand.")
        advice = _("Go back to the page, reload it and try again.")
    return render(request, "400.html", {"reason": reason, "advice": advice}, status=400)
