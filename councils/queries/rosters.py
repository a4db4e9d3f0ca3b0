"""The council's roster as its leader sees it, and an uploaded roster's preview before import."""

from dataclasses import dataclass
from datetime import datetime

from django.db.models import (
    BooleanField,
    Count,
    Exists,
    ExpressionWrapper,
    IntegerField,
    OuterRef,
    Q,
    Subquery,
)
from django.db.models.functions import Coalesce, Lower

from champions.accounts.constants import ROLE_GROUPS, Role
from champions.accounts.models import Council, CouncilLeadership, CouncillorProfile, User
from cohorts.models import CohortMembership

from ..models import Invitation, RosterUpload
from ..roster import (
    CheckedRow,
    ImportPlan,
    KnownPerson,
    RawRow,
    check_rows,
    normalise_email,
    plan_import,
)


@dataclass(frozen=True)
class RosterEntry:
    user_id: int
    name: str
    email: str
    position: str
    ward: str
    year_first_elected: int | None
    invited_at: datetime | None
    invitation_count: int
    signed_in: bool
    left_at: datetime | None
    cohorts: tuple[str, ...] = ()
    language: str = ""  # a Language value; blank: not known (both, Welsh first)
    language_chosen: bool = False  # chosen by the councillor themselves: the roster keeps it


@dataclass(frozen=True)
class Roster:
    current: tuple[RosterEntry, ...]
    left: tuple[RosterEntry, ...]

    @property
    def not_invited(self) -> tuple[RosterEntry, ...]:
        return tuple(e for e in self.current if e.invited_at is None)


def _latest_invitation():
    return Subquery(
        Invitation.objects.filter(user=OuterRef("user_id"))
        .order_by("-created_at")
        .values("created_at")[:1]
    )


def _cohort_names(user_ids) -> dict[int, tuple[str, ...]]:
    names: dict[int, list[str]] = {}
    memberships = (
        CohortMembership.objects.filter(user_id__in=user_ids)
        .order_by("cohort__start_date", "cohort__name")
        .values_list("user_id", "cohort__name")
    )
    for user_id, name in memberships:
        names.setdefault(user_id, []).append(name)
    return {user_id: tuple(cohorts) for user_id, cohorts in names.items()}


def council_roster(*, council: Council) -> Roster:
    """Everyone on the council's roster, current and left, with invitations, sign-in and the
    cohorts each is in: two queries."""
    profiles = (
        CouncillorProfile.objects.filter(council=council)
        .select_related("user")
        .annotate(
            invited_at=_latest_invitation(),
            invitation_count=_count(Invitation.objects.filter(user=OuterRef("user_id"))),
        )
        .order_by("user__last_name", "user__first_name", "user__email")
    )
    profiles = list(profiles)
    cohorts = _cohort_names(CouncillorProfile.objects.filter(council=council).values("user_id"))
    entries = [
        RosterEntry(
            user_id=p.user_id,
            name=p.user.get_full_name() or p.user.email,
            email=p.user.email,
            position=p.get_position_display(),
            ward=p.ward,
            year_first_elected=p.year_first_elected,
            invited_at=p.invited_at,
            invitation_count=p.invitation_count,
            signed_in=p.user.last_login is not None,
            left_at=p.left_at,
            cohorts=cohorts.get(p.user_id, ()),
            language=p.user.language,
            language_chosen=p.user.language_chosen_at is not None,
        )
        for p in profiles
    ]
    return Roster(
        current=tuple(e for e in entries if e.left_at is None),
        left=tuple(e for e in entries if e.left_at is not None),
    )


def current_member(*, council: Council, user_id: int) -> CouncillorProfile | None:
    """One councillor on the council's current roster (with their account), or None: someone
    on another council's roster, or who has left this one, is not this council's to change."""
    return (
        CouncillorProfile.objects.filter(council=council, user_id=user_id, left_at__isnull=True)
        .select_related("user")
        .first()
    )


