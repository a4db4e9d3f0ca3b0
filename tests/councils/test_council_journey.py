"""The council-wide journey: the published figures (a pure function, tested without the
database), the population they count, the monthly snapshot and how the council's pages show
it. The attack these stop is in test_journey_disclosure.py."""

import io
from datetime import date, datetime

import pytest
from django.core.management import call_command
from django.db import IntegrityError
from django.utils import timezone
from hypothesis import given
from hypothesis import strategies as st

from champions.accounts.models import Council, CouncillorProfile
from cohorts.services import cohort_member_add
from councils.journey import (
    CHANGE_MIN_PAIRS,
    JourneyFigures,
    council_journey_figures,
    journey_figures,
    journey_period,
    journey_population,
    next_period,
)
from councils.models import CouncilJourneySnapshot
from councils.publishing import journey_snapshot_publish, journey_snapshots_publish_due
from councils.queries import published_journey
from councils.suppression import HIDDEN
from quizzes.constants import STAGE_LABELS
from tests.councils.helpers import add_councillors, make_council, make_leader
from tests.factories import CohortFactory, CouncillorFactory, build_programme

LABELS = list(STAGE_LABELS.values())


def sitting(before: float | None, after: float | None = None) -> dict:
    scores = {"T0": {"A": before, "C": before, "B": before}}
    if after is not None:
        scores["T1"] = {"A": after, "C": after, "B": after}
    return scores


# --- The published figures: pure --------------------------------------------------------


def test_counts_are_rounded_to_the_nearest_five_and_small_ones_hidden():
    # 11 Exploring, 7 Capable, 2 Sceptic: the Sceptic cell is small, so the next-smallest
    # (Capable) goes with it; Cautious and Confident champion are zero, hidden too.
    stages = [3] * 11 + [4] * 7 + [1] * 2
    figures = journey_figures(members=23, latest_stages=stages, sittings=[sitting(3)] * 20)
    assert dict(figures.stages) == {
        "Sceptic": None,
        "Cautious": None,
        "Exploring": 10,
        "Capable": None,
        "Confident champion": None,
    }
    assert (figures.members, figures.baseline_done, figures.with_stage) == (25, 20, 20)


def test_a_group_under_five_shows_no_figure_at_all():
    figures = journey_figures(members=4, latest_stages=[2, 3, 3], sittings=[sitting(3)] * 3)
    assert (figures.members, figures.baseline_done, figures.with_stage) == (None, None, None)
    assert all(count is None for _, count in figures.stages)


def test_an_average_change_needs_ten_councillors_with_both_sittings():
    nine = [sitting(3.0, 3.5)] * (CHANGE_MIN_PAIRS - 1) + [sitting(3.0)] * 5
    assert all(c.mean is None and c.n is None for c in journey_figures(
        members=14, latest_stages=[], sittings=nine).changes)  # fmt: skip
    twelve = [sitting(3.0, 3.5)] * 12
    changes = journey_figures(members=12, latest_stages=[], sittings=twelve).changes
    assert [(c.label, c.mean, c.n) for c in changes] == [
        ("Attitude (1 to 5)", 0.5, 10),
        ("Confidence (0 to 10)", 0.5, 10),
        ("Leadership actions (0 to 8)", 0.5, 10),
    ]


def test_figures_survive_the_trip_through_json():
    figures = journey_figures(
        members=30, latest_stages=[3] * 12 + [2] * 9, sittings=[sitting(3, 4)] * 11
    )
    assert JourneyFigures.from_json(figures.as_json()) == figures


@given(st.lists(st.integers(1, 5), max_size=60))
def test_no_published_stage_count_is_small_or_unrounded_and_hidden_ones_cannot_be_split(stages):
    figures = journey_figures(members=len(stages), latest_stages=stages, sittings=[])
    shown = {label: n for label, n in figures.stages if n is not None}
    hidden = [label for label, n in figures.stages if n is None]
    assert all(n % 5 == 0 and n >= 5 for n in shown.values())
    true = {label: stages.count(stage) for stage, label in STAGE_LABELS.items()}
    if hidden and shown:
        # What subtraction could give: the hidden cells' sum, never under 5.
        assert sum(true[label] for label in hidden) >= 5
    if len(stages) < 5:
        assert not shown and figures.with_stage is None


