"""Writes to people, councils and roles. Views, commands, the demo seeder and tests call these."""

from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from django.db import transaction

from .constants import ROLE_GROUPS, Role
from .models import Council, CouncilLeadership, CouncillorProfile, User


@transaction.atomic
def user_upsert(
    *, email: str, first_name: str = "", last_name: str = "", password: str | None = None
) -> User:
    """Create or update a person by email (case-insensitive). A new person without a password
    can only sign in by emailed code, which is what most councillors will do."""
    email = email.strip().lower()
    user = User.objects.filter(email__iexact=email).first()
    if user is None:
        user = User(email=email)
    user.first_name = first_name or user.first_name
    user.last_name = last_name or user.last_name
    if password:
        user.set_password(password)
    elif not user.pk:
        user.set_unusable_password()
    user.full_clean()
    user.save()
    EmailAddress.objects.update_or_create(
        user=user, email=email, defaults={"primary": True, "verified": True}
    )
    return user


def role_grant(*, user: User, role: Role) -> None:
    group, _ = Group.objects.get_or_create(name=ROLE_GROUPS[role])
    user.groups.add(group)
    if role == Role.PLATFORM_ADMIN and not (user.is_superuser and user.is_staff):
        user.is_superuser = True
        user.is_staff = True
        user.save(update_fields=["is_superuser", "is_staff"])
    user.__dict__.pop("_roles_cache", None)


@transaction.atomic
def councillor_profile_upsert(
    *,
    user: User,
    council: Council,
    position: str,
    ward: str = "",
    year_first_elected: int | None = None,
) -> CouncillorProfile:
    profile = CouncillorProfile.objects.filter(user=user).first() or CouncillorProfile(user=user)
    profile.council = council
    profile.position = position
    profile.ward = ward
    profile.year_first_elected = year_first_elected
    profile.full_clean()
    profile.save()
    role_grant(user=user, role=Role.COUNCILLOR)
    return profile


@transaction.atomic
def council_leader_assign(*, user: User, council: Council) -> CouncilLeadership:
    leadership, _ = CouncilLeadership.objects.get_or_create(user=user, council=council)
    role_grant(user=user, role=Role.COUNCIL_LEADER)
    return leadership
