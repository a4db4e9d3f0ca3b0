"""The council uptake pages: who may see them, what they show (participation only, never a
stage or score), a fixed number of queries, the CSV export and the comparison."""

import csv
import io
import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from champions.accounts.models import Council, User
from cohorts.services import cohort_member_add, cohort_upsert
from councils.constants import ImportMode
from councils.queries import council_uptake, required_steps
from councils.services import invitations_create, roster_import, roster_upload_stage
from courses.models import AssessmentPass, LessonPage, ProgrammePage
from courses.services import lesson_mark_complete, lesson_visit
from tests.councils.helpers import (
    add_councillors,
    make_council,
    make_facilitator,
    make_leader,
    roster_csv,
)
from tests.factories import CohortFactory, build_programme, build_world, write_history
from tests.helpers import built_once_per_module, confirm_identity, h1_count, visible_text
from tests.helpers import pdf_text as _pdf_text
from tests.helpers import same_words as _same_words

pytestmark = pytest.mark.django_db

HOME, NEIGHBOUR, ELSEWHERE, OTHER = "testbridge", "northfield", "eastfold", "glenmoor"


def _councils_with_a_roster():
    """The factories' world with councils of known slugs: the leader's London borough
    (Testbridge) and a county (Northfield) in the facilitator's cohort, a council in another
    cohort (Eastfold) and one in none (Glenmoor). Testbridge's roster was imported: fifteen
    current councillors (two of them standing down at the import, so marked as left), thirteen
    invited, twelve signed in, some learning; as a leader's council would look mid-programme."""
    # A type no demo council has, so the comparison sees only the councils a test makes.
    home = make_council(HOME, council_type="london_borough")
    neighbour = make_council(NEIGHBOUR, council_type="county")
    elsewhere, _ = make_council(ELSEWHERE), make_council(OTHER)
    programme = build_programme(modules=2, lessons=2, check_in=True)
    world = build_world(programme)
    world.cohort.councils.set([home, neighbour])
    leader = make_leader(home)
    CohortFactory(programme=programme.page, councils=[elsewhere])
    people = add_councillors(home, 17)
    for person in people[:12]:
        cohort_member_add(cohort=world.cohort, user=person)
    staying = people[:15]  # the last two stand down: left out of the file, so marked as left
    upload = roster_upload_stage(
        council=home, uploaded_by=leader, filename="roster.csv",
        data=roster_csv([(p.get_full_name(), p.email, p.councillor_profile.position, "", "")
                         for p in staying]),
    )  # fmt: skip
    roster_import(upload=upload, mode=ImportMode.ALL, imported_by=leader)
    invitations_create(
        council=home, user_ids=[p.pk for p in staying[:13]], invited_by=leader, sent=True
    )
    User.objects.filter(pk__in=[p.pk for p in people[:12]]).update(last_login=timezone.now())
    for n, person in enumerate(people[:8]):
        write_history(person, programme, lessons=n % 5, right=[8 - n % 3] if n % 2 else [])
    world.leader = leader
    return world


shared_world = built_once_per_module(_councils_with_a_roster)


@pytest.fixture
def roles(cast, shared_world) -> dict[str, User]:
    """One person per role; the leader leads Testbridge."""
    return cast | {"leader": User.objects.get(pk=shared_world.leader.pk)}


@pytest.fixture
def programme(db, shared_world) -> ProgrammePage:
    return ProgrammePage.objects.get(pk=shared_world.programme.page.pk)


STAGE_NAMES = ["Sceptic", "Cautious", "Exploring", "Capable", "Confident champion"]
UPTAKE = [
    "/council/{slug}/",
    "/council/{slug}/report/",
    "/council/{slug}/report.pdf",
    "/council/{slug}/export.csv",
]
ROSTER = [
    "/council/{slug}/roster/",
    "/council/{slug}/roster/upload/",
    "/council/{slug}/roster/invite/",
    "/council/{slug}/roster/template.csv",
]


def signed_in(client, user):
    client.force_login(user)
    return client


