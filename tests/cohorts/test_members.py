"""A facilitator manages their cohort's members: the members list, adding councillors from the
rosters of the cohort's councils (emailed once), removing (records kept), and the join link a
councillor on one of those rosters can use to join."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from cohorts.models import CohortMembership
from cohorts.services import MembershipRefused, cohort_members_add
from cohorts.tasks import send_added_emails
from courses.models import Enrolment, LessonProgress
from courses.services import lesson_mark_complete
from tests.factories import (
    CouncilFactory,
    CouncillorFactory,
    CouncillorProfileFactory,
    FacilitatorFactory,
    TrainerFactory,
)
from tests.helpers import h1_count, subject_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def newcomers(world):
    """Two councillors on the cohort's councils' rosters, not in the cohort yet."""
    home, other = world.councils
    return [
        CouncillorFactory(council=home, first_name="Nia", last_name="Newby"),
        CouncillorFactory(council=other, first_name="Omar", last_name="Otley"),
    ]


@pytest.fixture
def facilitator_client(client, world):
    client.force_login(world.facilitator)
    return client


def members_url(world, rest=""):
    return f"/cohorts/{world.cohort.pk}/members/{rest}"


def box(person) -> str:
    """The checkbox for choosing this person on "Add councillors"."""
    return f'type="checkbox" value="{person.pk}"'


def add(client, world, capture, ids, query=""):
    with capture(execute=True):
        return client.post(members_url(world, "add/") + query, {"councillors": ids})


# --- the members list ----------------------------------------------------------------------


def test_the_members_page_lists_each_member_with_council_sign_in_and_join_date(
    facilitator_client, world
):
    world.councillors[0].last_login = timezone.now()
    world.councillors[0].save(update_fields=["last_login"])
    html = facilitator_client.get(members_url(world)).content.decode()
    assert h1_count(html) == 1
    assert "3 members, 2 invited but not signed in yet" in html
    for person in world.councillors:
        assert person.get_full_name() in html
    assert world.outsider.get_full_name() not in html
    assert html.count("Invited, not signed in yet") == 2
    assert world.councils[1].name in html
    assert timezone.localdate().strftime("%-d %b %Y") in html
    assert "The join link is off." in html


# --- adding from the rosters ---------------------------------------------------------------


def test_add_lists_only_current_councillors_of_the_cohorts_councils_not_yet_members(
    facilitator_client, world, newcomers
):
    home, _ = world.councils
    elsewhere = CouncillorFactory(council=CouncilFactory(), first_name="Ezra")
    trainer = TrainerFactory(first_name="Tina")
    CouncillorProfileFactory(user=trainer, council=home)  # staff, though on a roster
    left = CouncillorFactory(council=home, first_name="Lefty")
    left.councillor_profile.left_at = timezone.now()
    left.councillor_profile.save()

    html = facilitator_client.get(members_url(world, "add/")).content.decode()
    assert h1_count(html) == 1
    for person in [*newcomers, world.outsider]:
        assert box(person) in html
        assert person.email in html
    for person in [*world.councillors, elsewhere, trainer, left]:
        assert box(person) not in html


def test_add_searches_by_name_or_email_and_filters_by_council_without_javascript(
    facilitator_client, world, newcomers
):
    nia, omar = newcomers
    url = members_url(world, "add/")
    by_name = facilitator_client.get(url, {"q": "newby"}).content.decode()
    assert box(nia) in by_name and box(omar) not in by_name
    by_email = facilitator_client.get(url, {"q": omar.email}).content.decode()
    assert box(omar) in by_email and box(nia) not in by_email
    by_council = facilitator_client.get(url, {"council": world.councils[1].pk}).content.decode()
    assert box(omar) in by_council and box(nia) not in by_council
    nobody = facilitator_client.get(url, {"q": "zzzz"}).content.decode()
    assert "No councillors match the search." in nobody
    bad = facilitator_client.get(url, {"council": "999999"})
    assert bad.status_code == 400
    assert "Choose one of the councils listed" in bad.content.decode()


def test_adding_two_councillors_enrols_them_and_emails_each_once(
    facilitator_client, world, newcomers, outbox, django_capture_on_commit_callbacks
):
    response = add(
        facilitator_client, world, django_capture_on_commit_callbacks, [p.pk for p in newcomers]
    )
    assert response.status_code == 302 and response.url == members_url(world)
    memberships = CohortMembership.objects.filter(cohort=world.cohort, user__in=newcomers)
    assert memberships.count() == 2
    assert all(timezone.now() - m.joined_at < timedelta(minutes=1) for m in memberships)
    assert all(m.welcome_sent_at for m in memberships)
    assert (
        Enrolment.objects.filter(user__in=newcomers, programme=world.cohort.programme).count() == 2
    )
    assert sorted(m.to[0] for m in outbox) == sorted(p.email for p in newcomers)
    message = next(m for m in outbox if m.to == [newcomers[0].email])
    # They have not said which language they use: Welsh first, then English (docs/welsh.md).
    assert subject_of(message) == (
        f"Rydych chi wedi cael eich ychwanegu at {world.cohort.name}"
        f" / You have been added to {world.cohort.name}"
    )
    assert f"You have been added to {world.cohort.name}, facilitated by " in message.body
    assert world.facilitator.get_full_name() in message.body
    assert world.cohort.start_date.strftime("%-d %B %Y") in message.body
    assert "You can start now: http://testserver/learn/" in message.body

    page = facilitator_client.get(response.url).content.decode()
    assert "2 councillors have been added to the cohort and emailed" in page

    again = add(
        facilitator_client, world, django_capture_on_commit_callbacks, [p.pk for p in newcomers]
    )
    assert again.status_code == 302
    assert CohortMembership.objects.filter(cohort=world.cohort).count() == 5
    assert len(outbox) == 2
    assert "Nobody was added" in facilitator_client.get(again.url).content.decode()


def test_the_added_email_task_sends_each_email_at_most_once(world, newcomers, outbox):
    membership = CohortMembership.objects.create(cohort=world.cohort, user=newcomers[0])
    assert send_added_emails.call(membership_ids=[membership.pk]) == 1
    assert send_added_emails.call(membership_ids=[membership.pk]) == 0
    assert len(outbox) == 1


def test_adding_someone_from_another_council_adds_nobody_and_says_why(
    facilitator_client, world, newcomers, outbox, django_capture_on_commit_callbacks
):
    elsewhere = CouncillorFactory(council=CouncilFactory())
    response = add(
        facilitator_client, world, django_capture_on_commit_callbacks,
        [newcomers[0].pk, elsewhere.pk],
    )  # fmt: skip
    assert response.status_code == 400
    html = response.content.decode()
    assert "Only councillors on the current roster of one of this cohort" in html
    assert "Nobody was added" in html
    assert not CohortMembership.objects.filter(user__in=[newcomers[0], elsewhere]).exists()
    assert outbox == []


def test_staff_accounts_can_never_be_added_even_with_a_profile(world):
    trainer = TrainerFactory()
    CouncillorProfileFactory(user=trainer, council=world.councils[0])
    with pytest.raises(MembershipRefused):
        cohort_members_add(cohort=world.cohort, user_ids=[trainer.pk])
    assert not CohortMembership.objects.filter(user=trainer).exists()


def test_adding_with_nothing_ticked_or_nonsense_says_what_to_do(facilitator_client, world):
    empty = facilitator_client.post(members_url(world, "add/"), {})
    assert empty.status_code == 400
    assert "Select at least one councillor to add" in empty.content.decode()
    for value in ("x'", "²", "٣"):  # a superscript two and an Arabic-Indic three pass isdigit()
        nonsense = facilitator_client.post(members_url(world, "add/"), {"councillors": [value]})
        assert nonsense.status_code == 400
        assert "Choose councillors from the list" in nonsense.content.decode()


# --- removing ------------------------------------------------------------------------------


def test_removing_asks_first_then_keeps_the_persons_learning_records(facilitator_client, world):
    person = world.councillors[1]
    lesson = world.programme.all_lessons[0]
    lesson_mark_complete(user=person, lesson=lesson)
    url = members_url(world, f"{person.pk}/remove/")
    confirm = facilitator_client.get(url).content.decode()
    assert h1_count(confirm) == 1
    assert f"Remove {person.get_full_name()} from the cohort?" in confirm
    assert "Their learning records are kept" in confirm
    assert CohortMembership.objects.filter(user=person).exists()

    response = facilitator_client.post(url)
    assert response.status_code == 302
    assert not CohortMembership.objects.filter(cohort=world.cohort, user=person).exists()
    assert LessonProgress.objects.filter(user=person, lesson=lesson).exists()
    assert Enrolment.objects.filter(user=person).exists()
    page = facilitator_client.get(response.url).content.decode()
    assert f"{person.get_full_name()} has been removed from the cohort." in page
    assert facilitator_client.post(url).status_code == 404  # twice: nothing more to do


# --- scope ---------------------------------------------------------------------------------


def test_another_facilitator_can_neither_see_nor_change_the_members(client, world, newcomers):
    client.force_login(FacilitatorFactory())
    member = world.councillors[0]
    for path in ["", "add/", f"{member.pk}/remove/"]:
        assert client.get(members_url(world, path)).status_code == 403
    assert (
        client.post(members_url(world, "add/"), {"councillors": [newcomers[0].pk]}).status_code
        == 403
    )
    assert client.post(members_url(world, f"{member.pk}/remove/")).status_code == 403
    assert (
        client.post(f"/cohorts/{world.cohort.pk}/join-link/", {"action": "reset"}).status_code
        == 403
    )
    world.cohort.refresh_from_db()
    assert world.cohort.join_token == ""
    assert CohortMembership.objects.filter(cohort=world.cohort).count() == 3


# --- the join link -------------------------------------------------------------------------


def test_the_join_link_can_be_turned_on_reset_and_turned_off(facilitator_client, world):
    url = f"/cohorts/{world.cohort.pk}/join-link/"
    facilitator_client.post(url, {"action": "reset"})
    world.cohort.refresh_from_db()
    first = world.cohort.join_token
    assert len(first) >= 20
    page = facilitator_client.get(members_url(world)).content.decode()
    assert f"http://testserver/cohorts/join/{first}/" in page

    facilitator_client.post(url, {"action": "reset"})
    world.cohort.refresh_from_db()
    assert world.cohort.join_token not in ("", first)

    facilitator_client.force_login(world.outsider)
    assert facilitator_client.get(f"/cohorts/join/{first}/").status_code == 404

    facilitator_client.force_login(world.facilitator)
    facilitator_client.post(url, {"action": "disable"})
    world.cohort.refresh_from_db()
    assert world.cohort.join_token == ""
    assert facilitator_client.post(url, {"action": "nonsense"}).status_code == 302


@pytest.fixture
def join_url(world):
    from cohorts.services import cohort_join_link_reset

    cohort_join_link_reset(cohort=world.cohort)
    return f"/cohorts/join/{world.cohort.join_token}/"


def test_a_councillor_on_the_roster_joins_by_link_once(client, world, join_url, outbox):
    person = world.outsider  # on the home council's roster, not in the cohort
    client.force_login(person)
    page = client.get(join_url).content.decode()
    assert h1_count(page) == 1
    assert f"Join {world.cohort.name}?" in page
    assert world.facilitator.get_full_name() in page
    response = client.post(join_url)
    assert response.status_code == 302 and response.url == "/learn/"
    assert f"You have joined {world.cohort.name}." in client.get("/learn/").content.decode()
    assert client.post(join_url).status_code == 302
    assert CohortMembership.objects.filter(cohort=world.cohort, user=person).count() == 1
    assert Enrolment.objects.filter(user=person, programme=world.cohort.programme).exists()
    assert "You are in" in client.get(join_url).content.decode()


def test_the_join_link_refuses_everyone_else_in_plain_english(client, world, join_url):
    elsewhere = CouncillorFactory(council=CouncilFactory())
    left = CouncillorFactory(council=world.councils[0])
    left.councillor_profile.left_at = timezone.now()
    left.councillor_profile.save()
    for person in [elsewhere, left, world.facilitator, world.leader, world.staff["admin"]]:
        client.force_login(person)
        response = client.get(join_url)
        assert response.status_code == 403, person
        assert "This link is for councillors on the roster" in response.content.decode()
        assert client.post(join_url).status_code == 403
    assert not CohortMembership.objects.filter(user__in=[elsewhere, left]).exists()
    client.force_login(elsewhere)
    bad = client.get("/cohorts/join/not-a-real-token/")
    assert bad.status_code == 404
    assert "This join link does not work" in bad.content.decode()


def test_a_signed_out_visitor_is_sent_to_sign_in_and_back(client, join_url):
    response = client.get(join_url)
    assert response.status_code == 302
    assert response.url.startswith("/accounts/login/") and "next=" in response.url


# --- query counts --------------------------------------------------------------------------


def _grow(world, count):
    home, other = world.councils
    people = [CouncillorFactory(council=home if i % 2 else other) for i in range(count)]
    cohort_members_add(cohort=world.cohort, user_ids=[p.pk for p in people[: count // 2]])
    return people


@pytest.mark.parametrize(
    "path, expected",
    [("", 6), ("add/", 7), ("remove", 5), ("join", 6)],
)
def test_members_pages_run_a_fixed_number_of_queries_whatever_the_cohort_size(
    client, world, join_url, path, expected
):
    def count():
        if path == "join":
            client.force_login(world.outsider)
            url = join_url
        else:
            client.force_login(world.facilitator)
            rest = f"{world.councillors[0].pk}/remove/" if path == "remove" else path
            url = members_url(world, rest)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    count()  # the first request also loads what every page reads once per process
    small = count()
    _grow(world, 20)
    assert count() == small == expected
