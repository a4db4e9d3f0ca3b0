"""The facilitator's cohort dashboard, learner pages, plan and exports."""

import csv
import io
import re
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django.utils.http import urlencode
from openpyxl import load_workbook

from champions.accounts.models import Council, CouncillorProfile, User
from cohorts.models import Cohort, CohortMembership
from courses.models import Enrolment, LessonPage, LessonProgress, ProgrammePage, Reflection
from tests.factories import (
    CohortFactory,
    CouncilFactory,
    CouncillorFactory,
    FacilitatorFactory,
    build_programme,
    build_world,
    write_history,
)
from tests.helpers import built_once_per_module, confirm_identity, h1_count

pytestmark = pytest.mark.django_db

SECTIONS = [
    "Who is on track", "Who needs a nudge, and why", "Where the cohort is on the journey",
    "What to cover at the next session",
]  # fmt: skip
PAGES = ["learners/", "journey/", "questions/", "quality/", "plan/"]


def _cohort_with_histories():
    """The factories' world on a programme of two core modules and an elective, whose cohort
    has eight members across its two councils with varied records: baselines, lessons, quiz
    attempts from poor to perfect, and for half of them the end-of-programme sitting. Plus a
    second cohort, run by another facilitator, with a member of its own."""
    programme = build_programme(
        modules=3, lessons=2, bank_size=12, questions_per_attempt=8, elective=True, check_in=True
    )
    world = build_world(programme)
    members = world.councillors + [
        CouncillorFactory(council=world.councils[n % 2], cohort=world.cohort) for n in range(5)
    ]
    for n, person in enumerate(members):
        write_history(
            person,
            programme,
            lessons=n % 6,
            right=[8 - n % 4, 2 + n % 7],
            baseline=(2 + n % 4, 2 + n % 7, n % 4),
            end=(3 + n % 3, 4 + n % 6, 1 + n % 3) if n % 2 else None,
        )
    world.staff["facilitator2"] = FacilitatorFactory()
    elsewhere = CouncilFactory()
    other = CohortFactory(
        programme=programme.page, councils=[elsewhere], facilitators=[world.staff["facilitator2"]]
    )
    CouncillorFactory(council=elsewhere, cohort=other)
    return world


shared_world = built_once_per_module(_cohort_with_histories)


@pytest.fixture
def people(cast, shared_world):
    """The people of the module's world by role (``facilitator2`` runs the other cohort)."""
    return cast | {"facilitator2": User.objects.get(pk=shared_world.staff["facilitator2"].pk)}


@pytest.fixture
def regional(shared_world) -> Cohort:
    """The cohort with histories, over two councils, run by ``people["facilitator"]``."""
    return Cohort.objects.get(pk=shared_world.cohort.pk)


@pytest.fixture
def councils(shared_world) -> list[Council]:
    return [Council.objects.get(pk=council.pk) for council in shared_world.councils]


def test_the_overview_shows_its_four_sections_in_order_and_links_to_every_detail_page(
    client, people, regional
):
    client.force_login(people["facilitator"])
    response = client.get(f"/cohorts/{regional.pk}/")
    html = response.content.decode()
    assert response.status_code == 200 and h1_count(html) == 1
    positions = [html.index(title) for title in SECTIONS]
    assert positions == sorted(positions)
    members = regional.memberships.count()
    assert f'Members</dt><dd class="govuk-summary-list__value">{members}<' in html
    for page in PAGES:
        assert f'href="/cohorts/{regional.pk}/{page}' in html
    # The overview leaves the heavy detail to its pages.
    assert "<svg" not in html and "alpha" not in html and 'aria-label="Learners"' not in html


def test_each_detail_page_has_one_h1_its_figures_and_what_they_tell_you(client, people, regional):
    client.force_login(people["facilitator"])
    expected = {
        "learners/": ["Showing", 'aria-label="Learners"'],
        "journey/": ["<svg", "Module funnel", "Baseline \\ now", "People with both"],
        "questions/": ["Got it right", "Most-chosen wrong answer"],
        "quality/": ["Attitude", "Confidence", "Leadership behaviour"],
    }
    for page, texts in expected.items():
        response = client.get(f"/cohorts/{regional.pk}/{page}")
        html = response.content.decode()
        assert response.status_code == 200 and h1_count(html) == 1, page
        assert "What this tells you" in html, page
        for text in texts:
            assert text in html, (page, text)


def test_old_dashboard_links_with_learner_filters_land_on_the_learner_list(
    client, people, regional
):
    client.force_login(people["facilitator"])
    response = client.get(f"/cohorts/{regional.pk}/?status=follow-up&sort=name")
    assert response.status_code == 302
    assert response.url == f"/cohorts/{regional.pk}/learners/?status=follow-up&sort=name"


