"""Download my data: a councillor asks, a background task builds JSON and a ZIP of CSV files,
and only they can download it, after confirming who they are."""

import csv
import io
import json
import zipfile
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from champions.accounts.models import User
from privacy import files
from privacy.constants import ExportStatus
from privacy.models import DataExport
from privacy.queries import SECTIONS, personal_data
from privacy.services import data_export_build, data_export_request
from tests.helpers import (
    PASSWORD,
    confirm_identity,
    confirm_identity_by_code,
    h1_count,
    sign_in,
    subject_of,
)

from .conftest import EMAIL, FACILITATOR_EMAIL, LAST_NAME, NOTE, WARD

pytestmark = pytest.mark.django_db


def request_export(client, capture):
    with capture(execute=True):
        response = client.post("/account/data/")
    assert response.status_code == 302 and response.url == "/account/data/"
    return DataExport.objects.get(user__email=EMAIL)


def unzip(content: bytes) -> dict[str, list[dict]]:
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        return {
            name.removesuffix(".csv"): list(
                csv.DictReader(io.StringIO(archive.read(name).decode("utf-8-sig")))
            )
            for name in archive.namelist()
            if name.endswith(".csv")
        }


def test_a_councillor_gets_everything_held_about_them_as_json_and_csv(
    client, learner, history, cohort, council, outbox, django_capture_on_commit_callbacks
):
    sign_in(client, EMAIL)
    account = client.get("/account/").content.decode()
    assert 'href="/account/data/"' in account and 'href="/account/delete/"' in account

    export = request_export(client, django_capture_on_commit_callbacks)
    assert export.status == ExportStatus.READY
    # No language chosen: Welsh, then English.
    assert [subject_of(m) for m in outbox if m.to == [EMAIL]][-1] == (
        "Mae eich copi o’ch data yn barod / Your copy of your data is ready"
    )
    page = client.get("/account/data/").content.decode()
    assert h1_count(page) == 1 and "Your data is ready" in page

    json_url = f"/account/data/{export.pk}/your-data.json"
    gate = client.get(json_url)
    assert gate.url.startswith("/accounts/reauthenticate/")
    confirmed = client.post(gate.url, {"password": PASSWORD})
    assert confirmed.url == "/account/data/?download=" + json_url.replace("/", "%2F")
    page = client.get(confirmed.url).content.decode()
    assert f'href="{json_url}">Download your data as JSON</a>' in page
    response = client.get(json_url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith('attachment; filename="your-data-')
    data = json.loads(response.content)["data"]
    assert set(data) == set(SECTIONS)
    assert data["profile"][0]["last_name"] == LAST_NAME and data["profile"][0]["ward"] == WARD
    assert data["reflections"][0]["note"] == NOTE
    assert data["cohorts"][0]["cohort"] == cohort.name
    assert len(data["quiz_attempts"]) == 1 and data["quiz_attempts"][0]["percent"] == 100.0
    assert len(data["quiz_answers"]) == 8
    assert all(row["credit"] == 1.0 for row in data["quiz_answers"])
    assert data["self_assessments"][0]["occasion"].startswith("Baseline")
    assert len(data["self_assessment_answers"]) == 26
    assert data["stages"] and data["lesson_progress"][0]["completed_at"]
    assert data["invitations"][0]["council"] == council.name

    response = client.get(f"/account/data/{export.pk}/your-data.zip")
    assert response.status_code == 200 and response["Content-Type"] == "application/zip"
    tables = unzip(response.content)
    assert set(tables) == set(SECTIONS)
    # The same rows as the JSON; a note starting "=" cannot run as a spreadsheet formula.
    assert len(tables["quiz_answers"]) == 8
    assert tables["reflections"][0]["note"] == "'" + NOTE


def test_nobody_else_can_download_someone_s_data(client, learner, history, people):
    export = data_export_build(export=data_export_request(user=learner))
    for other in ("councillor", "facilitator", "admin"):
        client.logout()
        sign_in(client, people[other].email)
        confirm_identity(client)  # so the answer is about whose file it is
        assert client.get(f"/account/data/{export.pk}/your-data.json").status_code == 404


def test_asking_twice_while_a_copy_is_being_prepared_keeps_one_request(learner):
    first = data_export_request(user=learner)
    assert data_export_request(user=learner).pk == first.pk
    assert DataExport.objects.filter(user=learner).count() == 1


def test_a_new_request_replaces_the_earlier_copy(learner):
    old = data_export_build(export=data_export_request(user=learner))
    new = data_export_request(user=learner)
    assert new.pk != old.pk
    assert list(DataExport.objects.filter(user=learner)) == [new]


def test_an_expired_copy_cannot_be_downloaded_and_the_page_offers_a_new_one(client, learner):
    export = data_export_build(
        export=data_export_request(user=learner), now=timezone.now() - timedelta(days=8)
    )
    sign_in(client, EMAIL)
    page = client.get("/account/data/").content.decode()
    assert "Your data is ready" not in page and "Prepare a copy of my data" in page
    confirm_identity(client)
    assert client.get(f"/account/data/{export.pk}/your-data.zip").status_code == 404


def test_a_councillor_who_signs_in_by_code_confirms_by_code_before_downloading(
    client, learner, django_capture_on_commit_callbacks, outbox
):
    learner.set_unusable_password()
    learner.save()
    client.force_login(learner)
    export = request_export(client, django_capture_on_commit_callbacks)
    path = f"/account/data/{export.pk}/your-data.json"
    asked = client.get(path)
    assert asked.status_code == 302 and asked.url.startswith("/accounts/reauthenticate/")
    back = confirm_identity_by_code(client, asked, outbox)
    assert back.status_code == 302 and back.url.startswith("/account/data/?download=")
    assert client.get(path).status_code == 200


def test_staff_can_download_their_own_data_too(client, people, django_capture_on_commit_callbacks):
    sign_in(client, FACILITATOR_EMAIL)
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/account/data/")
    export = DataExport.objects.get(user=people["facilitator"])
    assert export.status == ExportStatus.READY
    assert json.loads(export.json_content)["data"]["profile"][0]["email"] == FACILITATOR_EMAIL


def test_the_export_runs_as_many_queries_for_a_long_history_as_for_none(learner, history, people):
    with CaptureQueriesContext(connection) as busy:
        personal_data(user=User.objects.get(pk=learner.pk))
    with CaptureQueriesContext(connection) as quiet:
        personal_data(user=User.objects.get(pk=people["trainer"].pk))
    assert len(busy.captured_queries) == len(quiet.captured_queries)


def test_csv_cells_that_look_like_formulas_are_made_harmless():
    text = files.as_csv([{"a": "=1+1", "b": "+44", "c": "plain", "d": None, "e": 3}])
    assert text.splitlines()[1] == "'=1+1,'+44,plain,,3"


def test_an_empty_table_says_nothing_was_recorded():
    assert files.as_csv([]).splitlines() == ["note", "Nothing recorded."]


def test_the_zip_has_a_readme_and_one_csv_per_table():
    data = {"profile": [{"email": "a@example.org"}], "reflections": []}
    content = files.as_zip(data, about={"profile": "p", "reflections": "r"}, generated_at="now")
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        assert sorted(archive.namelist()) == ["README.txt", "profile.csv", "reflections.csv"]
        assert "reflections.csv: r" in archive.read("README.txt").decode()


def test_while_the_copy_is_being_prepared_the_page_says_so_and_offers_no_second_request(
    client, learner
):
    client.force_login(learner)
    client.post("/account/data/")  # the background task has not run yet
    page = client.get("/account/data/").content.decode()
    assert "We are preparing your data" in page
    assert "Prepare a copy of my data" not in page and "Prepare a new copy" not in page


def test_answers_saved_on_a_half_done_quiz_are_in_the_copy_in_words(learner, world):
    """ "Save and come back later" keeps chosen answers that are not scored yet: they are held
    about the person, so their copy has them, marked as not submitted (no credit)."""
    from quizzes.models import QuizPage
    from quizzes.services import attempt_save_answers, attempt_start

    quiz = QuizPage.objects.get(pk=list(world.programme.quizzes.values())[-1].pk)
    attempt = attempt_start(user=learner, quiz=quiz, seed=11)
    question = attempt.snapshot["questions"][0]
    option = question["options"][1]
    attempt_save_answers(
        user=learner, attempt_id=attempt.pk, answers={question["id"]: [option["id"]]}
    )
    saved = [
        row for row in personal_data(user=learner)["quiz_answers"] if row["attempt"] == attempt.pk
    ]
    assert saved == [
        {
            "attempt": attempt.pk,
            "question": question["text"],
            "your_answer": option["text"],
            "credit": None,
        }
    ]
