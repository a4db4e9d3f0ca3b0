"""The member learning record: the councillor's own page and CSV, the council leader's view and
export. Participation only: the export is scanned cell by cell for anything attitudinal."""

import csv
import io
import re
from datetime import timedelta

import pytest
from django.utils import timezone

from cohort_sessions.services import register_mark, session_schedule
from courses.services import lesson_mark_complete
from privacy.models import AccessLogEntry
from quizzes.constants import LEARNER_STAGE_LABELS, STAGE_LABELS
from tests.factories import LeaderFactory
from tests.helpers import PASSWORD, confirm_identity, h1_count, pdf_text, same_words, sign_in

from .conftest import pass_module_quiz

pytestmark = pytest.mark.django_db


def complete_module(user, programme, module):
    for lesson in programme.lessons[module.pk]:
        lesson_mark_complete(user=user, lesson=lesson)
    pass_module_quiz(user, programme, module)


def csv_cells(response) -> list[list[str]]:
    text = b"".join(response.streaming_content if response.streaming else [response.content])
    return list(csv.reader(io.StringIO(text.decode("utf-8-sig"))))


def attend(world, marks: dict, *, title: str, days_ago: int):
    """A live session of the world's cohort ``days_ago`` days back, its register marked."""
    starts = timezone.now().replace(hour=10, minute=0) - timedelta(days=days_ago)
    session = session_schedule(
        cohort=world.cohort, title=title, starts_at=starts, ends_at=starts + timedelta(hours=2),
        format="online", joining_url="https://meet.example.org/abc",
        now=starts - timedelta(days=7),
    )  # fmt: skip
    register_mark(
        session=session,
        marks={person.pk: status for person, status in marks.items()},
        recorded_by=world.facilitator,
        now=starts,
    )
    return session


@pytest.fixture
def signing(settings, tmp_path):
    settings.CREDENTIAL_KEY_PATH = str(tmp_path / "keys" / "credential-keys.json")
    settings.CREDENTIAL_KEY_AUTOGENERATE = True


@pytest.fixture
def attended(world):
    """The first councillor came to both sessions; the second to the first only (absent from
    the other); the third sent apologies to both."""
    me, other, third = world.councillors
    first = attend(
        world, {me: "present", other: "present", third: "apologies"},
        title="Open data in practice", days_ago=20,
    )  # fmt: skip
    second = attend(
        world, {me: "present", other: "absent", third: "apologies"},
        title="Scrutinising a digital project", days_ago=5,
    )  # fmt: skip
    return first, second


@pytest.fixture
def progress(world):
    """The first councillor completed the first module; the second passed its quiz only."""
    first = world.programme.modules[0]
    complete_module(world.councillors[0], world.programme, first)
    pass_module_quiz(world.councillors[1], world.programme, first)
    return first


def test_a_councillor_sees_and_downloads_the_modules_they_completed(client, world, progress):
    me = world.councillors[0]
    client.force_login(me)
    html = client.get("/learn/record/").content.decode()
    assert h1_count(html) == 1
    assert progress.title in html
    assert world.programme.modules[1].title not in html
    assert 'href="/learn/record/"' in client.get("/learn/").content.decode()
    rows = csv_cells(client.get("/learn/record.csv"))
    assert rows[0][:4] == ["Councillor", "Council", "Programme", "Module"]
    assert [(r[0], r[3], r[4], r[6]) for r in rows[1:]] == [
        (me.get_full_name(), progress.title, "Core", "0.3")  # two lessons of 10 minutes
    ]


def test_the_record_has_the_sessions_attended_and_the_certificate(
    client, world, progress, attended, signing
):
    from recognition.services import certificate_issue

    me = world.councillors[0]
    certificate = certificate_issue(user=me, programme=world.programme.page)
    first, second = attended
    client.force_login(me)
    rows = csv_cells(client.get("/learn/record.csv"))
    header = rows[0]
    assert header[-4:] == [
        "Sessions attended",
        "Sessions attended (dates)",
        "Certificate",
        "Certificate verification link",
    ]
    [row] = rows[1:]
    on = [timezone.localdate(s.starts_at).isoformat() for s in (first, second)]
    assert row[-4:] == [
        "2",
        f"{on[0]} Open data in practice; {on[1]} Scrutinising a digital project",
        f"Issued on {timezone.localdate(certificate.issued_at).isoformat()}",
        f"http://testserver/credentials/{certificate.public_id}/",
    ]
    html = client.get("/learn/record/").content.decode()
    assert "Open data in practice" in html and "Scrutinising a digital project" in html
    text = pdf_text(client.get("/learn/record.pdf").content)
    assert same_words("Live sessions attended: 2") in same_words(text)
    assert same_words(f"/credentials/{certificate.public_id}/") in same_words(text)