def test_the_learner_table_filters_and_sorts_on_the_server(client, people, regional, councils):
    client.force_login(people["facilitator"])
    everyone = client.get(f"/cohorts/{regional.pk}/learners/").content.decode()
    second = councils[1]
    northmoor = client.get(
        f"/cohorts/{regional.pk}/learners/?{urlencode({'council': second.name})}&sort=name"
    ).content.decode()
    total = regional.memberships.count()
    in_northmoor = regional.memberships.filter(user__councillor_profile__council=second).count()
    assert 0 < in_northmoor < total
    assert f"Showing {total} of {total} learners" in everyone
    assert f"Showing {in_northmoor} of {total} learners" in northmoor
    table = northmoor[northmoor.index('aria-label="Learners"') :]
    names = re.findall(r'learners/\d+/">([^<]+)</a>', table)
    assert names == sorted(names, key=str.lower) and len(names) == in_northmoor
    follow = client.get(f"/cohorts/{regional.pk}/learners/?status=follow-up").content.decode()
    rows = follow[follow.index('aria-label="Learners"') :]
    assert "No</td>" not in rows.split("</table>")[0]


def test_csv_and_xlsx_downloads_match_the_screen_and_its_filters(
    client, people, regional, councils
):
    client.force_login(people["facilitator"])
    confirm_identity(client)
    query = urlencode({"council": councils[0].name, "sort": "modules"})
    screen = client.get(f"/cohorts/{regional.pk}/learners/?{query}").content.decode()
    screen_names = re.findall(
        r'learners/\d+/">([^<]+)</a>', screen[screen.index('aria-label="Learners"') :]
    )
    download = client.get(f"/cohorts/{regional.pk}/export/learners.csv?{query}")
    assert download["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(download.content.decode())))
    assert rows[0][:4] == ["Name", "Email", "Council", "Position"]
    assert [r[0] for r in rows[1:]] == screen_names
    assert {r[2] for r in rows[1:]} == {councils[0].name}
    excel = client.get(f"/cohorts/{regional.pk}/export/learners.xlsx?{query}")
    sheet = load_workbook(io.BytesIO(excel.content)).active
    assert [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)] == screen_names
    items = client.get(f"/cohorts/{regional.pk}/export/items.csv")
    item_rows = list(csv.reader(io.StringIO(items.content.decode())))
    assert item_rows[0][0] == "Module" and len(item_rows) > 10


