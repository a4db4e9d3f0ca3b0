"""The one visibility rule: who may see which cohorts and councils."""

import pytest

from champions.accounts.constants import Role
from champions.accounts.models import Council
from champions.accounts.services import council_leader_assign, role_grant, user_upsert
from cohorts.models import Cohort
from cohorts.queries import cohorts_visible_to, councils_visible_to

# Still walks the demo (its people, councils or pages): see tests/conftest.py.
pytestmark = [pytest.mark.django_db, pytest.mark.demo]


def test_a_leader_sees_only_their_own_council(demo):
    assert list(councils_visible_to(demo["leader"]).values_list("slug", flat=True)) == ["riverside"]


def test_a_leader_of_two_councils_sees_both_and_no_other():
    user = user_upsert(email="two@example.org")
    council_leader_assign(user=user, council=Council.objects.get(slug="glenard"))
    council_leader_assign(user=user, council=Council.objects.get(slug="aberwen"))
    assert set(councils_visible_to(user).values_list("slug", flat=True)) == {"glenard", "aberwen"}


def test_a_facilitator_sees_only_the_cohorts_they_run(demo):
    mine = set(cohorts_visible_to(demo["facilitator"]).values_list("name", flat=True))
    theirs = set(cohorts_visible_to(demo["facilitator2"]).values_list("name", flat=True))
    assert mine == {"North West regional cohort"}
    assert theirs == {"Eastbrook members' cohort"}


def test_a_facilitator_sees_the_councils_their_cohorts_include(demo):
    slugs = set(councils_visible_to(demo["facilitator"]).values_list("slug", flat=True))
    assert slugs == {"riverside", "northmoor"}


def test_a_facilitator_role_without_cohorts_sees_nothing():
    user = user_upsert(email="new.facilitator@example.org")
    role_grant(user=user, role=Role.FACILITATOR)
    assert not cohorts_visible_to(user).exists()
    assert not councils_visible_to(user).exists()


def test_being_named_on_a_cohort_without_the_role_gives_nothing(demo):
    cohort = Cohort.objects.get(name="North West regional cohort")
    cohort.facilitators.add(demo["councillor"])
    assert not cohorts_visible_to(demo["councillor"]).exists()


def test_platform_admins_see_everything(demo):
    assert cohorts_visible_to(demo["admin"]).count() == Cohort.objects.count()
    assert councils_visible_to(demo["admin"]).count() == Council.objects.count()


@pytest.mark.parametrize("role", ["councillor", "trainer", "lead.trainer"])
def test_other_roles_see_no_cohorts_or_councils(demo, role):
    assert not cohorts_visible_to(demo[role]).exists()
    assert not councils_visible_to(demo[role]).exists()


def test_anonymous_people_see_nothing():
    from django.contrib.auth.models import AnonymousUser

    assert not cohorts_visible_to(AnonymousUser()).exists()
    assert not councils_visible_to(AnonymousUser()).exists()


def test_another_facilitators_cohort_is_403_and_a_missing_one_404(client, sign_in_as):
    other = Cohort.objects.get(name="Eastbrook members' cohort")
    sign_in_as("facilitator@example.org")
    assert client.get(f"/cohorts/{other.pk}/").status_code == 403
    assert client.get("/cohorts/999999/").status_code == 404
    own = Cohort.objects.get(name="North West regional cohort")
    assert client.get(f"/cohorts/{own.pk}/").status_code == 200


def test_adding_a_member_in_the_admin_enrols_them_on_the_programme(client, demo):
    from champions.accounts.models import Council
    from champions.accounts.services import councillor_profile_upsert, user_upsert
    from courses.models import Enrolment

    cohort = Cohort.objects.get(name="Eastbrook members' cohort")
    person = user_upsert(email="new.member@eastbrook.example.org", first_name="New")
    councillor_profile_upsert(
        user=person, council=Council.objects.get(slug="eastbrook"), position="backbench"
    )
    client.force_login(demo["admin"])
    response = client.post(
        "/admin/cohort_members/new/",
        {"cohort": cohort.pk, "user": person.pk, "joined_at": "2026-11-01 10:00"},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Enrolment.objects.filter(user=person, programme=cohort.programme).exists()