def test_a_withdrawn_certificate_is_marked_withdrawn_without_its_link(
    client, world, progress, signing
):
    from recognition.services import certificate_issue, certificate_revoke

    me = world.councillors[0]
    certificate = certificate_issue(user=me, programme=world.programme.page)
    certificate_revoke(public_id=certificate.public_id, reason="Issued in error")
    client.force_login(me)
    [row] = csv_cells(client.get("/learn/record.csv"))[1:]
    assert row[-4:] == ["0", "", f"Withdrawn on {timezone.localdate().isoformat()}", ""]
    text = pdf_text(client.get("/learn/record.pdf").content)
    assert same_words(f"withdrawn on {timezone.localdate():%-d %B %Y}") in same_words(text)
    assert certificate.public_id not in same_words(text)
    assert "Issued in error" not in text  # the record says when, never why


def test_sessions_without_a_module_still_make_a_row(client, world, attended):
    client.force_login(world.councillors[1])  # at the first session only, no module done
    [row] = csv_cells(client.get("/learn/record.csv"))[1:]
    assert row[2:7] == ["", "", "", "", ""] and row[7] == "1"
    client.force_login(world.councillors[2])  # apologies only: nothing attended
    assert len(csv_cells(client.get("/learn/record.csv"))) == 1


def test_a_module_with_lessons_unread_is_not_in_the_record(client, world, progress):
    client.force_login(world.councillors[1])
    assert len(csv_cells(client.get("/learn/record.csv"))) == 1  # the header only


def test_the_leader_sees_their_councils_records_and_not_another_councils(client, world, progress):
    client.force_login(world.leader)
    html = client.get(f"/council/{world.councils[0].slug}/learning-records/").content.decode()
    assert h1_count(html) == 1
    assert world.councillors[0].get_full_name() in html
    assert world.councillors[2].get_full_name() not in html  # on the other council
    assert client.get(f"/council/{world.councils[1].slug}/learning-records/").status_code == 403
    assert client.get(f"/council/{world.councils[1].slug}/learning-records.csv").status_code == 403
    assert client.get(f"/council/{world.councils[1].slug}/learning-records.pdf").status_code == 403


STAGE_WORDS = {
    label.casefold() for label in [*STAGE_LABELS.values(), *LEARNER_STAGE_LABELS.values()]
}


def attitude_in(text: str) -> list[str]:
    """Whatever in ``text`` could tell someone's attitudes: a stage label, the words "stage"
    or "score", a percentage. Empty when there is none."""
    folded = text.casefold()
    found = [label for label in STAGE_WORDS if label in folded]
    found += [word for word in ("stage", "score") if word in folded]
    return found + re.findall(r"\d+(?:\.\d+)?\s*%", text)


@pytest.fixture
def assessed(world):
    """The first two councillors have a self-assessment (a stage) the leader must never see."""
    from quizzes.services import self_assessment_submit
    from tests.factories.instrument import instrument_answers, instrument_items

    instrument_items()
    for person in world.councillors[:2]:
        self_assessment_submit(
            user=person, occasion="T0", answers=instrument_answers(a=4, c=5, b=2)
        )


@pytest.fixture
def certificates(world, signing):
    """The first councillor holds a certificate; the second's was withdrawn."""
    from recognition.services import certificate_issue, certificate_revoke

    held = certificate_issue(user=world.councillors[0], programme=world.programme.page)
    gone = certificate_issue(user=world.councillors[1], programme=world.programme.page)
    certificate_revoke(public_id=gone.public_id, reason="Issued in error")
    return held, gone


def test_the_leaders_export_holds_participation_only_in_every_cell(
    client, world, progress, assessed, attended, certificates
):
    held, gone = certificates
    sign_in(client, world.leader.email, PASSWORD)
    confirm_identity(client)
    response = client.get(f"/council/{world.councils[0].slug}/learning-records.csv")
    assert response.status_code == 200
    rows = csv_cells(response)
    # The header, the one completed module, and the second councillor's sessions and
    # withdrawn certificate (no module done).
    assert len(rows) == 3
    for row in rows:
        for cell in row:
            assert not attitude_in(cell), cell
    by_name = {row[0]: row for row in rows[1:]}
    mine, theirs = (
        by_name[world.councillors[0].get_full_name()],
        by_name[world.councillors[1].get_full_name()],
    )
    assert mine[-4:-2] == ["2", mine[-3]] and "Open data in practice" in mine[-3]
    assert mine[-1] == f"http://testserver/credentials/{held.public_id}/"
    assert theirs[-4] == "1" and theirs[-2].startswith("Withdrawn on") and theirs[-1] == ""
    assert "Issued in error" not in str(rows)
    # The only numbers are the estimated hours and how many sessions someone attended;
    # nothing else numeric leaves the platform.
    allowed = {rows[0].index("Estimated hours"), rows[0].index("Sessions attended")}
    for row in rows[1:]:
        numeric = {i for i, cell in enumerate(row) if re.fullmatch(r"\d+(\.\d+)?", cell)}
        assert numeric <= allowed and rows[0].index("Sessions attended") in numeric, row
    assert AccessLogEntry.objects.filter(actor=world.leader, council=world.councils[0]).exists()


# Session, user, roles, the council, its councillors, programmes, lesson completions, passes
# (the programme's structure is cached), then the sessions attended and the certificates (one
# query each for everyone: 8 before they joined the record).
LEADER_RECORDS_QUERIES = 10


