"""Role checks for views. Scope (which council, which cohort) is decided by the visibility
queries in cohorts.queries; this only answers "may this person use this kind of page"."""

from functools import wraps

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _


def role_required(*roles: str, allow_admin: bool = True):
    """Signed in, and holding one of ``roles`` (platform admins pass unless ``allow_admin`` is
    False). Anyone else gets a 403 page that says why."""

    def decorator(view):
        @wraps(view)
        @login_required
        def wrapped(request, *args, **kwargs):
            user = request.user
            if user.has_role(*roles) or (allow_admin and user.is_platform_admin):
                return view(request, *args, **kwargs)
            raise PermissionDenied(_("This page is for a different role from yours."))

        return wrapped

    return decorator
