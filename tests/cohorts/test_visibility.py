"""The one visibility rule: who may see which cohorts and councils."""

import pytest

from champions.accounts.constants import Role
from champions.accounts.services import council_leader_assign, role_grant, user_upsert
from cohorts.queries import cohorts_visible_to, councils_visible_to
from courses.models import Enrolment
from tests.factories import (
    CohortFactory,
    CouncilFactory,
    CouncillorFactory,
    FacilitatorFactory,
    UserFactory,
    build_world,
)
from tests.helpers import built_once_per_module

pytestmark = pytest.mark.django_db


def _two_cohorts():
    """The factories' world, plus a second cohort on another council run by another
    facilitator."""
    world = build_world()
    elsewhere = CouncilFactory()
    other = CohortFactory(
        programme=world.programme.page, councils=[elsewhere], facilitators=[FacilitatorFactory()]
    )
    return world, other


shared = built_once_per_module(_two_cohorts)


@pytest.fixture
def world(db, shared):
    return shared[0]


@pytest.fixture
def other_cohort(db, shared):
    return shared[1]


def names(queryset) -> set[str]:
    return set(queryset.values_list("name", flat=True))


def test_a_leader_sees_only_their_own_council(world):
    assert list(councils_visible_to(world.leader)) == [world.councils[0]]


def test_a_leader_of_two_councils_sees_both_and_no_other(world, other_cohort):
    user = UserFactory()
    first, second = CouncilFactory(), CouncilFactory()
    council_leader_assign(user=user, council=first)
    council_leader_assign(user=user, council=second)
    assert set(councils_visible_to(user)) == {first, second}


def test_a_facilitator_sees_only_the_cohorts_they_run(world, other_cohort):
    theirs = other_cohort.facilitators.get()
    assert names(cohorts_visible_to(world.facilitator)) == {world.cohort.name}
    assert names(cohorts_visible_to(theirs)) == {other_cohort.name}


def test_a_facilitator_sees_the_councils_their_cohorts_include(world):
    assert set(councils_visible_to(world.facilitator)) == set(world.councils)


def test_a_facilitator_role_without_cohorts_sees_nothing(world):
    user = user_upsert(email="new.facilitator@tests.example.org")
    role_grant(user=user, role=Role.FACILITATOR)
    assert not cohorts_visible_to(user).exists()
    assert not councils_visible_to(user).exists()


def test_being_named_on_a_cohort_without_the_role_gives_nothing(world):
    councillor = world.cast["councillor"]
    world.cohort.facilitators.add(councillor)
    assert not cohorts_visible_to(councillor).exists()


def test_platform_admins_see_everything(world, other_cohort):
    from champions.accounts.models import Council
    from cohorts.models import Cohort

    admin = world.cast["admin"]
    assert cohorts_visible_to(admin).count() == Cohort.objects.count() >= 2
    assert councils_visible_to(admin).count() == Council.objects.count() >= 3


@pytest.mark.parametrize("role", ["councillor", "trainer", "lead.trainer"])
def test_other_roles_see_no_cohorts_or_councils(world, other_cohort, role):
    assert not cohorts_visible_to(world.cast[role]).exists()
    assert not councils_visible_to(world.cast[role]).exists()


def test_anonymous_people_see_nothing(world):
    from django.contrib.auth.models import AnonymousUser

    assert not cohorts_visible_to(AnonymousUser()).exists()
    assert not councils_visible_to(AnonymousUser()).exists()


def test_another_facilitators_cohort_is_403_and_a_missing_one_404(
    client, sign_in_as, world, other_cohort
):
    sign_in_as(world.facilitator.email)
    assert client.get(f"/cohorts/{other_cohort.pk}/").status_code == 403
    assert client.get("/cohorts/999999/").status_code == 404
    assert client.get(f"/cohorts/{world.cohort.pk}/").status_code == 200


def test_adding_a_member_in_the_admin_enrols_them_on_the_programme(client, world, other_cohort):
    person = CouncillorFactory(council=other_cohort.councils.get(), first_name="New")
    client.force_login(world.cast["admin"])
    response = client.post(
        "/admin/cohort_members/new/",
        {"cohort": other_cohort.pk, "user": person.pk, "joined_at": "2026-11-01 10:00"},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Enrolment.objects.filter(user=person, programme=other_cohort.programme).exists()