@pytest.mark.parametrize(
    ("today", "period", "following"),
    [
        (date(2026, 12, 1), date(2026, 12, 1), date(2027, 1, 1)),
        (date(2026, 12, 31), date(2026, 12, 1), date(2027, 1, 1)),
        (date(2027, 1, 15), date(2027, 1, 1), date(2027, 2, 1)),
    ],
)
def test_a_period_is_a_calendar_month(today, period, following):
    assert journey_period(today) == period
    assert next_period(period) == following


# --- Population, publishing, pages --------------------------------------------------------


@pytest.fixture
def council(db) -> Council:
    """Twelve councillors in a cohort with a baseline, two on the roster but never in one."""
    programme = build_programme(modules=1, lessons=1, check_in=True)
    council = make_council("snapshire")
    cohort = CohortFactory(programme=programme.page, councils=[council])
    for person in add_councillors(council, 14)[:12]:
        cohort_member_add(cohort=cohort, user=person)
    return council


@pytest.mark.django_db
def test_the_population_is_everyone_ever_in_a_cohort_whatever_the_roster_says(council):
    assert journey_population(council=council).count() == 12
    CouncillorProfile.objects.filter(council=council).update(left_at=timezone.now())
    assert journey_population(council=council).count() == 12  # left the roster: still counted
    # Another council's councillor in the same cohort is theirs, not ours.
    cohort = council.cohorts.get()
    CouncillorFactory(council=make_council("elsewhere"), cohort=cohort)
    assert journey_population(council=council).count() == 12


@pytest.mark.django_db
def test_publishing_twice_keeps_one_snapshot_per_council_and_month(council):
    now = timezone.make_aware(datetime(2026, 12, 3, 9, 0))
    first, created = journey_snapshot_publish(council=council, now=now)
    again, created_again = journey_snapshot_publish(council=council, now=now.replace(day=20))
    assert (created, created_again) == (True, False)
    assert again.pk == first.pk and again.published_at == now
    assert first.period == date(2026, 12, 1)
    assert first.figures["members"] == 10  # 12 rounded to the nearest 5
    with pytest.raises(IntegrityError):
        CouncilJourneySnapshot.objects.create(council=council, period=date(2026, 12, 1), figures={})


@pytest.mark.django_db
def test_a_period_must_start_on_the_first_of_a_month(council):
    with pytest.raises(IntegrityError):
        CouncilJourneySnapshot.objects.create(council=council, period=date(2026, 12, 2), figures={})


@pytest.mark.django_db
def test_the_command_publishes_for_every_council_missing_this_months_figures(council):
    other = make_council("othershire")
    journey_snapshot_publish(council=council)
    out = io.StringIO()
    call_command("publish_journey_figures", stdout=out)
    assert "published for 1 councils" in out.getvalue()
    assert CouncilJourneySnapshot.objects.filter(council=other).count() == 1
    assert journey_snapshots_publish_due() == 0  # nothing left to do
    assert CouncilJourneySnapshot.objects.count() == Council.objects.count()


@pytest.mark.django_db
def test_before_the_first_snapshot_the_page_says_figures_are_published_monthly(client, council):
    client.force_login(make_leader(council))
    html = client.get(f"/council/{council.slug}/").content.decode()
    section = html.split('id="section-journey"')[1].split("</section>")[0]
    assert "published once a month. None has been published yet." in section
    assert not any(label in section for label in LABELS)


@pytest.mark.django_db
def test_the_page_says_when_figures_were_published_and_when_they_next_will_be(client, council):
    published = timezone.make_aware(datetime(2026, 11, 1, 2, 0))
    journey_snapshot_publish(council=council, now=published)
    client.force_login(make_leader(council))
    for path in (f"/council/{council.slug}/", f"/council/{council.slug}/report/"):
        html = client.get(path).content.decode()
        section = html.split('id="section-journey"')[1].split("</section>")[0]
        assert "Figures published 1 November 2026. Next update: 1 December 2026." in section
        # Twelve in a cohort, nobody has a stage: all stages hidden, with one wording.
        assert "Councillors who are or were in a cohort</dt>" in section
        assert section.count(f">{HIDDEN}<") == 2 + len(LABELS) + 3


@pytest.mark.django_db
def test_publishing_reads_three_queries_and_the_pages_one_whatever_the_council(
    council, django_assert_num_queries
):
    with django_assert_num_queries(3):  # the population, the sittings, the stages
        council_journey_figures(council=council)
    journey_snapshot_publish(council=council)
    with django_assert_num_queries(1):
        shown = published_journey(council=council, today=timezone.localdate())
    assert shown.figures is not None and shown.next_update == next_period(shown.period)