def urls(paths, slug=HOME):
    return [p.format(slug=slug) for p in paths]


@pytest.mark.parametrize("url", urls(UPTAKE + ROSTER))
def test_the_councils_leader_and_admins_can_open_every_council_page(client, roles, url):
    for who in ("leader", "admin"):
        signed_in(client, roles[who])
        if url.endswith(("/upload/", "/export.csv")):  # asks them to confirm who they are first
            assert client.get(url).url.startswith("/accounts/reauthenticate/")
            confirm_identity(client)
        assert client.get(url).status_code == 200, (who, url)


@pytest.mark.parametrize("url", urls(UPTAKE + ROSTER))
def test_a_leader_of_another_council_gets_403_on_every_page(client, shared_world, url):
    signed_in(client, make_leader(Council.objects.get(slug=OTHER)))
    response = client.get(url)
    assert response.status_code == 403
    assert "You cannot see this page" in response.content.decode()


@pytest.mark.parametrize("url", urls(UPTAKE))
def test_a_facilitator_of_a_cohort_including_the_council_sees_its_uptake(client, roles, url):
    signed_in(client, roles["facilitator"])
    if url.endswith("/export.csv"):  # the download asks them to confirm who they are first
        confirm_identity(client)
    assert client.get(url).status_code == 200


@pytest.mark.parametrize("url", urls(ROSTER))
def test_a_facilitator_cannot_upload_or_invite_even_for_a_council_they_see(client, roles, url):
    signed_in(client, roles["facilitator"])
    assert client.get(url).status_code == 403


def test_a_facilitator_cannot_post_an_upload_or_an_invitation(client, roles, outbox):
    signed_in(client, roles["facilitator"])
    upload = client.post(f"/council/{HOME}/roster/upload/", {"file": io.BytesIO(b"x")})
    invite = client.post(f"/council/{HOME}/roster/invite/", {"action": "not_invited"})
    assert (upload.status_code, invite.status_code) == (403, 403)
    assert outbox == []


def test_a_staged_upload_preview_is_403_for_a_facilitator_and_other_leaders(client, roles):
    council = Council.objects.get(slug=HOME)
    staged = roster_upload_stage(
        council=council, uploaded_by=roles["leader"], filename="r.csv",
        data=roster_csv([("A Person", "a.person@testbridge.example.org", "chair", "", "")]),
    )  # fmt: skip
    url = f"/council/{HOME}/roster/preview/{staged.pk}/"
    for user in (roles["facilitator"], make_leader(Council.objects.get(slug=OTHER))):
        signed_in(client, user)
        assert client.get(url).status_code == 403
        assert client.post(url, {"action": "all"}).status_code == 403


@pytest.mark.parametrize("url", urls(UPTAKE + ROSTER, slug=ELSEWHERE))
def test_a_facilitator_sees_nothing_for_a_council_outside_their_cohorts(client, roles, url):
    signed_in(client, roles["facilitator"])
    assert client.get(url).status_code == 403


@pytest.mark.parametrize("role", ["councillor", "trainer", "lead.trainer"])
@pytest.mark.parametrize("url", ["/council/", *urls(UPTAKE + ROSTER)])
def test_councillors_and_trainers_get_403(client, roles, role, url):
    signed_in(client, roles[role])
    assert client.get(url).status_code == 403


@pytest.mark.parametrize("url", ["/council/", *urls(UPTAKE + ROSTER)])
def test_anonymous_visitors_are_sent_to_sign_in(client, url):
    response = client.get(url)
    assert response.status_code == 302 and response.url.startswith("/accounts/login/")


def test_a_council_that_does_not_exist_is_404(client, roles):
    signed_in(client, roles["admin"])
    assert client.get("/council/atlantis/").status_code == 404


def test_council_goes_to_the_leaders_own_council_or_offers_a_choice(client, roles):
    signed_in(client, roles["leader"])
    assert client.get("/council/").url == f"/council/{HOME}/"
    signed_in(client, roles["facilitator"])
    page = client.get("/council/").content.decode()
    assert "Testbridge Council" in page
    assert "Northfield Council" in page and "Eastfold" not in page


