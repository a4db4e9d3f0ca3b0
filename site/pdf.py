"""HTML to PDF with WeasyPrint, for any app: the committee report, the certificate. Each PDF
is the body of a template that is also served as HTML (one template for the print view and the
PDF), set with a stylesheet from the static files.

WeasyPrint is imported on first use: it parses its own stylesheets when imported, which every
web worker would otherwise pay for at start-up, and most never make a PDF. Nothing is fetched:
a stray link in a name must not make the server request a URL (images come inline, as SVG)."""

import logging
from functools import cache

from django.contrib.staticfiles import finders


class NoFetching(ValueError):
    pass


def refuse_fetch(url: str, *args, **kwargs):
    raise NoFetching(f"A PDF made here does not load {url!r}.")


@cache
def stylesheet(path: str):
    from weasyprint import CSS

    # One line per step of every PDF at INFO is noise in the service's logs.
    logging.getLogger("weasyprint.progress").setLevel(logging.WARNING)
    with open(finders.find(path), encoding="utf-8") as css:
        return CSS(string=css.read(), url_fetcher=refuse_fetch)


def pdf_from_html(html: str, *, stylesheet_path: str) -> bytes:
    """``html`` set as a PDF with the static stylesheet at ``stylesheet_path``."""
    from weasyprint import HTML

    return HTML(string=html, url_fetcher=refuse_fetch).write_pdf(
        stylesheets=[stylesheet(stylesheet_path)]
    )
