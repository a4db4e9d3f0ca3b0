"""The access log: every time a facilitator (or admin, or council) looks at an individual
learner's page or exports learners' records, who, what, whose and when, after the scope check.
Platform admins read and export it in the Wagtail admin; nobody can edit it."""

import csv
import io

import pytest

from privacy.constants import AccessAction
from privacy.models import AccessLogEntry
from privacy.queries import personal_data
from tests.helpers import confirm_identity, sign_in

from .conftest import FACILITATOR_EMAIL

FARAH = "Farah Facilitator <farah.facilitator@tests.example.org>"

pytestmark = pytest.mark.django_db


def test_a_facilitator_viewing_a_learner_page_is_recorded(client, learner, cohort, people):
    sign_in(client, FACILITATOR_EMAIL)
    path = f"/cohorts/{cohort.pk}/learners/{learner.pk}/?from=dashboard"
    assert client.get(path).status_code == 200
    entry = AccessLogEntry.objects.get()
    assert entry.actor == people["facilitator"]
    assert entry.actor_name == FARAH
    assert (entry.action, entry.subject, entry.cohort, entry.path) == (
        AccessAction.VIEWED_LEARNER,
        learner,
        cohort,
        path,
    )


def test_a_refused_or_missing_learner_page_records_nothing(client, learner, cohort, people):
    sign_in(client, people["facilitator2"].email)  # runs another cohort
    assert client.get(f"/cohorts/{cohort.pk}/learners/{learner.pk}/").status_code == 403
    client.logout()
    sign_in(client, FACILITATOR_EMAIL)
    not_a_member = people["trainer"].pk
    assert client.get(f"/cohorts/{cohort.pk}/learners/{not_a_member}/").status_code == 404
    assert not AccessLogEntry.objects.exists()


def test_a_cohort_export_is_recorded_once_the_facilitator_has_confirmed_who_they_are(
    client, cohort, people
):
    sign_in(client, FACILITATOR_EMAIL)
    url = f"/cohorts/{cohort.pk}/export/learners.csv"
    assert client.get(url).url.startswith("/accounts/reauthenticate/")
    assert not AccessLogEntry.objects.exists()
    confirm_identity(client)
    assert client.get(url).status_code == 200
    assert client.get(f"/cohorts/{cohort.pk}/export/items.xlsx").status_code == 200
    assert list(AccessLogEntry.objects.order_by("pk").values_list("action", "cohort", "path")) == [
        (AccessAction.EXPORTED_LEARNERS, cohort.pk, url),
        (AccessAction.EXPORTED_ITEMS, cohort.pk, f"/cohorts/{cohort.pk}/export/items.xlsx"),
    ]


def test_a_council_participation_export_is_recorded(client, people, council):
    sign_in(client, people["leader"].email)
    response = client.get(f"/council/{council.slug}/export.csv")
    assert response.status_code in (200, 302)
    if response.status_code == 302:  # exports may ask the leader to confirm who they are
        confirm_identity(client)
        assert client.get(f"/council/{council.slug}/export.csv").status_code == 200
    entry = AccessLogEntry.objects.get()
    assert entry.action == AccessAction.EXPORTED_PARTICIPATION
    assert entry.council == council and entry.actor == people["leader"]


def test_a_councillor_s_copy_of_their_data_says_who_looked_at_their_records(
    client, learner, cohort
):
    sign_in(client, FACILITATOR_EMAIL)
    client.get(f"/cohorts/{cohort.pk}/learners/{learner.pk}/")
    rows = personal_data(user=learner)["access_log"]
    assert [(r["what"], r["by"], r["cohort"]) for r in rows] == [
        (
            "Viewed a learner's page",
            FARAH,
            cohort.name,
        )
    ]


def test_platform_admins_read_and_export_the_log_in_the_admin(client, learner, cohort, people):
    sign_in(client, FACILITATOR_EMAIL)
    client.get(f"/cohorts/{cohort.pk}/learners/{learner.pk}/")
    client.logout()
    sign_in(client, people["admin"].email)
    listing = client.get("/admin/access_log/")
    assert listing.status_code == 200
    assert "Farah Facilitator" in listing.content.decode()
    export = client.get("/admin/access_log/?export=csv")
    assert export.status_code == 200
    content = b"".join(export.streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(content)))
    assert len(rows) == 2 and FARAH in rows[1]
    assert learner.get_full_name() in rows[1]


@pytest.mark.parametrize("role", ["facilitator", "leader", "trainer", "lead.trainer"])
def test_nobody_but_platform_admins_can_open_the_log(client, learner, cohort, role, people):
    sign_in(client, FACILITATOR_EMAIL)
    client.get(f"/cohorts/{cohort.pk}/learners/{learner.pk}/")
    client.logout()
    sign_in(client, people[role].email)
    for path in ("/admin/access_log/", "/admin/access_log/?export=csv"):
        response = client.get(path)
        assert response.status_code in (302, 403), path
        assert b"Farah Facilitator" not in response.content


def test_even_platform_admins_cannot_add_change_or_delete_entries(client, learner, cohort, people):
    sign_in(client, FACILITATOR_EMAIL)
    client.get(f"/cohorts/{cohort.pk}/learners/{learner.pk}/")
    entry = AccessLogEntry.objects.get()
    client.logout()
    sign_in(client, people["admin"].email)
    for path in ("/admin/access_log/new/", f"/admin/access_log/edit/{entry.pk}/",
                 f"/admin/access_log/delete/{entry.pk}/"):  # fmt: skip
        assert client.get(path).status_code in (302, 403, 404), path
        client.post(path, {"actor_name": "someone else"})
    entry.refresh_from_db()
    assert entry.actor_name == FARAH
    assert AccessLogEntry.objects.count() == 1
    assert client.get(f"/admin/access_log/inspect/{entry.pk}/").status_code == 200