def test_the_leader_sees_a_believable_dashboard(client, roles):
    signed_in(client, roles["leader"])
    response = client.get(f"/council/{HOME}/")
    html = response.content.decode()
    assert response.status_code == 200 and h1_count(html) == 1
    assert "15 councillors on the roster on" in html
    figures = {
        label: (int(count), int(share))
        for label, count, share in re.findall(
            r'<th scope="row" class="govuk-table__header">([^<]+)</th>\s*'
            r"<td[^>]*>(\d+)</td>\s*<td[^>]*>(\d+)%</td>",
            html,
        )
    }
    assert figures["Invited"] == (13, 87)  # 13 of 15
    signed_in_count, signed_in_share = figures["Signed in"]
    assert 10 <= signed_in_count < 15 and signed_in_share == round(100 * signed_in_count / 15)
    assert "Started the programme" in figures and "Active in the last 30 days" in figures
    # Participation is not suppressed: Testbridge's small position groups show their counts,
    # each with its share of the group.
    positions = re.search(r'id="section-position".*?</section>', html, re.S).group(0)
    assert "Not shown" not in positions
    assert re.search(r"numeric\">\d+ \(\d+%\)</td>", positions)
    assert '<svg class="app-chart"' in html and "<desc id=" in html
    assert "style=" not in html and "<script>" not in html
    roster = client.get(f"/council/{HOME}/roster/").content.decode()
    assert "Councillors who have left" in roster
    assert "Not invited" in roster


def test_leader_pages_never_show_a_stage_or_a_score(client, roles):
    council = Council.objects.get(slug=HOME)
    staged = roster_upload_stage(
        council=council, uploaded_by=roles["leader"], filename="r.csv",
        data=roster_csv([("A Person", "a.person@testbridge.example.org", "chair", "", "")]),
    )  # fmt: skip
    signed_in(client, roles["leader"])
    pages = [url for url in urls(UPTAKE + ROSTER) if not url.endswith(".pdf")]
    pages += [f"/council/{HOME}/roster/preview/{staged.pk}/"]
    for url in pages:
        body = client.get(url).content.decode()
        # Stage names may appear only as the row labels of the council-wide aggregate table
        # (published monthly, small groups hidden; tested in test_council_journey and
        # test_journey_disclosure); nowhere else on the page.
        body = re.sub(r'id="section-journey".*?</section>', "", body, flags=re.S)
        for stage in STAGE_NAMES:
            assert stage not in body, (url, stage)
        assert not re.search(r"\bscore", body, re.IGNORECASE), url
        # The only percentages are participation shares: the comparison's rates (marked
        # data-rate), the headline's shares (data-share) and "count (share%)" cells.
        without_rates = re.sub(r"<td[^>]*data-(rate|share)[^>]*>.*?</td>", "", body, flags=re.S)
        without_shares = re.sub(r"\d+ \(\d+%\)", "", without_rates)
        assert not re.search(r"\d\s*%", without_shares), url


def _council_with(count: int, slug: str, programme: ProgrammePage) -> Council:
    council = make_council(slug)
    people = add_councillors(council, count)
    cohort = cohort_upsert(
        name=f"{slug} cohort", programme=programme, councils=[council],
        start_date=timezone.localdate() - timedelta(days=60),
        end_date=timezone.localdate() + timedelta(days=30),
    )  # fmt: skip
    lesson = LessonPage.objects.live().descendant_of(programme).first()
    invitations_create(council=council, user_ids=[p.pk for p in people[::2]], invited_by=None)
    for person in people[::3]:
        cohort_member_add(cohort=cohort, user=person)
        lesson_visit(user=person, lesson=lesson)
    return council


