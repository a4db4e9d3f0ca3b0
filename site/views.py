from django.contrib.auth.decorators import login_required
from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from wagtail import hooks

from champions.accounts.constants import Role
from champions.errors import PageNotFound


@never_cache
@require_GET
def healthz(request):
    """For load balancers: 200 when the database answers, 503 when it does not."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return JsonResponse({"status": "error", "database": "unavailable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


@login_required
def after_login(request):
    """Send each person to the page they most likely came for."""
    user = request.user
    if user.has_role(Role.COUNCILLOR):
        # Later apps may ask for a first stop (the quizzes app asks for the baseline).
        for landing in hooks.get_hooks("councillor_landing_url"):
            url = landing(request)
            if url:
                return redirect(url)
        return redirect("courses:learn")
    if user.has_role(Role.FACILITATOR):
        return redirect("cohorts:list")
    if user.has_role(Role.COUNCIL_LEADER):
        return redirect("council:home")
    if user.is_platform_admin or user.has_role(Role.TRAINER, Role.LEAD_TRAINER):
        return redirect("wagtailadmin_home")
    return render(request, "no_role.html")


def permission_denied(request, exception=None):
    message = str(exception) if exception and str(exception) else ""
    return render(request, "403.html", {"reason": message}, status=403)


def page_not_found(request, exception=None):
    reason = str(exception) if isinstance(exception, PageNotFound) else ""
    return render(request, "404.html", {"reason": reason}, status=404)


def server_error(request):
    return render(request, "500.html", status=500)