def not_invited_user_ids(*, council: Council) -> list[int]:
    return list(
        CouncillorProfile.objects.filter(council=council, left_at__isnull=True)
        .exclude(Exists(Invitation.objects.filter(user=OuterRef("user_id"))))
        .values_list("user_id", flat=True)
    )


# --- Roster upload preview --------------------------------------------------------------


@dataclass(frozen=True)
class CurrentMember:
    profile_id: int
    user_id: int
    name: str
    email: str


@dataclass(frozen=True)
class RosterPreview:
    upload: RosterUpload
    plan: ImportPlan
    known: dict[str, KnownPerson]
    current: dict[str, CurrentMember]  # by lower-case email

    @property
    def rows(self) -> tuple[CheckedRow, ...]:
        return self.plan.rows

    @property
    def invalid_rows(self) -> tuple[CheckedRow, ...]:
        return self.plan.skipped

    @property
    def valid_rows(self) -> tuple[CheckedRow, ...]:
        return tuple(row for row in self.plan.rows if row.valid)

    @property
    def leaving(self) -> tuple[CurrentMember, ...]:
        return tuple(self.current[email] for email in self.plan.leaving)


def roster_preview(*, upload: RosterUpload, this_year: int) -> RosterPreview:
    """The upload's rows checked against today's accounts and roster: two queries. Run again
    at confirmation, so the preview is never stale."""
    raw = [RawRow.from_dict(data) for data in upload.rows]
    emails = {normalise_email(row.email) for row in raw if row.email.strip()}
    known = {
        row["email_lower"]: KnownPerson(
            user_id=row["id"],
            council_id=row["councillor_profile__council_id"],
            left=row["councillor_profile__left_at"] is not None,
            privileged=row["privileged"],
        )
        for row in User.objects.annotate(email_lower=Lower("email"), privileged=_privileged())
        .filter(email_lower__in=emails)
        .values(
            "id",
            "email_lower",
            "councillor_profile__council_id",
            "councillor_profile__left_at",
            "privileged",
        )
    }
    current = {
        row["email_lower"]: CurrentMember(
            profile_id=row["id"],
            user_id=row["user_id"],
            name=" ".join(filter(None, [row["user__first_name"], row["user__last_name"]]))
            or row["email_lower"],
            email=row["email_lower"],
        )
        for row in CouncillorProfile.objects.filter(council=upload.council, left_at__isnull=True)
        .annotate(email_lower=Lower("user__email"))
        .values("id", "user_id", "email_lower", "user__first_name", "user__last_name")
    }
    elsewhere = {
        email for email, person in known.items() if not person.roster_may_change(upload.council_id)
    }
    checked = check_rows(raw, emails_elsewhere=elsewhere, this_year=this_year)
    plan = plan_import(
        checked, council_id=upload.council_id, known=known, current_emails=current.keys()
    )
    return RosterPreview(upload=upload, plan=plan, known=known, current=current)


def _privileged():
    """True for an account with more than the councillor role: staff or superuser flags, any
    other group, any permission of its own, or a council it leads."""
    groups = User.groups.through.objects.filter(user_id=OuterRef("pk")).exclude(
        group__name=ROLE_GROUPS[Role.COUNCILLOR]
    )
    permissions = User.user_permissions.through.objects.filter(user_id=OuterRef("pk"))
    leads = CouncilLeadership.objects.filter(user=OuterRef("pk"))
    return ExpressionWrapper(
        Q(is_staff=True)
        | Q(is_superuser=True)
        | Exists(groups)
        | Exists(permissions)
        | Exists(leads),
        output_field=BooleanField(),
    )


def _count(queryset):
    return Coalesce(
        Subquery(
            queryset.order_by().values("user").annotate(n=Count("pk")).values("n")[:1],
            output_field=IntegerField(),
        ),
        0,
    )
