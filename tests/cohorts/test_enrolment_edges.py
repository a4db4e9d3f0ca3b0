"""Joining and following up: "no activity" counts from joining or the last activity, whichever
is later; and the admin's membership form offers councillors only, labelled so two people with
the same name can be told apart."""

from datetime import timedelta

import pytest
from django.utils import timezone

from champions.accounts.models import User
from cohorts.admin_views import CohortMembershipForm
from cohorts.analytics import cohort_report
from cohorts.models import CohortMembership
from courses.models import Enrolment
from tests.factories import (
    CohortFactory,
    CouncilFactory,
    CouncillorFactory,
    CouncillorProfileFactory,
    FacilitatorFactory,
    TrainerFactory,
)

pytestmark = pytest.mark.django_db

QUIET = "no activity for 14 days"


def _reasons(cohort, person, now):
    report = cohort_report(cohort=cohort, now=now)
    return next(row.follow_up for row in report.learners if row.user_id == person.pk)


def test_someone_who_joined_today_is_not_flagged_for_inactivity(world):
    council = world.councils[0]
    now = timezone.now()
    person = CouncillorFactory(council=council, cohort=world.cohort, joined_at=now)
    assert QUIET not in _reasons(world.cohort, person, now)


def test_someone_who_joined_30_days_ago_and_did_nothing_is_flagged(world):
    now = timezone.now()
    person = CouncillorFactory(
        council=world.councils[0], cohort=world.cohort, joined_at=now - timedelta(days=30)
    )
    assert QUIET in _reasons(world.cohort, person, now)


def test_old_activity_before_joining_does_not_count_against_a_new_member(world):
    """Active on the programme two months ago (say in an earlier cohort), added today."""
    now = timezone.now()
    person = CouncillorFactory(council=world.councils[0])
    Enrolment.objects.create(
        user=person, programme=world.cohort.programme, last_active_at=now - timedelta(days=60)
    )
    CohortMembership.objects.create(cohort=world.cohort, user=person, joined_at=now)
    assert QUIET not in _reasons(world.cohort, person, now)
    assert QUIET in _reasons(world.cohort, person, now + timedelta(days=15))


def test_the_admin_form_offers_only_councillors_labelled_with_email_and_council():
    council = CouncilFactory(name="Sameshire Council")
    other = CouncilFactory(name="Otherton Council")
    twin_a = CouncillorFactory(council=council, first_name="Sam", last_name="Same")
    twin_b = CouncillorFactory(council=other, first_name="Sam", last_name="Same")
    trainer = TrainerFactory()
    CouncillorProfileFactory(user=trainer, council=council)
    facilitator = FacilitatorFactory()
    form = CohortMembershipForm()
    labels = dict(form.fields["user"].choices)
    offered = {key.value for key in labels if key}
    assert {twin_a.pk, twin_b.pk} <= offered
    # Whoever else the database holds (the demo, in a full run): councillors only.
    assert not User.objects.filter(pk__in=offered, councillor_profile__isnull=True).exists()
    assert not User.objects.filter(pk__in=offered, groups__name="Trainers").exists()
    assert set(labels.values()) >= {
        f"Sam Same ({twin_a.email}, Sameshire Council)",
        f"Sam Same ({twin_b.email}, Otherton Council)",
    }
    assert trainer.pk not in offered
    assert facilitator.pk not in offered
    initial = form.fields["joined_at"].initial()
    assert abs(initial - timezone.now()) < timedelta(minutes=1)


def test_the_admin_form_adds_through_the_service_with_now_as_the_default(world):
    person = CouncillorFactory(council=world.councils[0])
    cohort = CohortFactory(programme=world.cohort.programme, councils=[world.councils[0]])
    form = CohortMembershipForm(data={"cohort": cohort.pk, "user": person.pk, "joined_at": ""})
    assert form.is_valid(), form.errors
    membership = form.save()
    assert abs(membership.joined_at - timezone.now()) < timedelta(minutes=1)
    assert Enrolment.objects.filter(user=person, programme=cohort.programme).exists()
