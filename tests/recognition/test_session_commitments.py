"""After a live session each attendee may say one thing they will do next; their commitments
page offers that answer back as a commitment they can make in one click, privately, followed up
at 30 and 90 days like any other. Bad input changes nothing."""

from datetime import timedelta

import pytest
from django.utils import timezone

from cohort_sessions.services import feedback_submit, register_mark, session_schedule
from recognition.constants import CommitmentSource
from recognition.models import Commitment
from recognition.queries import cohort_commitments, session_suggestions
from recognition.services import NotAllowed, commitment_from_session
from tests.helpers import h1_count, visible_text

pytestmark = pytest.mark.django_db

ANSWER = "Ask the chief executive who owns our residents' data"


def attended(world, person, *, next_step=ANSWER, title="Session 2: data", days_ago=3):
    """A session ``days_ago`` that ``person`` was marked present at and gave feedback on."""
    starts = timezone.now() - timedelta(days=days_ago)
    session = session_schedule(
        cohort=world.cohort,
        title=title,
        starts_at=starts,
        ends_at=starts + timedelta(hours=2),
        format="in_person",
        place="Committee Room 1",
        now=starts - timedelta(days=7),
    )
    register_mark(
        session=session, marks={person.pk: "present"}, recorded_by=world.facilitator, now=starts
    )
    feedback_submit(session=session, user=person, usefulness="very", next_step=next_step)
    return session


def adopt_url(session) -> str:
    return f"/learn/commitments/from-session/{session.pk}/"


def test_the_commitments_page_offers_the_answer_given_after_a_session(client, world):
    me = world.councillors[0]
    session = attended(world, me)
    client.force_login(me)
    response = client.get("/learn/commitments/")
    html = response.content.decode()
    assert response.status_code == 200 and h1_count(html) == 1
    day = timezone.localtime(session.starts_at)
    label = f"From your session on {day.day} {day:%B %Y}: Session 2: data"
    assert label in visible_text(html)
    assert f'for="id_session_{session.pk}_text">From your session on' in html
    assert "\nAsk the chief executive who owns our residents&#x27; data</textarea>" in html
    assert f'action="{adopt_url(session)}"' in html


def test_one_click_makes_it_a_private_commitment_followed_up_like_any_other(client, world):
    me = world.councillors[0]
    session = attended(world, me)
    client.force_login(me)
    response = client.post(adopt_url(session), {"text": ANSWER})
    assert response.status_code == 302 and response["Location"] == "/learn/commitments/"
    commitment = Commitment.objects.get(user=me)
    assert (commitment.text, commitment.source, commitment.module_id, commitment.session_id) == (
        ANSWER,
        CommitmentSource.SESSION,
        None,
        session.pk,
    )
    assert commitment.module_title == "Session 2: data" and not commitment.shared_with_facilitator
    html = visible_text(client.get("/learn/commitments/").content.decode())
    assert "Live session: Session 2: data" in html and "Only you" in html
    due = timezone.localdate(commitment.set_at) + timedelta(days=30)
    assert f"We will ask how it went on {due.day} {due:%B %Y}" in html
    assert "From your sessions" not in html  # no longer offered


def test_the_words_can_be_changed_and_shared_before_adopting(client, world):
    me = world.councillors[0]
    session = attended(world, me)
    client.force_login(me)
    client.post(adopt_url(session), {"text": "  Ask officers for the data plan  ", "shared": "on"})
    commitment = Commitment.objects.get(user=me)
    assert (commitment.text, commitment.shared_with_facilitator) == (
        "Ask officers for the data plan",
        True,
    )
    figures = cohort_commitments(cohort=world.cohort)
    assert figures.total == 1 and [c.text for c in figures.shared] == [commitment.text]


def test_clicking_twice_makes_one_commitment(client, world):
    me = world.councillors[0]
    session = attended(world, me)
    client.force_login(me)
    client.post(adopt_url(session), {"text": ANSWER})
    response = client.post(adopt_url(session), {"text": ANSWER}, follow=True)
    assert "already one of your commitments" in response.content.decode()
    assert Commitment.objects.filter(user=me).count() == 1
    # The service itself returns the first one rather than adding another.
    again = commitment_from_session(user=me, session_id=session.pk, text="Something else")
    assert again.text == ANSWER and Commitment.objects.filter(user=me).count() == 1


def test_an_empty_or_too_long_commitment_says_why_and_saves_nothing(client, world):
    me = world.councillors[0]
    long_answer = "Ask about open data. " * 40  # 840 characters: feedback allows 1,000
    session = attended(world, me, next_step=long_answer)
    client.force_login(me)
    page = client.get("/learn/commitments/").content.decode()
    assert "Ask about open data." in page  # offered, to shorten
    response = client.post(adopt_url(session), {"text": long_answer})
    html = response.content.decode()
    assert response.status_code == 400
    assert "There is a problem" in html and "500 characters or fewer" in html
    assert f'href="#id_session_{session.pk}_text"' in html  # the summary links to the field
    response = client.post(adopt_url(session), {"text": "   "})
    assert response.status_code == 400
    assert "Write the commitment" in response.content.decode()
    assert not Commitment.objects.filter(user=me).exists()
    assert client.post(adopt_url(session), {"text": "Ask about open data"}).status_code == 302
    assert Commitment.objects.get(user=me).text == "Ask about open data"


def test_someone_elses_answer_or_a_session_without_one_is_not_found(client, world):
    me, other = world.councillors[:2]
    theirs = attended(world, other)
    silent = attended(world, me, next_step="", title="Session 3")
    client.force_login(me)
    assert client.post(adopt_url(theirs), {"text": ANSWER}).status_code == 404
    assert client.post(adopt_url(silent), {"text": ANSWER}).status_code == 404
    assert client.post("/learn/commitments/from-session/999999/", {"text": "x"}).status_code == 404
    assert not Commitment.objects.filter(user__in=[me, other]).exists()
    assert ANSWER not in client.get("/learn/commitments/").content.decode()
    with pytest.raises(NotAllowed):
        commitment_from_session(user=me, session_id=theirs.pk, text=ANSWER)
    with pytest.raises(Exception, match="Write the commitment"):
        commitment_from_session(user=other, session_id=theirs.pk, text=" ")


def test_the_facilitator_sees_a_session_commitment_only_as_a_count_unless_shared(client, world):
    me = world.councillors[0]
    session = attended(world, me)
    commitment_from_session(user=me, session_id=session.pk, text=ANSWER)
    client.force_login(world.facilitator)
    html = client.get(f"/cohorts/{world.cohort.pk}/commitments/").content.decode()
    assert ANSWER.replace("'", "&#x27;") not in html
    assert cohort_commitments(cohort=world.cohort).total == 1


def test_suggestions_come_newest_session_first(world):
    me = world.councillors[0]
    attended(world, me, next_step="Older", title="Session 1", days_ago=10)
    attended(world, me, next_step="Newer", title="Session 2", days_ago=2)
    assert [s.text for s in session_suggestions(user=me)] == ["Newer", "Older"]


def test_the_demo_councillor_is_offered_their_answer_after_session_2(client, demo):
    client.force_login(demo["councillor"])
    html = visible_text(client.get("/learn/commitments/").content.decode())
    assert "Session 2: data you can trust" in html and "Make this a commitment" in html
    client.force_login(demo["facilitator"])
    regional = demo["councillor"].cohort_memberships.get().cohort
    overview = visible_text(client.get(f"/cohorts/{regional.pk}/").content.decode())
    assert "Sessions: 2 held; on average" in overview and "Next session: Session 3" in overview
