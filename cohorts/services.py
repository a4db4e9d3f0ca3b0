"""Writes for cohorts and their members. Keyword-only; every check happens before any write."""

import secrets
from collections.abc import Sequence
from datetime import date, datetime
from functools import partial

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from champions.accounts.models import Council, User
from courses.models import ProgrammePage
from courses.services import enrolment_ensure

from .models import Cohort, CohortMembership
from .queries import addable_councillors, cohort_for_join_token
from .tasks import send_added_emails


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


# --- Facilitators manage their cohort's members ------------------------------------------


class MembershipRefused(Exception):
    """The change cannot be made; the message says why, in plain words. Nothing was written."""


@transaction.atomic
def cohort_members_add(
    *, cohort: Cohort, user_ids: Sequence[int], now: datetime | None = None
) -> list[User]:
    """Adds councillors from the rosters of the cohort's councils, all or none, and queues a
    "you have been added" email to each person newly added. People already in the cohort are
    left as they are (adding twice is adding once). Returns the people newly added."""
    now = now or timezone.now()
    wanted = list(dict.fromkeys(user_ids))
    if not wanted:
        raise MembershipRefused(_("Select at least one councillor to add."))
    allowed = set(
        addable_councillors(cohort=cohort, include_members=True)
        .filter(user_id__in=wanted)
        .values_list("user_id", flat=True)
    )
    if set(wanted) - allowed:
        raise MembershipRefused(
            _(
                "Only councillors on the current roster of one of this cohort's councils can be "
                "added. Nobody was added."
            )
        )
    existing = set(cohort.memberships.filter(user_id__in=wanted).values_list("user_id", flat=True))
    new_ids = [uid for uid in wanted if uid not in existing]
    people = list(User.objects.filter(pk__in=new_ids).order_by("last_name", "first_name"))
    memberships = [cohort_member_add(cohort=cohort, user=user, joined_at=now) for user in people]
    _queue_added_emails([m.pk for m in memberships])
    return people


def _queue_added_emails(membership_ids: list[int]) -> None:
    if membership_ids:
        transaction.on_commit(partial(send_added_emails.enqueue, membership_ids=membership_ids))


@transaction.atomic
def cohort_member_remove(*, cohort: Cohort, user_id: int) -> bool:
    """Takes someone out of the cohort. Their learning records (enrolment, lessons, quizzes,
    self-assessments) stay theirs: they leave this cohort's figures, and adding them back
    brings everything back. Returns whether they were a member (removing twice is harmless)."""
    deleted, _ = CohortMembership.objects.filter(cohort=cohort, user_id=user_id).delete()
    return bool(deleted)


def cohort_join_link_reset(*, cohort: Cohort) -> Cohort:
    """Turns the join link on with a new secret; any earlier link stops working."""
    cohort.join_token = secrets.token_urlsafe(24)
    cohort.full_clean(validate_constraints=False)
    cohort.save(update_fields=["join_token"])
    return cohort


def cohort_join_link_disable(*, cohort: Cohort) -> Cohort:
    cohort.join_token = ""
    cohort.save(update_fields=["join_token"])
    return cohort


@transaction.atomic
def cohort_join(*, token: str, user: User, now: datetime | None = None) -> CohortMembership:
    """A councillor joins through the cohort's link. Refused (``MembershipRefused``) unless the
    link is current and they are on the current roster of one of the cohort's councils.
    Joining twice keeps the first membership. No email: they are on the page already."""
    cohort = cohort_for_join_token(token)
    if cohort is None:
        raise MembershipRefused(_("This join link does not work. It may have been replaced."))
    if not addable_councillors(cohort=cohort, include_members=True).filter(user=user).exists():
        raise MembershipRefused(
            _(
                "This link is for councillors on the rosters of the councils taking part in "
                "%(cohort)s."
            )
            % {"cohort": cohort.name}
        )
    return cohort_member_add(cohort=cohort, user=user, joined_at=now or timezone.now())


def added_emails_claim(*, membership_ids: Sequence[int], at: datetime) -> list[int]:
    """Marks the welcome emails not sent yet as sent *before* sending, as invitations are
    claimed: a task run twice sends each email at most once."""
    with transaction.atomic():
        ids = list(
            CohortMembership.objects.select_for_update(skip_locked=True)
            .filter(pk__in=membership_ids, welcome_sent_at__isnull=True)
            .values_list("pk", flat=True)
        )
        CohortMembership.objects.filter(pk__in=ids).update(welcome_sent_at=at)
    return ids


def added_emails_release(*, membership_ids: Sequence[int], claimed_at: datetime) -> int:
    """Gives back a claim whose sending failed, so the next try sends them."""
    return CohortMembership.objects.filter(
        pk__in=membership_ids, welcome_sent_at=claimed_at
    ).update(welcome_sent_at=None)