def test_exports_neutralise_spreadsheet_formulas(client, people, regional):
    member = regional.memberships.first().user
    member.first_name = "=HYPERLINK(1)"
    member.save()
    client.force_login(people["facilitator"])
    confirm_identity(client)
    content = client.get(f"/cohorts/{regional.pk}/export/learners.csv").content.decode()
    assert "'=HYPERLINK(1)" in content
    excel = client.get(f"/cohorts/{regional.pk}/export/learners.xlsx")
    sheet = load_workbook(io.BytesIO(excel.content)).active
    names = [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert any(name.startswith("'=HYPERLINK(1)") for name in names)


def test_a_learner_page_shows_progress_attempts_and_stages_but_never_reflections(
    client, people, regional
):
    member = regional.memberships.filter(user__stage_snapshots__isnull=False).first().user
    lesson = LessonPage.objects.live().descendant_of(regional.programme).first()
    Reflection.objects.create(
        user=member, lesson=lesson, block_id="x", text="My secret worry about cuts"
    )
    client.force_login(people["facilitator"])
    html = client.get(f"/cohorts/{regional.pk}/learners/{member.pk}/").content.decode()
    assert member.get_full_name() in html
    assert "Quiz attempts" in html and "Stage history" in html
    assert "My secret worry" not in html


def test_a_learner_page_for_someone_outside_the_cohort_is_404(client, people, regional):
    outsider = CohortMembership.objects.exclude(cohort=regional).first().user
    client.force_login(people["facilitator"])
    assert client.get(f"/cohorts/{regional.pk}/learners/{outsider.pk}/").status_code == 404


@pytest.mark.parametrize(
    "path",
    ["/cohorts/{id}/", "/cohorts/{id}/plan/", "/cohorts/{id}/learners/{member}/",
     "/cohorts/{id}/learners/", "/cohorts/{id}/journey/", "/cohorts/{id}/questions/",
     "/cohorts/{id}/quality/",
     "/cohorts/{id}/export/learners.csv", "/cohorts/{id}/export/items.xlsx"],
)  # fmt: skip
@pytest.mark.parametrize(
    ("role", "expected"),
    [
        (None, 302),
        ("councillor", 403),
        ("trainer", 403),
        ("lead.trainer", 403),
        ("leader", 403),
        ("facilitator", 200),
        ("facilitator2", 403),  # another facilitator's cohort
        ("admin", 200),
    ],
)
def test_cohort_pages_permission_matrix(client, people, regional, path, role, expected):
    member = regional.memberships.first().user_id
    if role:
        client.force_login(people[role])
    response = client.get(path.format(id=regional.pk, member=member))
    if "/export/" in path and expected == 200:
        # Allowed, but exports first ask the person to confirm who they are.
        assert response.status_code == 302 and response.url.startswith("/accounts/reauthenticate/")
        confirm_identity(client)
        response = client.get(path.format(id=regional.pk, member=member))
    assert response.status_code == expected


def test_the_plan_page_lists_hardest_questions_lowest_confidence_and_follow_ups(
    client, people, regional
):
    client.force_login(people["facilitator"])
    html = client.get(f"/cohorts/{regional.pk}/plan/").content.decode()
    assert h1_count(html) == 1
    assert "The 5 hardest quiz questions" in html
    hardest = html.split("The 5 hardest quiz questions")[1].split("</ol>")[0]
    assert hardest.count("<li>") == 5
    confidence = html.split("least confident about")[1].split("</ol>")[0]
    assert confidence.count("<li>") == 3
    assert "Learners to follow up" in html


def _bulk_cohort(size: int, name: str, *, programme: ProgrammePage, council: Council) -> Cohort:
    """A cohort of ``size`` councillors with some lesson progress, built in bulk for speed."""
    cohort = Cohort.objects.create(
        name=name,
        programme=programme,
        start_date=timezone.localdate() - timedelta(days=30),
        end_date=timezone.localdate() + timedelta(days=30),
    )
    cohort.councils.add(council)
    users = User.objects.bulk_create(
        [
            User(
                email=f"{name}-{i}@{council.slug}.example.org".lower().replace(" ", "-"),
                first_name="L",
                last_name=str(i),
            )
            for i in range(size)
        ]
    )
    Group.objects.get(name="Councillors").user_set.add(*users)
    CouncillorProfile.objects.bulk_create(
        [CouncillorProfile(user=u, council=council, position="backbench") for u in users]
    )
    now = timezone.now()
    CohortMembership.objects.bulk_create(
        [CohortMembership(cohort=cohort, user=u, joined_at=now) for u in users]
    )
    Enrolment.objects.bulk_create(
        [Enrolment(user=u, programme=cohort.programme, last_active_at=now) for u in users]
    )
    lessons = list(LessonPage.objects.live().descendant_of(programme).order_by("path")[:6])
    LessonProgress.objects.bulk_create(
        [
            LessonProgress(
                user=u, lesson=lesson, started_at=now, last_seen_at=now, completed_at=now
            )
            for u in users
            for lesson in lessons[: (u.pk % 6) + 1]
        ]
    )
    return cohort


def test_the_dashboard_runs_the_same_number_of_queries_for_5_and_500_learners(
    client, people, regional
):
    council = CouncilFactory()
    small = _bulk_cohort(5, "Small cohort", programme=regional.programme, council=council)
    large = _bulk_cohort(500, "Large cohort", programme=regional.programme, council=council)
    client.force_login(people["admin"])

    def count(cohort, page):
        client.get(f"/cohorts/{cohort.pk}/{page}")  # warm: the figures are cached
        with CaptureQueriesContext(connection) as queries:
            assert client.get(f"/cohorts/{cohort.pk}/{page}").status_code == 200
        return len(queries)

    for page in ["", *PAGES]:
        assert count(small, page) == count(large, page), page
    html = client.get(f"/cohorts/{large.pk}/").content.decode()
    assert 'Members</dt><dd class="govuk-summary-list__value">500<' in html


def test_new_quiz_results_show_up_at_once_despite_the_cache(client, people, regional):
    from quizzes.models import QuizPage
    from quizzes.services import attempt_start, attempt_submit

    member = regional.memberships.first().user
    client.force_login(people["facilitator"])
    confirm_identity(client)
    before = client.get(f"/cohorts/{regional.pk}/export/items.csv").content.decode()
    quiz = QuizPage.objects.descendant_of(regional.programme).order_by("path").last()  # elective
    attempt = attempt_start(user=member, quiz=quiz, seed=99)
    answers = {q["id"]: [q["options"][0]["id"]] for q in attempt.snapshot["questions"]}
    attempt_submit(user=member, attempt_id=attempt.pk, answers=answers)
    after = client.get(f"/cohorts/{regional.pk}/export/items.csv").content.decode()
    assert after != before
    asked = attempt.snapshot["questions"][0]["text"][:30]
    assert asked in after


def test_the_question_table_filters_by_module_and_sorts_by_share_right(client, people, regional):
    client.force_login(people["facilitator"])
    page = f"/cohorts/{regional.pk}/questions/"
    everything = client.get(page).content.decode()
    module = re.search(r'<option value="(\d+)">(Module 1: [^<]+)</option>', everything)
    assert module, "the module filter lists the programme's modules"
    filtered = client.get(f"{page}?module={module.group(1)}&sort=hardest").content.decode()
    table = filtered.split('aria-label="Quiz question analysis"')[1].split("</table>")[0]
    modules = re.findall(
        r'<tr class="govuk-table__row">\s*<td class="govuk-table__cell">([^<]+)<', table
    )
    assert modules and set(modules) == {"Module 1"}
    shares = [int(p) for p in re.findall(r'numeric">(\d+)%</td>', table)]
    assert shares == sorted(shares)
    shown = re.search(r"Showing (\d+) of (\d+) questions", filtered)
    assert 0 < int(shown.group(1)) < int(shown.group(2))
    # A module that does not exist is a form error, not a crash.
    assert client.get(f"{page}?module=999999").status_code == 200
