"""A council leader's files of their councillors' participation (a spreadsheet or a PDF): who is
there is confirmed first (allauth's re-authentication), and the download is written to the
access log. Both kinds go through ``council_participation_download``."""

from collections.abc import Callable, Iterable

from django.http import HttpResponse
from django.utils import timezone

from champions.pdf import pdf_from_html
from champions.security import confirm_before_download
from champions.spreadsheets import csv_response

from .constants import AccessAction
from .services import access_record


def council_participation_download(
    request, *, council, back_to: str, respond: Callable[[str], HttpResponse], name: str
) -> HttpResponse:
    """The "Confirm it's you" redirect (which returns to ``back_to``, where the file is
    offered), or, once the person is confirmed and the download logged, ``respond`` called
    with the file's name without its extension: ``<council>-<name>-<date>``. Nothing is read
    for the file before both."""
    confirm = confirm_before_download(request, back_to=back_to)
    if confirm:
        return confirm
    access_record(
        actor=request.user,
        action=AccessAction.EXPORTED_PARTICIPATION,
        council=council,
        path=request.get_full_path(),
    )
    return respond(f"{council.slug}-{name}-{timezone.localdate():%Y-%m-%d}")


def council_participation_csv(
    request, *, council, back_to: str, columns, rows: Callable[[], Iterable], name: str
) -> HttpResponse:
    """The CSV named ``<council>-<name>-<date>.csv``; ``rows`` is called only once the person
    is confirmed and the download logged."""
    return council_participation_download(
        request,
        council=council,
        back_to=back_to,
        name=name,
        respond=lambda filename: csv_response(
            columns, rows(), filename=f"{filename}.csv", byte_order_mark=True
        ),
    )


def council_participation_pdf(
    request, *, council, back_to: str, html: Callable[[], str], stylesheet_path: str, name: str
) -> HttpResponse:
    """The A4 PDF named ``<council>-<name>-<date>.pdf``, set from ``html()`` (called only once
    the person is confirmed and the download logged) with the static ``stylesheet_path``."""

    def respond(filename: str) -> HttpResponse:
        response = HttpResponse(
            pdf_from_html(html(), stylesheet_path=stylesheet_path), content_type="application/pdf"
        )
        response["Content-Disposition"] = f'attachment; filename="{filename}.pdf"'
        return response

    return council_participation_download(
        request, council=council, back_to=back_to, respond=respond, name=name
    )
