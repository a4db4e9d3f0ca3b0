"""The one visibility rule. Every scoped read (dashboards, exports, learner pages) starts from
``cohorts_visible_to`` or ``councils_visible_to``; nothing else decides who sees what."""

from django.db.models import Count, Q, QuerySet

from champions.accounts.constants import Role
from champions.accounts.models import Council

from .models import Cohort


def cohorts_visible_to(user) -> QuerySet[Cohort]:
    """Platform admins: every cohort. Facilitators: the cohorts they run. Anyone else: none."""
    if not user.is_authenticated:
        return Cohort.objects.none()
    if user.is_platform_admin:
        return Cohort.objects.all()
    if user.has_role(Role.FACILITATOR):
        return Cohort.objects.filter(facilitators=user)
    return Cohort.objects.none()


def councils_visible_to(user) -> QuerySet[Council]:
    """Whose uptake this person may see. Platform admins: every council. Council leaders: the
    councils they lead. Facilitators: the councils their cohorts include."""
    if not user.is_authenticated:
        return Council.objects.none()
    if user.is_platform_admin:
        return Council.objects.all()
    scope = Q(pk__in=[])
    if user.has_role(Role.COUNCIL_LEADER):
        scope |= Q(leaderships__user=user)
    if user.has_role(Role.FACILITATOR):
        scope |= Q(cohorts__facilitators=user)
    return Council.objects.filter(scope).distinct()


def cohort_list(*, user) -> QuerySet[Cohort]:
    return (
        cohorts_visible_to(user)
        .prefetch_related("councils", "facilitators")
        .annotate(member_count=Count("memberships", distinct=True))
        .order_by("-start_date", "name")
    )


def councils_managed_by(user) -> QuerySet[Council]:
    """Whose roster this person may import and invite: platform admins, every council; a
    council leader, the councils they lead. Facilitators see uptake but manage no roster."""
    visible = councils_visible_to(user)
    if user.is_authenticated and user.is_platform_admin:
        return visible
    if user.is_authenticated and user.has_role(Role.COUNCIL_LEADER):
        return visible.filter(leaderships__user=user)
    return Council.objects.none()
