"""Council leaders see the journey only in aggregate, with small groups hidden."""

import re

import pytest

from champions.accounts.models import Council
from councils.journey import council_journey
from quizzes.constants import STAGE_LABELS
from quizzes.models import InstrumentItem, StageSnapshot
from quizzes.services import self_assessment_submit

# Still walks the demo (its people, councils or pages): see tests/conftest.py.
pytestmark = [pytest.mark.django_db, pytest.mark.demo]


def answers(a):
    return {
        i.key: {"A": (6 - a) if i.reverse_coded else a, "IC": 4, "C": 5, "B": 1}[i.dimension]
        for i in InstrumentItem.objects.filter(active=True)
    }


def test_the_leaders_dashboard_shows_baselines_and_stages_in_aggregate_only(client, demo):
    riverside = Council.objects.get(slug="riverside")
    client.force_login(demo["leader"])
    html = client.get("/council/riverside/").content.decode()
    journey = council_journey(council=riverside)
    assert "The journey, council-wide" in html
    assert f"{journey.baseline_done} of {journey.members} councillors" in html
    section = html.split('id="section-journey"')[1].split("</section>")[0]
    for label, text in journey.stages:
        assert label in section and text in section


def test_a_lone_sceptic_is_never_revealed_to_the_leader(client, demo):
    """One councillor on the roster becomes a sceptic: the stage table must not show a 1."""
    riverside = Council.objects.get(slug="riverside")
    sceptic = (
        riverside.councillors.filter(left_at__isnull=True)
        .exclude(user__stage_snapshots__isnull=False)
        .first()
        .user
    )
    StageSnapshot.objects.filter(user__councillor_profile__council=riverside, stage=1).delete()
    self_assessment_submit(user=sceptic, occasion="T0", answers=answers(1))
    assert StageSnapshot.objects.filter(user=sceptic).last().stage == 1
    client.force_login(demo["leader"])
    for path in ["/council/riverside/", "/council/riverside/report/"]:
        html = client.get(path).content.decode()
        section = html.split('id="section-journey"')[1].split("</section>")[0]
        row = re.search(r"Sceptic</th><td[^>]*>([^<]+)<", section).group(1)
        assert row == "fewer than 5"
        assert sceptic.get_full_name() not in section
    journey = council_journey(council=riverside)
    shown = [t for _, t in journey.stages if t not in ("fewer than 5", "not shown")]
    # The hidden cells together can never be worked out from the total.
    hidden_total = journey.with_stage - sum(int(t.replace(",", "")) for t in shown)
    assert hidden_total == 0 or hidden_total >= 5


def test_average_change_is_hidden_until_five_councillors_have_both_sittings(demo):
    journey = council_journey(council=Council.objects.get(slug="riverside"))
    for label, text in journey.changes:
        assert text.startswith("Not shown") or "councillors)" in text, label
    assert set(STAGE_LABELS.values()) == {label for label, _ in journey.stages}
