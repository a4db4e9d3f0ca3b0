"""Council leaders see the journey only in aggregate, with small groups hidden."""

import re

import pytest

from champions.accounts.models import Council, User
from councils.journey import council_journey
from quizzes.constants import STAGE_LABELS
from quizzes.models import InstrumentItem, StageSnapshot
from quizzes.services import self_assessment_submit
from tests.factories import (
    CohortFactory,
    CouncilFactory,
    CouncillorFactory,
    LeaderFactory,
    build_programme,
)
from tests.helpers import built_once_per_module

pytestmark = pytest.mark.django_db


def answers(a):
    return {
        i.key: {"A": (6 - a) if i.reverse_coded else a, "IC": 4, "C": 5, "B": 1}[i.dimension]
        for i in InstrumentItem.objects.filter(active=True)
    }


def _council_with_baselines():
    """A council of ten councillors on a programme: seven have taken the baseline (six
    positive, one in two minds), three have not."""
    programme = build_programme(modules=1, lessons=1, check_in=True)
    council = CouncilFactory()
    cohort = CohortFactory(programme=programme.page, councils=[council])
    people = [CouncillorFactory(council=council, cohort=cohort) for _ in range(10)]
    for person, attitude in zip(people, [4, 4, 4, 4, 4, 4, 3], strict=False):
        self_assessment_submit(user=person, occasion="T0", answers=answers(attitude))
    return council, LeaderFactory(council=council)


shared = built_once_per_module(_council_with_baselines)


@pytest.fixture
def council(db, shared) -> Council:
    return Council.objects.get(pk=shared[0].pk)


@pytest.fixture
def leader(db, shared) -> User:
    return User.objects.get(pk=shared[1].pk)


def test_the_leaders_dashboard_shows_baselines_and_stages_in_aggregate_only(
    client, council, leader
):
    client.force_login(leader)
    html = client.get(f"/council/{council.slug}/").content.decode()
    journey = council_journey(council=council)
    assert "The journey, council-wide" in html
    assert f"{journey.baseline_done} of {journey.members} councillors" in html
    section = html.split('id="section-journey"')[1].split("</section>")[0]
    for label, text in journey.stages:
        assert label in section and text in section


def test_a_lone_sceptic_is_never_revealed_to_the_leader(client, council, leader):
    """One councillor on the roster becomes a sceptic: the stage table must not show a 1."""
    sceptic = (
        council.councillors.filter(left_at__isnull=True)
        .exclude(user__stage_snapshots__isnull=False)
        .first()
        .user
    )
    StageSnapshot.objects.filter(user__councillor_profile__council=council, stage=1).delete()
    self_assessment_submit(user=sceptic, occasion="T0", answers=answers(1))
    assert StageSnapshot.objects.filter(user=sceptic).last().stage == 1
    client.force_login(leader)
    for path in [f"/council/{council.slug}/", f"/council/{council.slug}/report/"]:
        html = client.get(path).content.decode()
        section = html.split('id="section-journey"')[1].split("</section>")[0]
        row = re.search(r"Sceptic</th><td[^>]*>([^<]+)<", section).group(1)
        assert row == "fewer than 5"
        assert sceptic.get_full_name() not in section
    journey = council_journey(council=council)
    shown = [t for _, t in journey.stages if t not in ("fewer than 5", "not shown")]
    # The hidden cells together can never be worked out from the total.
    hidden_total = journey.with_stage - sum(int(t.replace(",", "")) for t in shown)
    assert hidden_total == 0 or hidden_total >= 5


def test_average_change_is_hidden_until_five_councillors_have_both_sittings(council):
    journey = council_journey(council=council)
    for label, text in journey.changes:
        assert text.startswith("Not shown") or "councillors)" in text, label
    assert set(STAGE_LABELS.values()) == {label for label, _ in journey.stages}
