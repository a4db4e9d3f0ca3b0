"""Errors whose message is written for the person who meets them."""

from django.http import Http404


class PageNotFound(Http404):
    """A 404 that says why, in words for the person reading the page ("This quiz is not part of
    a programme you are enrolled on."). The 404 page shows the message; a plain Http404's
    message (which may come from a library) is never shown."""
