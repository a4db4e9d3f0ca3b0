"""Query counts for every page in the benchmark (``make bench``) that had no pinned count yet,
so a regression fails CI even when no benchmark runs. Where size could matter, a small and a
larger case run the same number of queries. The lesson page, My learning, the module page,
the quiz, attempt and result pages are pinned in tests/courses and tests/quizzes.

Counts are taken on the second request: the first warms per-process caches (the site root,
content types) and the shared caches this issue added (lesson bodies, cohort records)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from champions.accounts.models import Council
from cohorts.analytics import cohort_report
from courses.models import LessonPage
from courses.services import lesson_mark_complete
from quizzes.models import QuizAttempt
from quizzes.services import attempt_start, attempt_submit
from tests.cohorts.test_dashboard import _bulk_cohort
from tests.factories import CouncilFactory
from tests.helpers import answers_for, confirm_identity, post_data, sign_in

pytestmark = pytest.mark.django_db

HEALTHZ_QUERIES = 1
# User, roles (the session comes from the cache), begin, the attempt (read once, locked), its
# responses, the attempt saved, the pass, last activity, the stage recomputed (sittings, best
# results, the programme; thresholds and core modules come from the cache; latest stage, the
# new snapshot), commit; then, for a pass, whether it completes the programme (recognition's
# certificate, through the module_quiz_passed hook: enrolments, lesson progress and passes; the
# structure comes from the cache), and the session's last-seen time (written through).
QUIZ_SUBMISSION_QUERIES = 16
# My journey: as before (8), plus the one next step's milestones: the programme's knowledge
# checks and the learner's attempts at them (the sittings are already read), and the
# councillor's commitments beside the scores (1; their follow-ups only when there are some).
JOURNEY_QUERIES = 11
# User, roles, two-step check (the session comes from the cache), the cohort, its councils (the
# page lists them), the members with their last activity (one query; the cache's version),
# instrument items (the lowest-confidence key) and departures (the headline). The programme
# outline comes from the cached programme structure; the members' progress and the question
# figures from the cache until one of them does something. Nothing for the reliability, which
# the overview does not show. (Issue 17: 12 before.) Then live sessions
# (cohort_sessions.queries.sessions_overview, given the report's members rather than reading
# them again): the sessions with how many the register marked, and the present marks (2; with a
# session coming up, 2 more: its pre-work and who completed it, see
# tests/cohort_sessions/test_cohort_figures.py). (11 while the block read the members again.)
# Welsh (issue 22): how many answered in each language (1: both tables in one union), and the
# default locale, to read the English originals of the instrument items (1).
COHORT_DASHBOARD_QUERIES = 12
# Each detail page reads only the parts of the report it shows, after the user, roles, two-step
# check and the cohort. Learners: the members, and sessions attended (the sessions and the
# present marks: 2). Journey and change: the members and departures (the headline's member
# count). Questions: the members (the figures' cache key). Measurement quality: the members,
# instrument items (after the default locale, for the English originals: 1) and the baseline
# count (the reliability's key). The plan: the members and
# instrument items (with the default locale: 1), and the next session's pre-work (as the
# overview: 2, or 4; it was 9 while it read the members again, 8 before Welsh). (Issue 17: the
# report's share was 11 on each before, when every page built the whole report.)
COHORT_PAGE_QUERIES = {
    "learners/": 7,
    "journey/": 6,
    "questions/": 5,
    "quality/": 8,
    "plan/": 9,
}
# User, roles, two-step check, the council, then uptake: the roster, invitations and enrolments
# (with each councillor's last activity), the published journey figures (one read of the latest
# snapshot) and whether the viewer manages the council. What completing takes, the same-type
# councils' counts, and, since issue 17 (13 before), the lessons and quiz passes (one GROUP BY
# each) and the months active (the trend's UNION), both cached under the councillors' last
# activity, come from the cache. Then the live sessions attended (one aggregate).
COUNCIL_UPTAKE_QUERIES = 10
# The committee report, printable and as a PDF: the same figures without the question of whether
# the viewer manages the council (the report offers no roster link), nor live sessions attended.
COUNCIL_REPORT_QUERIES = 8
# The export confirms who is asking: since allauth 65.22 that check also reads the person's verified
# email addresses (to offer confirming by code), one query more than before. Since issue 17 the
# export reads only the learner rows (members with their last activity in one query, the outline
# from the cache), not the whole report: 23 before.
COHORT_EXPORT_QUERIES = 17
ALL_COUNCILS_QUERIES = 4
ALL_COHORTS_QUERIES = 6


def count(client, path: str, *, status: int = 200) -> int:
    client.get(path)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    assert response.status_code == status, (path, response.status_code)
    return len(captured)


def test_healthz_asks_the_database_one_thing(client):
    assert count(client, "/healthz") == HEALTHZ_QUERIES


def test_a_quiz_submission_runs_the_same_queries_with_or_without_a_history(
    client, learner, quiz, cast
):

    def submission(user) -> int:
        attempt = attempt_start(user=user, quiz=quiz, seed=3)
        client.force_login(user)
        with CaptureQueriesContext(connection) as captured:
            response = client.post(
                f"/quizzes/attempts/{attempt.pk}/", post_data(answers_for(attempt, right=8))
            )
        assert response.status_code == 302
        assert QuizAttempt.objects.get(pk=attempt.pk).passed
        return len(captured)

    veteran = cast["councillor"]  # module 1's lessons done, module 2 begun
    for seed in range(4):  # (these also warm the shared caches: thresholds, programme structure)
        old = attempt_start(user=veteran, quiz=quiz, seed=100 + seed)
        attempt_submit(user=veteran, attempt_id=old.pk, answers=answers_for(old, right=seed))
    client.force_login(veteran)
    client.get("/learn/")  # the programme's structure, cached as any page would have left it
    fresh = submission(learner)
    assert fresh == submission(veteran) == QUIZ_SUBMISSION_QUERIES


def test_a_second_submission_of_the_same_attempt_is_cheap_and_records_nothing(
    client, learner, quiz
):
    attempt = attempt_start(user=learner, quiz=quiz, seed=4)
    client.force_login(learner)
    data = post_data(answers_for(attempt, right=8))
    client.post(f"/quizzes/attempts/{attempt.pk}/", data)
    with CaptureQueriesContext(connection) as captured:
        again = client.post(f"/quizzes/attempts/{attempt.pk}/", data)
    assert again.status_code == 302
    # User, roles, begin, the attempt (locked: closed), rollback, the session (the message).
    assert len(captured) == 6  # a first submission: QUIZ_SUBMISSION_QUERIES
    assert QuizAttempt.objects.filter(user=learner, quiz=quiz).count() == 1


def test_my_journey_query_count_is_pinned(client, cast):
    client.force_login(cast["councillor"])
    assert count(client, "/journey/") == JOURNEY_QUERIES


def test_every_cohort_dashboard_page_query_count_is_pinned_for_5_and_500_learners(
    client, cast, cohort
):
    council = CouncilFactory()
    small = _bulk_cohort(5, "Pinned small", programme=cohort.programme, council=council)
    large = _bulk_cohort(500, "Pinned large", programme=cohort.programme, council=council)
    client.force_login(cast["admin"])
    assert count(client, f"/cohorts/{small.pk}/") == COHORT_DASHBOARD_QUERIES
    assert count(client, f"/cohorts/{large.pk}/") == COHORT_DASHBOARD_QUERIES
    found = {
        page: (
            count(client, f"/cohorts/{small.pk}/{page}"),
            count(client, f"/cohorts/{large.pk}/{page}"),
        )
        for page in COHORT_PAGE_QUERIES
    }
    assert found == {page: (n, n) for page, n in COHORT_PAGE_QUERIES.items()}


def test_the_cohort_records_cache_moves_with_every_new_result(cohort):
    member = cohort.memberships.order_by("pk").first().user
    first = cohort_report(cohort=cohort)
    mine = next(row for row in first.learners if row.user_id == member.pk)
    lesson = next(
        lesson
        for lesson in LessonPage.objects.live().descendant_of(cohort.programme).order_by("path")
        if not lesson.progress.filter(user=member, completed_at__isnull=False).exists()
    )
    lesson_mark_complete(user=member, lesson=lesson, at=timezone.now())
    after = cohort_report(cohort=cohort)
    assert next(r for r in after.learners if r.user_id == member.pk).lessons_done == (
        mine.lessons_done + 1
    )


def test_the_council_uptake_query_count_is_pinned_whatever_the_council(client, cast, shared_world):
    client.force_login(cast["admin"])
    busy, quiet = shared_world.councils  # learners with histories / a single new learner
    assert count(client, f"/council/{busy.slug}/") == COUNCIL_UPTAKE_QUERIES
    assert count(client, f"/council/{quiet.slug}/") == COUNCIL_UPTAKE_QUERIES


def test_the_committee_report_query_count_is_pinned_for_the_page_and_the_pdf(
    client, cast, shared_world
):
    client.force_login(cast["admin"])
    for council in shared_world.councils:
        assert count(client, f"/council/{council.slug}/report/") == COUNCIL_REPORT_QUERIES
        assert count(client, f"/council/{council.slug}/report.pdf") == COUNCIL_REPORT_QUERIES


def test_the_cohort_learner_export_query_count_is_pinned(client, cast, cohort):
    sign_in(client, cast["facilitator"].email)
    confirm_identity(client)
    path = f"/cohorts/{cohort.pk}/export/learners.csv"
    assert count(client, path) == COHORT_EXPORT_QUERIES


def test_the_admin_list_of_all_councils_runs_the_same_queries_for_5_and_55(client, cast):
    client.force_login(cast["admin"])
    before = count(client, "/council/")
    Council.objects.bulk_create(
        Council(name=f"Extra council {n}", slug=f"extra-{n}", type="district", nation="england")
        for n in range(50)
    )
    assert before == count(client, "/council/") == ALL_COUNCILS_QUERIES


def test_the_admin_list_of_all_cohorts_runs_the_same_queries_for_2_and_12(client, cast, cohort):
    client.force_login(cast["admin"])
    before = count(client, "/cohorts/")
    council = CouncilFactory()
    for n in range(10):
        _bulk_cohort(3, f"Extra cohort {n}", programme=cohort.programme, council=council)
    assert before == count(client, "/cohorts/") == ALL_COHORTS_QUERIES
