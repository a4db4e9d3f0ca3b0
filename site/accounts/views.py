import time

from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET, require_http_methods

from champions.languages import in_language
from champions.security import has_second_factor, session_seconds_left

from .forms import LanguageForm


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
@login_required
def account_language(request):
    """Which language we write to this person in (asked on their start page until they say,
    changed here). Saving takes them back where they were, in the language they chose."""
    user = request.user
    next_url = request.POST.get("next") or request.GET.get("next") or ""
    if not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        next_url = ""
    form = LanguageForm(request.POST or None, initial={"language": user.language})
    if request.method == "POST" and form.is_valid():
        user.language = form.cleaned_data["language"]
        # Their own choice: from now on the council's roster no longer changes it.
        user.language_chosen_at = timezone.now()
        user.save(update_fields=["language", "language_chosen_at"])
        return redirect(in_language(next_url or reverse("account_home"), user.language))
    return render(
        request,
        "accounts/language.html",
        {"form": form, "next": next_url},
        status=400 if form.errors else 200,
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
