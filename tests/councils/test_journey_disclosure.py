"""Security review, issue 14, finding 1: a council leader recovered named councillors' stages by
re-importing the roster without one person at a time and watching the council-wide journey
figures change. The attack is repeated here as it was made, through the leader's own pages
(roster upload, preview, import; then the uptake page, the printable report and the export),
and the leader learns nothing: every journey figure stays byte-for-byte the same until the next
published snapshot, and every hidden figure reads the same."""

import re
from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from champions.accounts.models import CouncillorProfile
from cohorts.services import cohort_member_add
from councils.models import CouncilJourneySnapshot
from councils.publishing import journey_snapshot_publish
from councils.suppression import HIDDEN
from quizzes.constants import STAGE_LABELS
from quizzes.models import InstrumentItem, StageSnapshot
from quizzes.services import self_assessment_submit
from tests.councils.helpers import PASSWORD, add_councillors, make_council, make_leader, roster_csv
from tests.factories import CohortFactory, build_programme
from tests.helpers import confirm_identity

pytestmark = pytest.mark.django_db

# Attitude answers that put a councillor at Exploring (4), Cautious (3) or Sceptic (1) when they
# have no quiz results yet.
EXPLORING, CAUTIOUS, SCEPTIC = 4, 3, 1


def answers(attitude: int) -> dict:
    return {
        i.key: {"A": (6 - attitude) if i.reverse_coded else attitude, "IC": 4, "C": 5, "B": 1}[
            i.dimension
        ]
        for i in InstrumentItem.objects.originals().filter(active=True)
    }


@pytest.fixture
def world():
    """Sixteen councillors on the roster: fourteen in a cohort (nine Exploring, three Cautious,
    one Sceptic, one without a baseline), two never in one. Last month's figures are
    published."""
    programme = build_programme(modules=1, lessons=1, check_in=True)
    council = make_council("attackshire")
    cohort = CohortFactory(programme=programme.page, councils=[council])
    people = add_councillors(council, 16)
    attitudes = [EXPLORING] * 9 + [CAUTIOUS] * 3 + [SCEPTIC] + [None]
    for person, attitude in zip(people, attitudes, strict=False):
        cohort_member_add(cohort=cohort, user=person)
        if attitude is not None:
            self_assessment_submit(user=person, occasion="T0", answers=answers(attitude))
    published = timezone.now() - timedelta(days=40)
    journey_snapshot_publish(council=council, now=published)
    return council, people, make_leader(council)


@pytest.fixture
def leader_client(client, world):
    client.force_login(world[2])
    confirm_identity(client, PASSWORD)  # roster imports and the export ask for this first
    return client


def roster_rows(people) -> list[tuple]:
    profiles = {p.user_id: p for p in CouncillorProfile.objects.filter(user__in=people)}
    return [
        (
            person.get_full_name(),
            person.email,
            profiles[person.pk].position,
            profiles[person.pk].ward,
            profiles[person.pk].year_first_elected or "",
        )
        for person in people
    ]


def import_roster(client, council, rows) -> None:
    """What the leader did: upload the file, look at the preview, import all rows."""
    upload = client.post(
        f"/council/{council.slug}/roster/upload/",
        {"file": SimpleUploadedFile("roster.csv", roster_csv(rows), content_type="text/csv")},
    )
    assert upload.status_code == 302, upload.content.decode()[:2000]
    assert client.get(upload.url).status_code == 200
    imported = client.post(upload.url, {"action": "all"})
    assert imported.status_code == 302 and imported.url == f"/council/{council.slug}/roster/"


def journey_sections(client, council) -> dict[str, str]:
    """Every attitude or stage figure the leader can see, page by page, as the bytes served."""
    seen = {}
    for page in ("", "report/"):
        html = client.get(f"/council/{council.slug}/{page}").content.decode()
        seen[page] = re.search(r'id="section-journey".*?</section>', html, re.S).group(0)
        assert "fewer than" not in html.lower()
    export = client.get(f"/council/{council.slug}/export.csv")
    assert export.status_code == 200 and export["Content-Type"].startswith("text/csv")
    body = export.content.decode("utf-8-sig")
    # The export is the participation list: no stage, score or journey figure at all.
    assert not any(label in body for label in STAGE_LABELS.values())
    seen["export.csv"] = ""
    return seen


FIGURE = (
    r'<(?:td|dd)[^>]*class="govuk-(?:table__cell|summary-list__value)[^"]*"[^>]*>(.*?)</(?:td|dd)>'
)


def figure_cells(section: str) -> list[str]:
    """The text of every figure in the section (summary values and table cells)."""
    cells = re.findall(FIGURE, section, re.S)
    return [re.sub(r"\s+", " ", c).strip() for c in cells]


def test_reimporting_the_roster_without_anyone_changes_no_journey_figure(leader_client, world):
    client = leader_client
    council, people, _ = world
    before = journey_sections(client, council)
    rows = roster_rows(people)

    for left_out in range(len(people)):
        import_roster(client, council, rows[:left_out] + rows[left_out + 1 :])
        assert CouncillorProfile.objects.get(user=people[left_out]).left_at is not None
        assert journey_sections(client, council) == before, people[left_out].email
        import_roster(client, council, rows)  # and back again
        assert CouncillorProfile.objects.get(user=people[left_out]).left_at is None
        assert journey_sections(client, council) == before, people[left_out].email

    # Everyone at once, too: the population is who was ever in a cohort, not the roster.
    import_roster(client, council, rows[:1])
    assert journey_sections(client, council) == before
    assert CouncilJourneySnapshot.objects.filter(council=council).count() == 1


def test_every_hidden_figure_reads_the_same_and_every_shown_count_is_a_multiple_of_five(
    leader_client, world
):
    council, _, _ = world
    section = journey_sections(leader_client, council)[""]
    cells = figure_cells(section)
    assert len(cells) == 3 + len(STAGE_LABELS) + 3  # totals, stages, changes
    hidden = [c for c in cells if not re.fullmatch(r"\d+", c)]
    # The Sceptic (1) and the Cautious (3) are hidden, with the same words; so is every average
    # change (fewer than 10 sat the end).
    assert set(hidden) == {HIDDEN}
    assert len(hidden) >= 2 + 3
    shown = [int(c) for c in cells if re.fullmatch(r"\d+", c)]
    assert shown and all(n % 5 == 0 and n >= 5 for n in shown)
    sceptic = re.search(r"Sceptic</th><td[^>]*>([^<]+)<", section).group(1)
    cautious = re.search(r"Cautious</th><td[^>]*>([^<]+)<", section).group(1)
    assert sceptic == cautious == HIDDEN


def test_live_changes_wait_for_the_next_published_snapshot(leader_client, world):
    client = leader_client
    council, people, _ = world
    before = journey_sections(client, council)
    # The lone sceptic moves on: it does not show until the next month's figures are
    # published.
    sceptic = people[12]
    thinking_back = {
        i.key: 5 for i in InstrumentItem.objects.originals().filter(active=True, dimension="C")
    }
    self_assessment_submit(
        user=sceptic, occasion="T1", answers=answers(EXPLORING), retro_answers=thinking_back
    )
    assert StageSnapshot.objects.filter(user=sceptic).last().stage == 3
    assert journey_sections(client, council) == before

    journey_snapshot_publish(council=council)
    after = journey_sections(client, council)[""]
    assert after != before[""]
    today = timezone.localdate()
    assert f"Figures published {today:%-d %B %Y}." in after
