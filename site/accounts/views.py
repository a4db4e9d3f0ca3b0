import time

from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET, require_http_methods

from champions.security import has_second_factor, session_seconds_left


@require_GET
@login_required
def account_home(request):
    """One place for a person's sign-in settings and their data."""
    return render(
        request,
        "accounts/account_home.html",
        {
            "has_second_factor": has_second_factor(request.user),
            "has_password": request.user.has_usable_password(),
        },
    )


@require_http_methods(["GET", "POST"])
def session_status(request):
    """For the warning shown before an idle sign-out. GET: how many seconds this session has
    left (asking does not count as activity). POST ("Stay signed in"): counts as activity and
    restarts the idle time."""
    if request.method == "POST" and request.user.is_authenticated:
        request.session["last_seen"] = int(time.time())
    left = session_seconds_left(request)
    response = JsonResponse({"signed_in": left > 0, "seconds_left": max(left, 0)})
    response["Cache-Control"] = "no-store"
    return response
