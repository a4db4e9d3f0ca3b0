"""The committee report as a PDF: the print view's body (one template) set by WeasyPrint for
an A4 committee agenda pack. Counts only, no names: see docs/information-governance.md.

WeasyPrint is imported on first use: it parses its own stylesheets when imported, which every
web worker would otherwise pay for at start-up, and most never make a PDF."""

import logging
from functools import cache

from django.contrib.staticfiles import finders

STYLESHEET = "councils/report-pdf.css"


class NoFetching(ValueError):
    pass


def _refuse(url: str, *args, **kwargs):
    """The report has nothing to fetch; a stray link in a name must not make the server
    request a URL."""
    raise NoFetching(f"The committee report does not load {url!r}.")


@cache
def _stylesheet():
    from weasyprint import CSS

    # One line per step of every PDF at INFO is noise in the service's logs.
    logging.getLogger("weasyprint.progress").setLevel(logging.WARNING)
    with open(finders.find(STYLESHEET), encoding="utf-8") as css:
        return CSS(string=css.read(), url_fetcher=_refuse)


def pdf_from_html(html: str) -> bytes:
    from weasyprint import HTML

    stylesheet = _stylesheet()
    return HTML(string=html, url_fetcher=_refuse).write_pdf(stylesheets=[stylesheet])
