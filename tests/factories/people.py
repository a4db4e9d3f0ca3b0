"""Councils, people (each role) and cohorts, written through the product's services."""

from datetime import timedelta

import factory
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP
from django.utils import timezone
from factory.django import DjangoModelFactory

from champions.accounts.constants import CouncilType, Nation, Position, Role
from champions.accounts.models import Council, CouncillorProfile, User
from champions.accounts.services import (
    council_leader_assign,
    councillor_profile_upsert,
    role_grant,
    user_upsert,
)
from cohorts.models import Cohort
from cohorts.services import cohort_member_add, cohort_upsert
from tests.helpers import PASSWORD, TOTP_SECRET

from .pages import ProgrammePageFactory

# --- councils and people ------------------------------------------------------------------------


class CouncilFactory(DjangoModelFactory):
    class Meta:
        model = Council
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Testford {n} District Council")
    slug = factory.Sequence(lambda n: f"testford-{n}")
    type = CouncilType.DISTRICT
    nation = Nation.ENGLAND
    region = "North West"


def grant_roles(user: User, roles) -> None:
    for role in roles or ():
        role_grant(user=user, role=role)


def set_up_two_step(user: User) -> None:
    """An authenticator app with the tests' secret, as staff must have."""
    if not Authenticator.objects.filter(user=user).exists():
        TOTP.activate(user, TOTP_SECRET)


def with_roles(*defaults):
    """A ``roles`` declaration for a factory whose people have these roles unless told."""
    return factory.PostGeneration(
        lambda user, create, roles, **kw: grant_roles(user, defaults if roles is None else roles)
    )


class UserFactory(factory.Factory):
    """A person, through ``user_upsert``. ``roles`` grants roles through ``role_grant``;
    ``two_step=True`` sets up an authenticator app with the tests' secret (staff need one)."""

    class Meta:
        model = User

    email = factory.Sequence(lambda n: f"person.{n}@tests.example.org")
    first_name = "Test"
    last_name = factory.Sequence(lambda n: f"Person{n}")
    password = None

    @classmethod
    def _build(cls, model_class, **kwargs):
        raise NotImplementedError("people are only ever created, through user_upsert")

    @classmethod
    def _create(cls, model_class, **kwargs):
        return user_upsert(**kwargs)

    roles = factory.PostGeneration(lambda user, create, roles, **kw: grant_roles(user, roles))
    two_step = factory.PostGeneration(lambda user, create, on, **kw: on and set_up_two_step(user))


class StaffFactory(UserFactory):
    """Someone who signs in with the tests' password and authenticator code."""

    password = PASSWORD
    two_step = factory.PostGeneration(
        lambda user, create, on, **kw: on is False or set_up_two_step(user)
    )


class TrainerFactory(StaffFactory):
    roles = with_roles(Role.TRAINER)


class LeadTrainerFactory(StaffFactory):
    roles = with_roles(Role.LEAD_TRAINER)


class FacilitatorFactory(StaffFactory):
    roles = with_roles(Role.FACILITATOR)


class AdminFactory(StaffFactory):
    roles = with_roles(Role.PLATFORM_ADMIN)


class LeaderFactory(StaffFactory):
    """A council leader (the officer or member who runs the council's uptake)."""

    council = factory.SubFactory(CouncilFactory)

    @classmethod
    def _create(cls, model_class, *, council, **kwargs):
        leader = user_upsert(**kwargs)
        council_leader_assign(user=leader, council=council)
        return leader


class CouncillorFactory(UserFactory):
    """A councillor: a person with a profile on a council (and so the councillor role), and, if
    ``cohort`` is given, a member of that cohort and enrolled on its programme."""

    council = factory.SubFactory(CouncilFactory)
    position = Position.BACKBENCH
    ward = factory.Sequence(lambda n: f"Ward {n}")
    year_first_elected = 2022
    cohort = None
    joined_at = None

    @classmethod
    def _create(
        cls, model_class, *, council, position, ward, year_first_elected, cohort, joined_at,
        **kwargs,
    ):  # fmt: skip
        user = user_upsert(**kwargs)
        councillor_profile_upsert(
            user=user,
            council=council,
            position=position,
            ward=ward,
            year_first_elected=year_first_elected,
        )
        if cohort is not None:
            cohort_member_add(cohort=cohort, user=user, joined_at=joined_at)
        return user


class CouncillorProfileFactory(factory.Factory):
    """A profile for an existing person, through ``councillor_profile_upsert``."""

    class Meta:
        model = CouncillorProfile

    user = factory.SubFactory(UserFactory)
    council = factory.SubFactory(CouncilFactory)
    position = Position.BACKBENCH
    ward = ""
    year_first_elected = None

    @classmethod
    def _create(cls, model_class, **kwargs):
        return councillor_profile_upsert(**kwargs)


# --- pages --------------------------------------------------------------------------------------


class CohortFactory(factory.Factory):
    """A cohort through ``cohort_upsert``; ``members`` are added through ``cohort_member_add``."""

    class Meta:
        model = Cohort

    name = factory.Sequence(lambda n: f"Test cohort {n}")
    programme = factory.SubFactory(ProgrammePageFactory)
    start_date = factory.LazyFunction(lambda: timezone.localdate() - timedelta(days=30))
    end_date = factory.LazyFunction(lambda: timezone.localdate() + timedelta(days=60))
    councils = factory.LazyFunction(list)
    facilitators = factory.LazyFunction(list)

    @classmethod
    def _create(cls, model_class, **kwargs):
        return cohort_upsert(**kwargs)

    @factory.post_generation
    def members(cohort, create, members, **kwargs):
        for user in members or ():
            cohort_member_add(cohort=cohort, user=user)


# --- a small programme and a small world --------------------------------------------------------
