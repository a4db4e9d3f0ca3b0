"""The council leader's side of getting people into cohorts: the roster shows each councillor's
cohort (or "Not in a cohort yet"), the leader sets the council's programme contact, and the
invitation names the cohort or, for someone not in one yet, that contact."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from champions.pages.models import ServiceContacts
from councils.services import council_contact_update, invitations_create
from councils.tasks import send_invitation_emails
from tests.councils.helpers import add_councillors, make_council, make_leader
from tests.factories import CohortFactory, FacilitatorFactory
from tests.helpers import h1_count

pytestmark = pytest.mark.django_db


@pytest.fixture
def council():
    return make_council("cohortshire")


@pytest.fixture
def people(council):
    return add_councillors(council, 3)


@pytest.fixture
def cohort(council, people):
    facilitator = FacilitatorFactory(first_name="Fay", last_name="Cilitator")
    return CohortFactory(
        name="Spring cohort", councils=[council], facilitators=[facilitator], members=people[:1]
    )


@pytest.fixture
def leader_client(client, council):
    client.force_login(make_leader(council))
    return client


def test_the_roster_shows_each_councillors_cohort_or_not_in_a_cohort_yet(
    leader_client, council, people, cohort
):
    html = leader_client.get(f"/council/{council.slug}/roster/").content.decode()
    assert ">Cohort</th>" in html
    assert html.count(">Spring cohort</td>") == 1
    assert html.count(">Not in a cohort yet</td>") == 2
    assert "2 councillors on the roster are not in a cohort yet" in html


def test_the_roster_runs_the_same_number_of_queries_for_3_and_23_councillors(
    leader_client, council, people, cohort
):
    def count():
        leader_client.get(f"/council/{council.slug}/roster/")
        with CaptureQueriesContext(connection) as captured:
            assert leader_client.get(f"/council/{council.slug}/roster/").status_code == 200
        return len(captured)

    small = count()
    more = add_councillors(council, 20, start=10)
    for person in more[:10]:
        cohort.memberships.create(user=person)
    assert count() == small == 6


def test_a_leader_sets_the_programme_contact_and_bad_input_changes_nothing(leader_client, council):
    url = f"/council/{council.slug}/contact/"
    page = leader_client.get(url).content.decode()
    assert h1_count(page) == 1 and 'for="id_contact_email"' in page
    bad = leader_client.post(url, {"contact_name": "Member Services", "contact_email": "nope"})
    assert bad.status_code == 400
    assert "Enter an email address in the correct format" in bad.content.decode()
    council.refresh_from_db()
    assert council.contact_name == ""
    ok = leader_client.post(
        url,
        {"contact_name": "Member Services", "contact_email": "members@cohortshire.example.org",
         "contact_phone": "01632 960001"},
    )  # fmt: skip
    assert ok.status_code == 302
    council.refresh_from_db()
    assert (council.contact_name, council.contact_phone) == ("Member Services", "01632 960001")
    roster = leader_client.get(ok.url).content.decode()
    assert "The programme contact has been saved." in roster
    assert "members@cohortshire.example.org" in roster


def test_another_councils_leader_cannot_change_the_contact(client, council):
    client.force_login(make_leader(make_council("elsewhere")))
    url = f"/council/{council.slug}/contact/"
    assert client.get(url).status_code == 403
    assert client.post(url, {"contact_name": "Mallory"}).status_code == 403
    council.refresh_from_db()
    assert council.contact_name == ""


def _invite(council, person, outbox):
    invitation = invitations_create(council=council, user_ids=[person.pk], invited_by=None)[0]
    send_invitation_emails.call(invitation_ids=[invitation.pk])
    return outbox[-1].body


def test_an_invitation_names_the_cohort_its_facilitator_and_start_date(
    council, people, cohort, outbox
):
    body = _invite(council, people[0], outbox)
    assert "You are in Spring cohort, facilitated by Fay Cilitator." in body
    assert cohort.start_date.strftime("%-d %B %Y") in body
    assert "You are not in a cohort yet" not in body


def test_an_invitation_to_someone_not_in_a_cohort_names_the_councils_contact(
    council, people, cohort, outbox
):
    council_contact_update(
        council=council, contact_name="Member Services",
        contact_email="members@cohortshire.example.org", contact_phone="01632 960001",
    )  # fmt: skip
    body = _invite(council, people[1], outbox)
    assert "You are not in a cohort yet" in body
    assert "we will email you when you have been added" in body
    assert (
        "contact your council's programme contact, Member Services, "
        "members@cohortshire.example.org, 01632 960001." in body
    )


def test_without_a_council_contact_the_invitation_names_the_programme_team(council, people, outbox):
    # Set whole: the demo (seeded once for the session when demo tests run) has its own.
    team = ServiceContacts.load()
    team.programme_team_name = "The Digital Champions programme team"
    team.programme_team_email = "team@champions.example.org"
    team.programme_team_phone = ""
    team.save()
    body = _invite(council, people[2], outbox)
    assert "contact The Digital Champions programme team, team@champions.example.org." in body
