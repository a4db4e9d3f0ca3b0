"""Scope, not only role: a councillor never sees another cohort's session or its joining link;
a facilitator reaches only their own cohorts' sessions."""

import pytest

from tests.factories import build_world

pytestmark = pytest.mark.django_db


@pytest.fixture
def theirs(schedule):
    other = build_world()
    session = schedule(cohort=other.cohort, joining_url="https://meet.example.org/secret-room")
    return other, session


def test_a_councillor_cannot_open_another_cohorts_session_or_its_calendar_file(
    client, world, theirs
):
    _, session = theirs
    client.force_login(world.councillors[0])
    for path in (f"/sessions/{session.pk}/", f"/sessions/{session.pk}/calendar.ics"):
        response = client.get(path)
        assert response.status_code == 403
        assert b"secret-room" not in response.content


def test_someone_on_the_council_but_not_in_the_cohort_is_refused(client, world, schedule):
    session = schedule()
    client.force_login(world.outsider)
    assert client.get(f"/sessions/{session.pk}/").status_code == 403


def test_a_facilitator_cannot_reach_another_facilitators_session_pages(client, world, theirs):
    other, session = theirs
    client.force_login(world.facilitator)
    for rest in ("", "new/", f"{session.pk}/edit/", f"{session.pk}/cancel/",
                 f"{session.pk}/register/"):  # fmt: skip
        assert client.get(f"/cohorts/{other.cohort.pk}/sessions/{rest}").status_code == 403
    # Their own cohort's id with the other cohort's session: not found, never shown.
    own = f"/cohorts/{world.cohort.pk}/sessions/{session.pk}/register/"
    assert client.get(own).status_code == 404
    assert client.post(own, {"everyone": "present"}).status_code == 404


def test_a_facilitator_cannot_cancel_another_cohorts_session_by_post(client, world, theirs):
    other, session = theirs
    client.force_login(world.facilitator)
    response = client.post(f"/cohorts/{other.cohort.pk}/sessions/{session.pk}/cancel/")
    assert response.status_code == 403
    session.refresh_from_db()
    assert not session.is_cancelled


def test_members_see_the_joining_link(client, world, schedule):
    session = schedule(joining_url="https://meet.example.org/our-room")
    client.force_login(world.councillors[1])
    assert b"https://meet.example.org/our-room" in client.get(f"/sessions/{session.pk}/").content
