"""A council leader's spreadsheet of their councillors' participation: who is there is confirmed
first (allauth's re-authentication), and the download is written to the access log."""

from collections.abc import Callable, Iterable

from django.http import HttpResponse
from django.utils import timezone

from champions.security import confirm_before_download
from champions.spreadsheets import csv_response

from .constants import AccessAction
from .services import access_record


def council_participation_csv(
    request, *, council, back_to: str, columns, rows: Callable[[], Iterable], name: str
) -> HttpResponse:
    """The CSV named ``<council>-<name>-<date>.csv``, or the "Confirm it's you" redirect (which
    returns to ``back_to``, where the file is offered). ``rows`` is called only once the person
    is confirmed and the download logged."""
    confirm = confirm_before_download(request, back_to=back_to)
    if confirm:
        return confirm
    access_record(
        actor=request.user,
        action=AccessAction.EXPORTED_PARTICIPATION,
        council=council,
        path=request.get_full_path(),
    )
    return csv_response(
        columns,
        rows(),
        filename=f"{council.slug}-{name}-{timezone.localdate():%Y-%m-%d}.csv",
        byte_order_mark=True,
    )
