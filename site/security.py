"""Session and sign-in rules that apply to every page: staff must use two-step sign-in, and
sessions end after a period of inactivity and after an absolute lifetime."""

import time

from allauth.account.decorators import reauthentication_required
from allauth.core.exceptions import ReauthenticationRequired
from allauth.mfa.models import Authenticator
from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.shortcuts import redirect, render
from django.urls import Resolver404, resolve, reverse
from django.utils.cache import patch_cache_control
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from champions.languages import without_language

STAFF_PATHS = ("/admin/", "/cohorts/", "/council/")
ADMIN_PATH = "/admin/"
ADMIN_SIGN_IN_PATHS = ("/admin/login/", "/admin/logout/")  # allauth's, in champions.urls
SESSION_STATUS_PATH = "/account/session/"  # champions.accounts.views.session_status


SECOND_FACTORS = (Authenticator.Type.TOTP, Authenticator.Type.WEBAUTHN)


def has_second_factor(user) -> bool:
    cached = getattr(user, "_has_second_factor", None)
    if cached is None:
        cached = Authenticator.objects.filter(user=user, type__in=SECOND_FACTORS).exists()
        user._has_second_factor = cached
    return cached


class AdminAreaMiddleware:
    """The Wagtail admin is for trainers and administrators. Wagtail sends anyone else who is
    signed in back to the sign-in page, which sends them straight back here: a redirect loop
    the browser gives up on. Answer them with a plain page instead."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if (
            user is not None
            and user.is_authenticated
            and request.path_info.startswith(ADMIN_PATH)
            and not request.path_info.startswith(ADMIN_SIGN_IN_PATHS)
            and not user.has_perm("wagtailadmin.access_admin")
        ):
            return render(request, "admin_area_only.html", status=403)
        return self.get_response(request)


class StaffMfaMiddleware:
    """Every staff role (trainer, lead trainer, facilitator, council leader, admin) must have an
    authenticator app or a passkey before any staff page opens. allauth then asks for it at
    every sign-in. There is no bypass."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if (
            user is not None
            and user.is_authenticated
            and without_language(request.path_info).startswith(STAFF_PATHS)
            and user.is_staff_member
            and not has_second_factor(user)
        ):
            messages.warning(
                request,
                _(
                    "Your role can see other people's information, so it needs two-step "
                    "sign-in. Set up an authenticator app (or a passkey) to continue."
                ),
            )
            return redirect("mfa_index")
        return self.get_response(request)


def idle_limit(user) -> int:
    """Seconds without a request before this person is signed out."""
    if user.is_staff_member:
        return settings.SESSION_IDLE_TIMEOUT_STAFF
    return settings.SESSION_IDLE_TIMEOUT_COUNCILLOR


def session_seconds_left(request, now: int | None = None) -> int:
    """How long this session has before it is signed out: the sooner of the idle limit and the
    absolute lifetime. 0 or less means it has ended (or was never signed in)."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return 0
    now = int(time.time()) if now is None else now
    session = request.session
    idle_end = session.get("last_seen", now) + idle_limit(user)
    absolute_end = session.get("signed_in_at", now) + settings.SESSION_ABSOLUTE_LIFETIME
    return min(idle_end, absolute_end) - now


class SessionTimeoutMiddleware:
    """Signs people out after inactivity (30 minutes for staff, 8 hours for councillors by
    default) and after an absolute session lifetime, whatever their activity. The page's
    timeout warning asks how long is left (``SESSION_STATUS_PATH``) without that counting as
    activity or signing anyone out; the next real request does that."""

    WRITE_EVERY = 60  # seconds: do not write the session on every request

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if (
            user is not None
            and user.is_authenticated
            and not (
                without_language(request.path_info) == SESSION_STATUS_PATH
                and request.method == "GET"
            )
        ):
            now = int(time.time())
            session = request.session
            session.setdefault("signed_in_at", now)
            if session_seconds_left(request, now) < 0:
                logout(request)
                messages.info(
                    request,
                    _("You were signed out to keep your account safe. Sign in again to carry on."),
                )
                login = reverse("account_login")
                return redirect(f"{login}?{urlencode({'next': request.get_full_path()})}")
            if now - session.get("last_seen", 0) >= self.WRITE_EVERY:
                session["last_seen"] = now
        return self.get_response(request)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp with one exception: the Wagtail admin gets the documented, relaxed policy in
    settings.ADMIN_CONTENT_SECURITY_POLICY (its editor needs inline scripts and styles). Every
    public and learner page gets the strict policy in settings.CONTENT_SECURITY_POLICY."""

    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and request.path_info.startswith("/admin/"):
            parts.config = settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]
        return parts


class SignedInNoStoreMiddleware:
    """Every response to someone signed in may hold personal data (their progress, a cohort's
    learners, a council's roster): no browser, proxy or shared computer keeps a copy. Pages for
    visitors who are not signed in keep whatever caching they chose."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        signed_in = user is not None and user.is_authenticated
        if signed_in and "no-store" not in response.get("Cache-Control", ""):
            patch_cache_control(response, no_store=True, private=True)
        return response


class PermissionsPolicyMiddleware:
    """Turns off browser features the platform never uses."""

    POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()"

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", self.POLICY)
        return response


DOWNLOAD_PARAMETER = "download"


def confirm_before_download(request, *, back_to: str):
    """For a file download that needs a recent confirmation of who the person is (call it after
    the scope check). None when they confirmed in the last few minutes; otherwise a redirect to
    allauth's confirmation page, which then returns them to ``back_to`` where the file waits.
    Sent straight on to the file, the browser would save it and leave them looking at the
    password form they had just filled in."""
    try:
        require_recent_reauthentication(request)
    except ReauthenticationRequired:
        join = "&" if "?" in back_to else "?"
        back = f"{back_to}{join}{urlencode({DOWNLOAD_PARAMETER: request.get_full_path()})}"
        return redirect(f"{reverse('account_reauthenticate')}?{urlencode({'next': back})}")
    return None


def offered_download(request, *, describe) -> dict | None:
    """The file a page offers after the person confirmed who they are, as {"url", "name"}:
    only a path on this site that ``describe`` (given the path's URL match) names, never
    another site's address."""
    path = request.GET.get(DOWNLOAD_PARAMETER, "")
    if not path.startswith("/") or "//" in path or "\\" in path:
        return None
    try:
        name = describe(resolve(path.split("?")[0]))
    except Resolver404:
        return None
    return {"url": path, "name": name} if name else None


def require_recent_reauthentication(request) -> None:
    """For a view that checks scope first: ask the person to confirm who they are (allauth's
    re-authentication) unless they did so in the last few minutes."""
    reauthentication_required(lambda request: None)(request)
