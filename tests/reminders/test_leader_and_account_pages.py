"""A council leader sets their own council's pre-election periods (never another council's),
and a person sees the reminders sent to them (never anyone else's)."""

from datetime import date, timedelta

import pytest
from django.utils import timezone

from reminders.constants import Rule, Status
from reminders.models import OutboxMessage, PreElectionPeriod
from reminders.services import nudges_queue

pytestmark = pytest.mark.django_db


@pytest.fixture
def leader(world, client):
    client.force_login(world.leader)
    return client


def periods(world):
    """Only this world's councils' periods (the demo, when loaded, has its own)."""
    return PreElectionPeriod.objects.filter(council__in=world.councils)


def page_of(world) -> str:
    return f"/council/{world.councils[0].slug}/pre-election/"


def test_the_roster_links_to_the_pre_election_page(world, leader):
    roster = leader.get(f"/council/{world.councils[0].slug}/roster/").content.decode()
    assert f'href="{page_of(world)}"' in roster


def test_a_leader_adds_a_period_and_their_councillors_then_get_no_reminders(world, leader):
    today = timezone.localdate()
    page = leader.get(page_of(world))
    html = page.content.decode()
    assert page.status_code == 200 and html.count("<h1") == 1
    assert '<label class="govuk-label" for="id_starts">' in html or 'for="id_starts"' in html
    assert "None set." in html
    response = leader.post(page_of(world), {
        "starts": (today - timedelta(days=2)).isoformat(),
        "ends": (today + timedelta(days=20)).isoformat(),
    }, follow=True)  # fmt: skip
    assert "Pre-election period added" in response.content.decode()
    period = PreElectionPeriod.objects.get(council=world.councils[0])
    assert (period.starts, period.ends) == (today - timedelta(days=2), today + timedelta(days=20))
    nudges_queue(now=timezone.now())
    reached = set(OutboxMessage.objects.values_list("user_id", flat=True))
    assert world.councillors[0].pk not in reached and world.councillors[1].pk not in reached
    assert world.councillors[2].pk in reached  # the other council's cohort-mate


@pytest.mark.parametrize(
    "data, error",
    [
        ({"starts": "2027-05-06", "ends": "2027-03-20"}, "end on or after the day it starts"),
        ({"starts": "", "ends": "2027-03-20"}, "Enter the first day of the period"),
        ({"starts": "2027-02-30", "ends": "2027-03-20"}, "Enter the first day as a real date"),
        ({"starts": "2027-03-01", "ends": "soon"}, "Enter the last day as a real date"),
    ],
)
def test_bad_dates_are_a_clear_error_and_write_nothing(world, leader, data, error):
    response = leader.post(page_of(world), data)
    html = response.content.decode()
    assert response.status_code == 400
    assert "govuk-error-summary" in html and error in html
    assert html.count("<h1") == 1
    assert not periods(world).exists()


def test_a_leader_deletes_their_own_councils_period(world, leader):
    period = PreElectionPeriod.objects.create(
        council=world.councils[0], starts=date(2027, 3, 26), ends=date(2027, 5, 6)
    )
    assert "26 March 2027" in leader.get(page_of(world)).content.decode()
    response = leader.post(f"{page_of(world)}{period.pk}/delete/", follow=True)
    assert "Pre-election period deleted" in response.content.decode()
    assert not periods(world).exists()


def test_a_leader_cannot_see_add_or_delete_another_councils_periods(world, leader):
    other = world.councils[1]
    theirs = PreElectionPeriod.objects.create(
        council=other, starts=date(2027, 3, 26), ends=date(2027, 5, 6)
    )
    base = f"/council/{other.slug}/pre-election/"
    assert leader.get(base).status_code == 403
    assert leader.post(base, {"starts": "2027-01-01", "ends": "2027-01-02"}).status_code == 403
    assert leader.post(f"{base}{theirs.pk}/delete/").status_code == 403
    # Their own council's address with the other council's period: not found, nothing deleted.
    assert leader.post(f"{page_of(world)}{theirs.pk}/delete/").status_code == 404
    assert list(periods(world)) == [theirs]
    assert "26 March 2027" not in leader.get(page_of(world)).content.decode()


def test_a_councillor_or_facilitator_cannot_set_periods(world, client):
    for person in (world.councillors[0], world.facilitator):
        client.force_login(person)
        assert client.get(page_of(world)).status_code == 403
        assert (
            client.post(page_of(world), {"starts": "2027-01-01", "ends": "2027-01-02"}).status_code
            == 403
        )  # noqa: E501
    assert not periods(world).exists()


# --- the reminders we sent you ---------------------------------------------------------------


def test_a_person_sees_the_reminders_sent_to_them_and_no_one_elses(world, client, outbox):
    from reminders.services import outbox_send

    me, cohort_mate = world.councillors[0], world.councillors[1]
    nudges_queue(now=timezone.now())
    mine = OutboxMessage.objects.get(rule=Rule.WELCOME, user=me)
    outbox_send(message_id=mine.pk)
    OutboxMessage.objects.filter(user=cohort_mate).update(subject="Only for the cohort-mate")
    client.force_login(me)
    assert 'href="/account/reminders/sent/"' in client.get("/account/").content.decode()
    page = client.get("/account/reminders/sent/")
    html = page.content.decode()
    assert page.status_code == 200 and html.count("<h1") == 1
    assert f"Welcome to {world.cohort.name}" in html
    assert "Welcome to a cohort" in html  # the rule, in plain words
    assert str(Status.SENT.label) in html
    assert "Only for the cohort-mate" not in html


def test_someone_never_sent_anything_is_told_so(world, client):
    client.force_login(world.outsider)
    assert (
        "We have not sent you any reminders yet."
        in client.get("/account/reminders/sent/").content.decode()
    )


def test_a_bouncing_address_is_said_plainly(world, client):
    nudges_queue(now=timezone.now())
    OutboxMessage.objects.filter(user=world.councillors[0]).update(status=Status.FAILED_PERMANENT)
    client.force_login(world.councillors[0])
    html = client.get("/account/reminders/sent/").content.decode()
    assert "Not delivered: your email address is bouncing" in html
