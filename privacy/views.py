"""/account/data/ (download my data) and /account/delete/ (delete my account)."""

from allauth.account.decorators import reauthentication_required
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET, require_http_methods

from champions.errors import PageNotFound
from champions.security import confirm_before_download, offered_download
from cohorts.constants import DepartureReason

from . import services
from .constants import DELETE_CONFIRMATION, EXPORT_KEEP, EXPORT_STUCK_AFTER, ExportStatus
from .forms import DeleteAccountForm
from .models import DataExport

DOWNLOADS = {
    "json": ("application/json; charset=utf-8", "json_content"),
    "zip": ("application/zip", "zip_content"),
}
DOWNLOAD_NAMES = {"json": _("your data as JSON"), "zip": _("your data as CSV files (ZIP)")}


def _offered_download(request) -> dict | None:
    """After confirming who they are, the copy of their data they asked for, as a link."""

    def describe(match) -> str | None:
        if match.view_name == "privacy:data_download":
            name = DOWNLOAD_NAMES.get(match.kwargs["fmt"])
            return None if name is None else str(name)
        return None

    return offered_download(request, describe=describe)


@require_http_methods(["GET", "POST"])
@login_required
def data_home(request):
    """Ask for a copy of your data, see whether it is ready, and download it."""
    if request.method == "POST":
        export = services.data_export_request(user=request.user)
        export.refresh_from_db(fields=["status"])  # a worker-less setup builds it at once
        messages.success(
            request,
            gettext("Your copy of your data is ready.")
            if export.status == ExportStatus.READY
            else gettext(
                "We are preparing a copy of your data. We will email you when it is ready; it "
                "usually takes a minute or two."
            ),
        )
        return redirect("privacy:data")
    export = (
        DataExport.objects.filter(user=request.user).defer("json_content", "zip_content").first()
    )
    now = timezone.now()
    if export is not None and export.expires_at and export.expires_at <= now:
        export = None  # the retention job deletes it; until then, as if it had gone
    preparing = (
        export is not None
        and export.status == ExportStatus.PENDING
        and export.requested_at >= now - EXPORT_STUCK_AFTER
    )
    return render(
        request,
        "privacy/data.html",
        {
            "export": export,
            "preparing": preparing,
            "keep_days": EXPORT_KEEP.days,
            "statuses": ExportStatus,
            "download": _offered_download(request),
        },
    )


@require_GET
@login_required
def data_download(request, export_id: int, fmt: str):
    if fmt not in DOWNLOADS:
        raise PageNotFound(gettext("There is no such file."))
    content_type, field = DOWNLOADS[fmt]
    export = get_object_or_404(
        DataExport.objects.filter(
            user=request.user, status=ExportStatus.READY, expires_at__gt=timezone.now()
        ),
        pk=export_id,
    )
    # Personal data leaving the platform: confirm who is there first.
    confirm = confirm_before_download(request, back_to=reverse("privacy:data"))
    if confirm:
        return confirm
    response = HttpResponse(getattr(export, field), content_type=content_type)
    stamp = timezone.localtime(export.finished_at).strftime("%Y-%m-%d")
    response["Content-Disposition"] = f'attachment; filename="your-data-{stamp}.{fmt}"'
    response["Cache-Control"] = "no-store"
    return response


@require_http_methods(["GET", "POST"])
@login_required
def delete_account(request):
    if request.user.is_staff_member:
        raise PermissionDenied(
            gettext(
                "Accounts with a staff role (trainer, facilitator, council leader or admin) are "
                "closed by the programme team, so that the record of who saw what stays "
                "complete. Ask a platform admin to close yours."
            )
        )
    return _confirmed_delete(request)


@reauthentication_required  # cannot be undone: confirm who is there first
def _confirmed_delete(request):
    form = DeleteAccountForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            services.account_erase(user=request.user, reason=DepartureReason.DELETED)
        except services.ErasureRefused as error:
            raise PermissionDenied(str(error)) from error
        # The account and its sessions are gone; make this request anonymous too.
        request.session.flush()
        request.user = AnonymousUser()
        return redirect("privacy:deleted")
    return render(
        request,
        "privacy/delete.html",
        {"form": form, "confirmation": DELETE_CONFIRMATION},
        status=400 if form.errors else 200,
    )


@require_GET
def account_deleted(request):
    return render(request, "privacy/deleted.html")