def test_the_dashboard_runs_the_same_number_of_queries_for_5_and_60_councillors(
    client, roles, programme, django_assert_num_queries
):
    small = _council_with(5, "smallshire", programme)
    large = _council_with(60, "largeshire", programme)
    signed_in(client, roles["admin"])
    for council in (small, large):  # warm caches (content types, sessions, the trend)
        client.get(f"/council/{council.slug}/")
    with CaptureQueriesContext(connection) as captured:
        assert client.get(f"/council/{small.slug}/").status_code == 200
    with django_assert_num_queries(len(captured)):
        assert client.get(f"/council/{large.slug}/").status_code == 200


def test_the_figures_count_invited_signed_in_active_and_completed(programme):
    council = make_council("countshire")
    people = add_councillors(council, 6)
    cohort = cohort_upsert(
        name="count cohort", programme=programme, councils=[council],
        start_date=timezone.localdate() - timedelta(days=60),
        end_date=timezone.localdate() + timedelta(days=30),
    )  # fmt: skip
    for person in people:
        cohort_member_add(cohort=cohort, user=person)
    invitations_create(council=council, user_ids=[p.pk for p in people[:4]], invited_by=None)
    User.objects.filter(pk__in=[p.pk for p in people[:3]]).update(last_login=timezone.now())
    (steps,) = [s for s in required_steps() if s.programme_id == programme.pk]
    finished = people[0]
    when = timezone.now() - timedelta(days=40)
    for lesson in LessonPage.objects.filter(pk__in=steps.lesson_ids):
        lesson_mark_complete(user=finished, lesson=lesson, at=when)
    AssessmentPass.objects.bulk_create(
        [AssessmentPass(user=finished, page_id=pid, passed_at=when) for pid in steps.assessment_ids]
    )
    almost = people[1]
    for lesson in LessonPage.objects.filter(pk__in=steps.lesson_ids):
        lesson_mark_complete(user=almost, lesson=lesson)  # every lesson, but no quiz passed

    uptake = council_uptake(council=council, now=timezone.now())
    h = uptake.headline
    assert (h.roster, h.invited, h.signed_in, h.active, h.completed) == (6, 4, 3, 1, 1)
    statuses = {p.name: p.status for p in uptake.participants}
    assert statuses[finished.get_full_name()] == "completed"
    assert statuses[almost.get_full_name()] == "in_progress"
    assert statuses[people[3].get_full_name()] == "invited"
    assert statuses[people[5].get_full_name()] == "not_started"
    month = timezone.localdate(when).replace(day=1)
    row = next(r for r in uptake.trend if r.month == month)
    assert row.completed == 1 and row.active >= 1


def test_the_months_active_move_with_a_new_lesson_visit_though_they_are_cached(programme):
    council = make_council("trendshire")
    people = add_councillors(council, 3)
    cohort = cohort_upsert(
        name="trend cohort", programme=programme, councils=[council],
        start_date=timezone.localdate() - timedelta(days=60),
        end_date=timezone.localdate() + timedelta(days=30),
    )  # fmt: skip
    for person in people:
        cohort_member_add(cohort=cohort, user=person)
    lessons = LessonPage.objects.live().descendant_of(programme).order_by("path")
    lesson_visit(user=people[0], lesson=lessons[0])

    def this_month() -> int:
        return council_uptake(council=council, now=timezone.now()).trend[-1].active

    assert this_month() == this_month() == 1  # the second from the cache
    with CaptureQueriesContext(connection) as cached:
        this_month()
    assert not any("UNION" in q["sql"] for q in cached.captured_queries)
    lesson_visit(user=people[1], lesson=lessons[1])
    assert this_month() == 2
    lesson_mark_complete(user=people[0], lesson=lessons[1])
    assert this_month() == 2  # the same person in the same month


def test_the_csv_export_has_the_participation_lists_columns_and_rows(client, roles):
    signed_in(client, roles["leader"])
    confirm_identity(client)  # the export asks who is there first
    response = client.get(f"/council/{HOME}/export.csv")
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment;" in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    page = client.get(f"/council/{HOME}/").content.decode()
    table = page[page.index('id="participation"') :]
    headers = re.findall(r'<th scope="col" class="govuk-table__header">([^<]+)</th>', table)
    assert (
        rows[0] == headers[: len(rows[0])] == ["Name", "Position", "Ward", "Status", "Last active"]
    )
    names = re.findall(r'<th scope="row" class="govuk-table__header">([^<]+)</th>', table)
    assert [r[0] for r in rows[1:]] == names
    assert {r[3] for r in rows[1:]} <= {"Invited", "Not started", "In progress", "Completed"}


