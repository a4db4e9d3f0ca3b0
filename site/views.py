import sys

from django.contrib.auth.decorators import login_required
from django.db import DatabaseError, InterfaceError, OperationalError, connection
from django.http import HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.utils import translation
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from wagtail import hooks

from champions.accounts.constants import Role
from champions.accounts.queries import councils_to_contact
from champions.errors import PageNotFound
from champions.pages.models import ServiceContacts

# What psycopg raises when the server is gone, restarting or refusing connections.
DATABASE_UNAVAILABLE = (OperationalError, InterfaceError)


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
    """Send each person to the page they most likely came for, in Welsh when Welsh is the
    language they chose (wherever they signed in), otherwise in the language they signed in with."""
    language = "cy" if request.user.language == "cy" else translation.get_language()
    with translation.override(language):
        return _landing(request)


def _landing(request):
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


@require_GET
def favicon(request):
    """Browsers ask for /favicon.ico whatever the page says: point them at our icon."""
    return redirect(static("images/favicon.svg"), permanent=True)


def help_page(request):
    """Who to ask, and answers to the questions councillors ask most. Open to everyone: a
    signed-in person also sees their own council's programme contact."""
    return render(
        request,
        "help.html",
        {
            "contacts": ServiceContacts.load(request_or_site=request),
            "councils": councils_to_contact(request.user),
        },
    )


def permission_denied(request, exception=None):
    message = str(exception) if exception and str(exception) else ""
    return render(request, "403.html", {"reason": message}, status=403)


def page_not_found(request, exception=None):
    reason = str(exception) if isinstance(exception, PageNotFound) else ""
    return render(request, "404.html", {"reason": reason}, status=404)


def server_error(request):
    """Django's last resort. When the database is away (restarting, failing over), the page
    says so with a 503 and Retry-After, and is rendered without the database: no context
    processors, no session, no user. Writes are in transactions, so nothing was half-saved."""
    if isinstance(sys.exception(), DATABASE_UNAVAILABLE):
        response = HttpResponse(render_to_string("503.html"), status=503)
        response["Retry-After"] = "10"
        return response
    return render(request, "500.html", status=500)