def test_the_leaders_page_runs_the_same_queries_for_any_number_of_councillors(
    client, world, progress, attended, certificates, django_assert_num_queries
):
    client.force_login(world.leader)
    url = f"/council/{world.councils[0].slug}/learning-records/"
    client.get(url)
    with django_assert_num_queries(LEADER_RECORDS_QUERIES):
        client.get(url)

    more_people(world, progress)
    with django_assert_num_queries(LEADER_RECORDS_QUERIES):
        html = client.get(url).content.decode()
    # The three newcomers and the second councillor came to one session each.
    assert html.count("Live sessions attended: <strong>1</strong>") == 4


def more_people(world, progress):
    """Three more councillors, each with a module, a session attended and a certificate."""
    from recognition.services import certificate_issue
    from tests.factories import CouncillorFactory

    people = [CouncillorFactory(council=world.councils[0], cohort=world.cohort) for _ in range(3)]
    for person in people:
        complete_module(person, world.programme, progress)
        certificate_issue(user=person, programme=world.programme.page)
    attend(world, dict.fromkeys(people, "present"), title="Catch-up", days_ago=2)
    return people


def test_a_leader_without_the_role_for_this_council_is_refused(client, world):
    client.force_login(LeaderFactory(council=world.councils[1]))
    assert client.get(f"/council/{world.councils[0].slug}/learning-records/").status_code == 403


# --- The leader's records as one PDF ------------------------------------------------------

NOT_INCLUDED = (
    "What this does not include: no self-assessment stage, no score, no quiz answer, no "
    "reflection, note or commitment. Those stay private to each councillor."
)


def test_the_leaders_pdf_names_the_councillors_and_holds_no_stage_or_score(
    client, world, progress, assessed, attended, certificates
):
    from recognition.models import Commitment

    Commitment.objects.create(
        user=world.councillors[0], module_title=progress.title, slot=1, set_at=timezone.now(),
        text="Ask who owns the website's data", source="own_words",
    )  # fmt: skip
    sign_in(client, world.leader.email, PASSWORD)
    url = f"/council/{world.councils[0].slug}/learning-records.pdf"
    # Asked to confirm who they are first; the page then offers the file.
    first = client.get(url)
    assert first.status_code == 302 and first.url.startswith("/accounts/reauthenticate/")
    assert not AccessLogEntry.objects.filter(actor=world.leader).exists()
    back = client.post(first.url, {"password": PASSWORD})
    assert back.status_code == 302
    page = client.get(back.url).content.decode()
    assert f'href="{url}">Download every record (PDF)' in page
    html = client.get(f"/council/{world.councils[0].slug}/learning-records/").content.decode()
    assert f'href="{url}">as one document (PDF)</a>' in html

    response = client.get(url)
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert (
        response["Content-Disposition"]
        == f'attachment; filename="{world.councils[0].slug}-learning-records-'
        f'{timezone.localdate():%Y-%m-%d}.pdf"'
    )
    text = pdf_text(response.content)
    flat = same_words(text)
    assert same_words(f"Learning records: {world.councils[0].name}") in flat
    assert same_words(f"Produced on {timezone.localdate():%-d %B %Y}") in flat
    # Everyone on the roster, with or without a module done; nobody from another council.
    for person in world.councillors:
        on_roster = person.councillor_profile.council == world.councils[0]
        assert (same_words(person.get_full_name()) in flat) is on_roster, person
    assert same_words(progress.title) in flat and "No modules completed yet." in text
    # Sessions attended with their dates, the certificate's link or that it was withdrawn.
    held, gone = certificates
    assert same_words("Live sessions attended: 2") in flat
    assert same_words("Scrutinising a digital project") in flat
    assert same_words(f"/credentials/{held.public_id}/") in flat
    assert gone.public_id not in flat and same_words("withdrawn on") in flat
    assert "Issued in error" not in text
    # The plain note says what is left out; beyond it, no stage label, score or commitment.
    assert same_words(NOT_INCLUDED) in flat
    rest = text.replace(NOT_INCLUDED, "")
    assert not attitude_in(rest), attitude_in(rest)
    assert same_words("Ask who owns") not in flat
    entry = AccessLogEntry.objects.get(actor=world.leader)
    assert entry.council == world.councils[0] and entry.path == url


# The user, roles, two-step sign-in and the fresh confirmation (8), the council, the access
# log's write (6 with its checks and Wagtail's reference index), its councillors, programmes,
# lesson completions, passes (the programme's structure is cached), sessions attended and
# certificates (2; 20 before they joined the record): as many as the CSV.
LEADER_PDF_QUERIES = 22


def test_the_leaders_pdf_runs_the_same_queries_for_any_number_of_councillors(
    client, world, progress, attended, certificates, django_assert_num_queries
):
    sign_in(client, world.leader.email, PASSWORD)
    confirm_identity(client)
    url = f"/council/{world.councils[0].slug}/learning-records.pdf"
    client.get(url)
    with django_assert_num_queries(LEADER_PDF_QUERIES):
        client.get(url)
    more_people(world, progress)
    with django_assert_num_queries(LEADER_PDF_QUERIES):
        assert client.get(url).status_code == 200
