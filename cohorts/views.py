from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from champions.accounts.constants import Role
from champions.accounts.permissions import role_required

from . import selectors
from .models import Cohort


@require_GET
@role_required(Role.FACILITATOR)
def cohort_list(request):
    return render(
        request, "cohorts/cohort_list.html", {"cohorts": selectors.cohort_list(user=request.user)}
    )


@require_GET
@role_required(Role.FACILITATOR)
def cohort_detail(request, cohort_id: int):
    cohort = selectors.cohorts_visible_to(request.user).filter(pk=cohort_id).first()
    if cohort is None:
        # Exists but not yours: 403 (it says why); does not exist at all: 404.
        get_object_or_404(Cohort, pk=cohort_id)
        raise PermissionDenied("This cohort is run by another facilitator.")
    members = cohort.memberships.select_related("user__councillor_profile__council").order_by(
        "user__last_name", "user__first_name"
    )
    return render(request, "cohorts/cohort_detail.html", {"cohort": cohort, "members": members})


@require_GET
@role_required(Role.COUNCIL_LEADER, Role.FACILITATOR)
def council_uptake(request):
    councils = list(selectors.councils_visible_to(request.user).order_by("name"))
    return render(request, "cohorts/council.html", {"councils": councils})