def test_a_formula_in_a_name_is_defused_in_the_export(client, roles):
    council = make_council("formulashire")
    (person,) = add_councillors(council, 1)
    User.objects.filter(pk=person.pk).update(first_name='=HYPERLINK("x")')
    signed_in(client, roles["admin"])
    confirm_identity(client)
    body = client.get(f"/council/{council.slug}/export.csv").content.decode("utf-8-sig")
    assert "'=HYPERLINK" in body


def test_the_comparison_appears_with_three_similar_councils_and_never_names_them(client, roles):
    signed_in(client, roles["leader"])
    assert (
        "A comparison appears once at least 3 other"
        in client.get(f"/council/{HOME}/").content.decode()
    )
    others = [make_council(f"borough{i}", council_type="london_borough") for i in range(3)]
    for i, other in enumerate(others):
        people = add_councillors(other, 5 + i)
        User.objects.filter(pk__in=[p.pk for p in people[: 2 + i]]).update(
            last_login=timezone.now()
        )
    small = make_council("boroughtiny", council_type="london_borough")
    add_councillors(small, 4)  # too small to count
    from django.core.cache import cache

    cache.clear()  # the comparison is cached for COMPARISON_CACHE_SECONDS: as if they had passed
    html = client.get(f"/council/{HOME}/").content.decode()
    assert "Median of similar councils" in html
    # signed in: 2/5, 3/6, 4/7 -> median 50%
    assert re.search(r"Signed in</th>\s*<td[^>]*data-rate>\d+%</td>\s*<td[^>]*data-rate>50%", html)
    for other in [*others, small]:
        assert other.name not in html
    for name in ("Northfield", "Eastfold", "Glenmoor"):
        assert name not in html


def test_the_printable_report_has_one_section_per_printed_page(client, roles):
    signed_in(client, roles["leader"])
    html = client.get(f"/council/{HOME}/report/").content.decode()
    assert h1_count(html) == 1
    assert html.count('class="app-report-section"') == 5
    assert 'href="/static/councils/report-print.css" media="print"' in html


def test_the_committee_report_names_nobody(client, roles):
    signed_in(client, roles["leader"])
    report = client.get(f"/council/{HOME}/report/").content.decode()
    dashboard = client.get(f"/council/{HOME}/").content.decode()
    names = [p.name for p in council_uptake(council=Council.objects.get(slug=HOME),
                                            now=timezone.now()).participants]  # fmt: skip
    assert names and all(name in dashboard for name in names)
    assert not any(name in report for name in names)
    assert 'id="participation"' not in report


def _report_body_text(html: str) -> str:
    body = re.search(r"<!-- report body -->(.*)<!-- end of report body -->", html, re.S).group(1)
    return visible_text(re.sub(r"<svg\b.*?</svg>", " ", body, flags=re.S))


def test_the_pdf_says_what_the_print_view_says(client, roles):
    signed_in(client, roles["leader"])
    printed = client.get(f"/council/{HOME}/report/").content.decode()
    assert (
        f'href="/council/{HOME}/report.pdf" download>Download the committee report (PDF)</a>'
        in printed
    )
    response = client.get(f"/council/{HOME}/report.pdf")
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith(
        f'attachment; filename="{HOME}-committee-report-'
    )
    pdf = _pdf_text(response.content)
    # Every piece of the print view's text, each paragraph, heading and table cell, is in the
    # PDF, in the same words.
    body = re.search(r"<!-- report body -->(.*)<!-- end of report body -->", printed, re.S)
    pieces = [
        visible_text(piece)
        for piece in re.split(r"<[^>]+>", re.sub(r"<svg\b.*?</svg>", "", body.group(1), flags=re.S))
    ]
    pieces = [piece for piece in pieces if piece]
    assert len(pieces) > 100
    missing = [piece for piece in pieces if _same_words(piece) not in _same_words(pdf)]
    assert not missing
    # ...and the PDF says nothing the print view does not, but for its running header and
    # footer (the council, the date, page numbers) and the charts' labels.
    assert "Testbridge" in _same_words(pdf)
    assert "What this report shows, and what it does not" in pdf
    assert re.search(r"Page 1 of \d+", pdf)
    assert "%" in pdf and "Not shown" not in _report_body_text(printed).split("The journey")[0]


