"""What the facilitator's cohort pages say about live sessions: sessions held and how many
members came (overview), each member's sessions attended (learners), and who has done the next
session's pre-work (the session plan). Participation only; a fixed number of queries."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from cohort_sessions.queries import cohort_attendance, sessions_overview
from cohort_sessions.services import register_mark, session_cancel
from cohorts.services import cohort_member_remove
from courses.services import lesson_mark_complete
from tests.helpers import h1_count, visible_text

pytestmark = pytest.mark.django_db


def held(world, schedule, marks: dict, *, days_ago: float = 1):
    """A session that took place ``days_ago``, scheduled before then, register taken on the day."""
    starts = timezone.now() - timedelta(days=days_ago)
    session = schedule(starts_at=starts, hours=1, now=starts - timedelta(days=7))
    register_mark(
        session=session,
        marks={person.pk: status for person, status in marks.items()},
        recorded_by=world.facilitator,
        now=starts,
    )
    return session


@pytest.fixture
def as_facilitator(client, world):
    client.force_login(world.facilitator)
    return client


def test_the_overview_shows_sessions_held_and_average_attendance(as_facilitator, world, schedule):
    a, b, c = world.councillors
    held(world, schedule, {a: "present", b: "present", c: "absent"})
    held(world, schedule, {a: "present", b: "present", c: "present"})
    session_cancel(session=schedule())  # cancelled: never counts
    schedule(days=1)  # upcoming, no register: not held
    html = visible_text(as_facilitator.get(f"/cohorts/{world.cohort.pk}/").content.decode())
    # 5 present marks over 2 sessions of 3 members: 2.5 on average, 83% of the places.
    assert "Sessions: 2 held; on average 2 of 3 members attended (83%)." in html


def test_a_past_session_without_a_register_is_not_counted_as_held(world, schedule):
    past = timezone.now() - timedelta(days=2)
    schedule(starts_at=past + timedelta(hours=1), now=past)
    figures = sessions_overview(cohort=world.cohort)
    assert (figures.attendance.held, figures.attendance.unrecorded) == (0, 1)
    assert (figures.average, figures.percent) == (None, None)


def test_the_overview_with_no_sessions_says_so(as_facilitator, world):
    html = visible_text(as_facilitator.get(f"/cohorts/{world.cohort.pk}/").content.decode())
    assert "No sessions held yet" in html and "No session is scheduled." in html


def test_a_member_who_left_the_cohort_is_not_in_the_average(world, schedule):
    a, b, c = world.councillors
    held(world, schedule, {a: "present", b: "present", c: "present"})
    cohort_member_remove(cohort=world.cohort, user_id=c.pk)
    figures = sessions_overview(cohort=world.cohort)
    assert (figures.members, figures.present, figures.percent) == (2, 2, 100)


def test_the_overview_counts_the_members_the_report_read_and_not_a_leaver(
    as_facilitator, world, schedule
):
    # The page hands the report's members to the sessions block instead of reading them again.
    a, b, c = world.councillors
    held(world, schedule, {a: "present", b: "absent", c: "present"})
    cohort_member_remove(cohort=world.cohort, user_id=c.pk)
    html = visible_text(as_facilitator.get(f"/cohorts/{world.cohort.pk}/").content.decode())
    assert "Sessions: 1 held; on average 1 of 2 members attended (50%)." in html


def test_the_learners_page_has_a_sessions_attended_column(as_facilitator, world, schedule):
    a, b, c = world.councillors
    held(world, schedule, {a: "present", b: "absent", c: "apologies"})
    held(world, schedule, {a: "present", b: "present"})
    html = as_facilitator.get(f"/cohorts/{world.cohort.pk}/learners/").content.decode()
    assert '<th scope="col" class="govuk-table__header">Sessions attended</th>' in html
    rows = {name: row for row in html.split("<tr")[1:] for name in [visible_text("<tr" + row)]}
    for person, cell in ((a, "2 of 2"), (b, "1 of 2"), (c, "0 of 2")):
        (row,) = [row for name, row in rows.items() if name.startswith(person.get_full_name())]
        assert f'<td class="govuk-table__cell">{cell}</td>' in row


def test_before_any_session_the_column_says_no_sessions_yet(world):
    figures = cohort_attendance(cohort=world.cohort)
    assert figures.attended_text(world.councillors[0].pk) == "No sessions yet"


def test_the_plan_shows_who_has_done_the_next_sessions_prework(as_facilitator, world, schedule):
    a, b, c = world.councillors
    module, other = world.programme.modules
    lesson = world.programme.lessons[other.pk][0]
    schedule(title="Session 2: data", prework=[module, lesson])
    for done in world.programme.lessons[module.pk]:
        lesson_mark_complete(user=a, lesson=done)
    lesson_mark_complete(user=b, lesson=world.programme.lessons[module.pk][0])  # half a module
    lesson_mark_complete(user=b, lesson=lesson)
    lesson_mark_complete(user=c, lesson=lesson)
    response = as_facilitator.get(f"/cohorts/{world.cohort.pk}/plan/")
    html = response.content.decode()
    assert h1_count(html) == 1
    text = visible_text(html)
    assert f"{module.title}: 1 of 3 done (33%)" in text
    assert f"Not done yet (2): {b.get_full_name()}, {c.get_full_name()}." in text or (
        f"Not done yet (2): {c.get_full_name()}, {b.get_full_name()}." in text
    )
    assert f"{lesson.title}: 2 of 3 done (67%)" in text
    assert f"Not done yet (1): {a.get_full_name()}." in text
    # The overview gives the counts and sends the facilitator to the plan for the names.
    overview = visible_text(as_facilitator.get(f"/cohorts/{world.cohort.pk}/").content.decode())
    assert "Next session: Session 2: data" in overview
    assert f"{module.title}: 1 of 3 done (33%)" in overview
    assert b.get_full_name() not in overview.split("Live sessions", 1)[1].split("Where", 1)[0]


def test_the_plan_says_when_nothing_is_scheduled_or_there_is_no_prework(
    as_facilitator, world, schedule
):
    path = f"/cohorts/{world.cohort.pk}/plan/"
    assert "No session is scheduled." in visible_text(as_facilitator.get(path).content.decode())
    schedule()
    assert "This session has no pre-work." in visible_text(
        as_facilitator.get(path).content.decode()
    )


def test_prework_everyone_has_done_says_so(world, schedule, as_facilitator):
    lesson = world.programme.all_lessons[0]
    schedule(prework=[lesson])
    for person in world.councillors:
        lesson_mark_complete(user=person, lesson=lesson)
    html = visible_text(as_facilitator.get(f"/cohorts/{world.cohort.pk}/plan/").content.decode())
    assert f"{lesson.title}: 3 of 3 done (100%)" in html and "Everyone has done it." in html


def test_the_next_session_is_the_first_not_yet_registered(world, schedule):
    a = world.councillors[0]
    held(world, schedule, {a: "present"}, days_ago=0.01)  # started minutes ago, registered
    soon = schedule(days=0.5, title="Soon")
    schedule(days=5, title="Later")
    assert sessions_overview(cohort=world.cohort).attendance.next_session == soon


def _count(client, path: str) -> int:
    client.get(path)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    assert response.status_code == 200
    return len(captured)


def test_the_sessions_figures_run_the_same_queries_however_many_sessions_and_marks(
    as_facilitator, world, schedule
):
    """The overview, learners and plan pages: the same count with one session and its
    pre-work as with several sessions held, more marks and more pre-work."""
    pages = [f"/cohorts/{world.cohort.pk}/{page}" for page in ("", "learners/", "plan/")]
    a, b, c = world.councillors
    held(world, schedule, {a: "present"})
    schedule(prework=[world.programme.modules[0]])
    before = [_count(as_facilitator, path) for path in pages]
    held(world, schedule, {a: "present", b: "present", c: "absent"})
    held(world, schedule, {a: "present", b: "present", c: "present"})
    schedule(days=2, prework=list(world.programme.all_lessons) + world.programme.modules)
    for lesson in world.programme.all_lessons:
        lesson_mark_complete(user=b, lesson=lesson)
    assert [_count(as_facilitator, path) for path in pages] == before
