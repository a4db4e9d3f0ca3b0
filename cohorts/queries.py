"""The one visibility rule. Every scoped read (dashboards, exports, learner pages) starts from
``cohorts_visible_to`` or ``councils_visible_to``; nothing else decides who sees what."""

from dataclasses import dataclass
from datetime import datetime

from django.db.models import Count, Q, QuerySet
from django.db.models.functions import Lower

from champions.accounts.constants import ROLE_GROUPS, Role
from champions.accounts.models import Council, CouncillorProfile

from .models import Cohort, CohortMembership


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


# --- A cohort's members and who may join -------------------------------------------------

# Staff roles that make an account a member of staff rather than a learner. A council leader
# who is also an elected member is a councillor here: they can take the programme too.
NOT_LEARNER_GROUPS = [
    ROLE_GROUPS[role]
    for role in (Role.TRAINER, Role.LEAD_TRAINER, Role.FACILITATOR, Role.PLATFORM_ADMIN)
]


def councillor_profiles() -> QuerySet[CouncillorProfile]:
    """Current councillors (on a roster, not left), never staff accounts."""
    return (
        CouncillorProfile.objects.filter(left_at__isnull=True)
        .filter(user__is_staff=False, user__is_superuser=False, user__is_active=True)
        .exclude(user__groups__name__in=NOT_LEARNER_GROUPS)
    )


def addable_councillors(
    *, cohort: Cohort, include_members: bool = False, search: str = "", council_id=None
) -> QuerySet[CouncillorProfile]:
    """Councillors on the current rosters of the cohort's councils, not yet members (unless
    ``include_members``), optionally matching a name or email and one council."""
    profiles = councillor_profiles().filter(council__cohorts=cohort)
    if not include_members:
        profiles = profiles.exclude(user__cohort_memberships__cohort=cohort)
    if council_id:
        profiles = profiles.filter(council_id=council_id)
    for word in search.split():
        profiles = profiles.filter(
            Q(user__first_name__icontains=word)
            | Q(user__last_name__icontains=word)
            | Q(user__email__icontains=word)
        )
    return profiles.select_related("user", "council").order_by(
        Lower("user__last_name"), Lower("user__first_name"), "user__email"
    )


@dataclass(frozen=True)
class MemberRow:
    user_id: int
    name: str
    email: str
    council: str
    signed_in: bool
    joined_at: datetime
    on_roster: bool


def cohort_members(*, cohort: Cohort) -> list[MemberRow]:
    """The cohort's members for its facilitator, with their council and whether they have
    signed in yet: one query."""
    memberships = (
        CohortMembership.objects.filter(cohort=cohort)
        .select_related("user__councillor_profile__council")
        .order_by(Lower("user__last_name"), Lower("user__first_name"), "user__email")
    )
    rows = []
    for membership in memberships:
        user = membership.user
        profile = getattr(user, "councillor_profile", None)
        rows.append(
            MemberRow(
                user_id=user.pk,
                name=user.get_full_name() or user.email,
                email=user.email,
                council=profile.council.name if profile else "",
                signed_in=user.last_login is not None,
                joined_at=membership.joined_at,
                on_roster=bool(profile and profile.left_at is None),
            )
        )
    return rows


def cohort_for_join_token(token: str) -> Cohort | None:
    if not token:
        return None
    return (
        Cohort.objects.select_related("programme")
        .prefetch_related("facilitators")
        .filter(join_token=token)
        .first()
    )
