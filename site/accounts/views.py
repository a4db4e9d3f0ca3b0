from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.views.decorators.http import require_GET

from champions.security import has_second_factor


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
