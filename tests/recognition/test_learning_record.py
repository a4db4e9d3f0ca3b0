"""The member learning record: the councillor's own page and CSV, the council leader's view and
export. Participation only: the export is scanned cell by cell for anything attitudinal."""

import csv
import io
import re

import pytest

from courses.services import lesson_mark_complete
from privacy.models import AccessLogEntry
from quizzes.constants import LEARNER_STAGE_LABELS, STAGE_LABELS
from tests.factories import LeaderFactory
from tests.helpers import PASSWORD, confirm_identity, h1_count, sign_in

from .conftest import pass_module_quiz

pytestmark = pytest.mark.django_db


def complete_module(user, programme, module):
    for lesson in programme.lessons[module.pk]:
        lesson_mark_complete(user=user, lesson=lesson)
    pass_module_quiz(user, programme, module)


def csv_cells(response) -> list[list[str]]:
    text = b"".join(response.streaming_content if response.streaming else [response.content])
    return list(csv.reader(io.StringIO(text.decode("utf-8-sig"))))


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


def test_the_leaders_export_holds_participation_only_in_every_cell(client, world, progress):
    from quizzes.services import self_assessment_submit
    from tests.factories.instrument import instrument_answers, instrument_items

    instrument_items()
    for person in world.councillors[:2]:
        self_assessment_submit(
            user=person, occasion="T0", answers=instrument_answers(a=4, c=5, b=2)
        )
    sign_in(client, world.leader.email, PASSWORD)
    confirm_identity(client)
    response = client.get(f"/council/{world.councils[0].slug}/learning-records.csv")
    assert response.status_code == 200
    rows = csv_cells(response)
    assert len(rows) == 2  # the header and the one completed module
    labels = {
        label.casefold() for label in [*STAGE_LABELS.values(), *LEARNER_STAGE_LABELS.values()]
    }
    for row in rows:
        for cell in row:
            assert cell.casefold() not in labels
            assert not any(label in cell.casefold() for label in labels), cell
            assert "stage" not in cell.casefold() and "score" not in cell.casefold(), cell
            assert not re.fullmatch(r"\d+(\.\d+)?%", cell), cell
    # The only number is the estimated hours; nothing else numeric leaves the platform.
    hours_column = rows[0].index("Estimated hours")
    for row in rows[1:]:
        numeric = [i for i, cell in enumerate(row) if re.fullmatch(r"\d+(\.\d+)?", cell)]
        assert numeric == [hours_column], row
    assert AccessLogEntry.objects.filter(actor=world.leader, council=world.councils[0]).exists()


# Session, user, roles, the council, its councillors, programmes, lesson completions, passes
# (the programme's structure is cached).
LEADER_RECORDS_QUERIES = 8


def test_the_leaders_page_runs_the_same_queries_for_any_number_of_councillors(
    client, world, progress, django_assert_num_queries
):
    client.force_login(world.leader)
    url = f"/council/{world.councils[0].slug}/learning-records/"
    client.get(url)
    with django_assert_num_queries(LEADER_RECORDS_QUERIES):
        client.get(url)
    from tests.factories import CouncillorFactory

    for _ in range(3):
        person = CouncillorFactory(council=world.councils[0], cohort=world.cohort)
        complete_module(person, world.programme, progress)
    with django_assert_num_queries(LEADER_RECORDS_QUERIES):
        assert client.get(url).status_code == 200


def test_a_leader_without_the_role_for_this_council_is_refused(client, world):
    client.force_login(LeaderFactory(council=world.councils[1]))
    assert client.get(f"/council/{world.councils[0].slug}/learning-records/").status_code == 403
