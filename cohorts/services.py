"""Writes for cohorts and their members. Keyword-only; every check happens before any write."""

from datetime import date

from django.db import transaction
from django.utils import timezone

from champions.accounts.models import Council, User
from courses.models import ProgrammePage
from courses.services import enrolment_ensure

from .models import Cohort, CohortMembership


@transaction.atomic
def cohort_upsert(
    *,
    name: str,
    programme: ProgrammePage,
    start_date: date,
    end_date: date,
    councils: list[Council],
    facilitators: list[User] = (),
) -> Cohort:
    cohort = Cohort.objects.filter(name=name, start_date=start_date).first() or Cohort(
        name=name, start_date=start_date
    )
    cohort.programme = programme
    cohort.end_date = end_date
    cohort.full_clean()
    cohort.save()
    cohort.councils.set(councils)
    cohort.facilitators.set(facilitators)
    return cohort


@transaction.atomic
def cohort_member_add(*, cohort: Cohort, user: User, joined_at=None) -> CohortMembership:
    """Adds a councillor to a cohort and enrols them on its programme (idempotent)."""
    membership, _ = CohortMembership.objects.get_or_create(
        cohort=cohort, user=user, defaults={"joined_at": joined_at or timezone.now()}
    )
    enrolment_ensure(user=user, programme=cohort.programme)
    return membership


# --- Roster import ----------------------------------------------------------------------
