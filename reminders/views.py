import json

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.crypto import constant_time_compare
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from champions.accounts.constants import Role
from champions.accounts.models import User
from champions.accounts.permissions import role_required
from cohorts.models import Cohort
from cohorts.queries import cohorts_visible_to

from . import queries, services
from .forms import RemindersForm
from .models import ReminderPreference


@csrf_exempt  # Notify posts server to server with a bearer token, not a browser session
@require_POST
def notify_callback(request):
    """GOV.UK Notify's delivery receipts. A wrong or missing token: 401, nothing changes."""
    expected = settings.NOTIFY_CALLBACK_TOKEN
    given = request.headers.get("Authorization", "")
    if not expected or not constant_time_compare(given, f"Bearer {expected}"):
        return JsonResponse({"error": "unauthorised"}, status=401)
    try:
        payload = json.loads(request.body)
        updated = services.delivery_callback_apply(payload=payload)
    except (ValueError, services.CallbackRefused) as exc:
        return JsonResponse({"error": str(exc)[:200]}, status=400)
    return JsonResponse({"updated": updated})


def _bad_link(request):
    return render(
        request,
        "400.html",
        {
            "reason": _("This unsubscribe link is not valid. It may have been copied wrongly."),
            "advice": _(
                "Use the link in the email again, or turn reminders off from your account page."
            ),
        },
        status=400,
    )


# RFC 8058: a mail client's one-click POST carries no CSRF token. The signed token in the URL
# is what proves the link came from one of our messages, so only this view is exempt.
@csrf_exempt
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token: str):
    user_id = services.user_for_unsubscribe_token(token)
    user = User.objects.filter(pk=user_id).first() if user_id else None
    if user is None:
        return _bad_link(request)
    if request.method == "POST":
        services.reminders_set(user=user, off=True)
        return render(request, "reminders/unsubscribed.html")
    return render(request, "reminders/unsubscribe.html", {"email": user.email})


@login_required
@require_http_methods(["GET", "POST"])
def reminder_settings(request):
    current = ReminderPreference.objects.filter(user=request.user, reminders_off=True).exists()
    form = RemindersForm(
        request.POST if request.method == "POST" else None,
        initial={"reminders": "off" if current else "on"},
    )
    if request.method == "POST" and form.is_valid():
        off = form.cleaned_data["reminders"] == "off"
        services.reminders_set(user=request.user, off=off)
        messages.success(
            request, _("Reminders are off.") if off else _("Reminders are on. We will email you.")
        )
        return redirect("account_home")
    return render(
        request,
        "reminders/settings.html",
        {"form": form},
        status=400 if form.errors else 200,
    )


@require_GET
@login_required
def my_messages(request):
    """The reminders we sent (or held back from) the person signed in: theirs only."""
    return render(
        request,
        "reminders/my_messages.html",
        {"rows": list(queries.my_outbox(user=request.user)[:200])},
    )


@require_GET
@role_required(Role.FACILITATOR)
def cohort_outbox(request, cohort_id: int):
    cohort = cohorts_visible_to(request.user).filter(pk=cohort_id).first()
    if cohort is None:
        get_object_or_404(Cohort, pk=cohort_id)
        raise PermissionDenied(_("This cohort is run by another facilitator."))
    rows = list(queries.cohort_outbox(cohort=cohort)[:500])
    return render(
        request,
        "reminders/cohort_outbox.html",
        {"cohort": cohort, "rows": rows, "bouncing": [r for r in rows if r.bouncing]},
    )