def test_the_pdf_link_is_on_the_dashboard(client, roles):
    signed_in(client, roles["leader"])
    html = client.get(f"/council/{HOME}/").content.decode()
    assert f'href="/council/{HOME}/report.pdf" download>Download the committee report (PDF)' in html


def test_the_pdf_works_for_a_council_with_nobody_on_its_roster_and_no_snapshot(client, roles):
    empty = make_council("emptyshire")
    signed_in(client, roles["admin"])
    response = client.get(f"/council/{empty.slug}/report.pdf")
    assert response.status_code == 200
    text = _pdf_text(response.content)
    assert "Emptyshire" in text or empty.name in text
    assert "0 councillors on the roster" in text
    assert "None has been published yet" in text


def test_the_pdf_runs_the_same_number_of_queries_for_5_and_60_councillors(
    client, roles, programme, django_assert_num_queries
):
    small = _council_with(5, "smallpdf", programme)
    large = _council_with(60, "largepdf", programme)
    signed_in(client, roles["admin"])
    for council in (small, large):  # warm caches (content types, sessions, the trend)
        client.get(f"/council/{council.slug}/report.pdf")
    with CaptureQueriesContext(connection) as captured:
        assert client.get(f"/council/{small.slug}/report.pdf").status_code == 200
    with django_assert_num_queries(len(captured)):
        assert client.get(f"/council/{large.slug}/report.pdf").status_code == 200


def test_every_chart_has_a_text_alternative_and_a_table(client, roles):
    signed_in(client, roles["leader"])
    html = client.get(f"/council/{HOME}/").content.decode()
    charts = re.findall(r"<svg[^>]*>", html)
    assert len(charts) == 3
    for svg in charts:
        assert 'role="img"' in svg and "aria-labelledby=" in svg
    assert html.count("<title id=") == 3 and html.count("<desc id=") == 3
    assert html.count('class="govuk-table"') >= 4


def test_the_facilitator_is_not_offered_the_roster_but_the_leader_is(client, roles):
    signed_in(client, roles["facilitator"])
    assert f"/council/{HOME}/roster/" not in client.get(f"/council/{HOME}/").content.decode()
    signed_in(client, roles["leader"])
    assert f"/council/{HOME}/roster/" in client.get(f"/council/{HOME}/").content.decode()


def test_a_leader_who_is_also_a_facilitator_manages_only_the_council_they_lead(
    client, shared_world
):
    make_facilitator("both@example.org")
    person = make_leader(Council.objects.get(slug=ELSEWHERE), email="both@example.org")
    shared_world.cohort.facilitators.add(person)
    signed_in(client, person)
    assert client.get(f"/council/{HOME}/").status_code == 200
    assert client.get(f"/council/{HOME}/roster/").status_code == 403
    assert client.get(f"/council/{ELSEWHERE}/roster/").status_code == 200


def test_a_name_with_markup_is_shown_as_text_in_the_participation_list(client, roles):
    council = Council.objects.get(slug=HOME)
    (person,) = add_councillors(council, 1)
    User.objects.filter(pk=person.pk).update(first_name="<b>Bold</b>", last_name="Name")
    signed_in(client, roles["leader"])
    html = client.get(f"/council/{HOME}/").content.decode()
    assert "&lt;b&gt;Bold&lt;/b&gt; Name" in html and "<b>Bold</b>" not in html
