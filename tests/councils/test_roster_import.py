"""Roster import through the leader's pages: upload, preview, confirm; and the import service's
semantics (update by email, mark as left, never delete) at scale."""

import time

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext

from champions.accounts.constants import Position, Role
from champions.accounts.models import Council, CouncillorProfile, User
from councils.constants import RosterUploadStatus
from councils.models import RosterUpload
from councils.services import RosterImportRefused, roster_import, roster_upload_stage
from tests.councils.helpers import (
    PASSWORD,
    add_councillors,
    counts,
    make_council,
    make_leader,
    roster_csv,
)
from tests.helpers import confirm_identity, h1_count

pytestmark = pytest.mark.django_db


@pytest.fixture
def council():
    return make_council("testshire")


@pytest.fixture
def leader_client(client, council):
    client.force_login(make_leader(council))
    confirm_identity(client, PASSWORD)  # imports ask the leader to confirm who they are
    return client


def upload(client, council, data: bytes, name: str = "roster.csv"):
    return client.post(
        f"/council/{council.slug}/roster/upload/",
        {"file": SimpleUploadedFile(name, data, content_type="text/csv")},
    )


GOOD = [
    ("Ann Able", "ann@testshire.example.org", "leader", "Old Town", 2019),
    ("Bob Baker", "bob@testshire.example.org", "cabinet", "Mill Lane", 2024),
    ("Cat Cole", "cat@testshire.example.org", "backbench", "", ""),
]


def test_an_upload_shows_a_preview_and_writes_nothing_until_confirmed(leader_client, council):
    before = counts()
    response = upload(leader_client, council, roster_csv(GOOD))
    assert response.status_code == 302
    preview_url = response.url
    assert preview_url.startswith(f"/council/{council.slug}/roster/preview/")
    page = leader_client.get(preview_url)
    html = page.content.decode()
    assert page.status_code == 200 and h1_count(html) == 1
    assert "Ann Able" in html and "Import all 3 rows" in html
    assert "Nothing has changed yet" in html
    assert counts() == before  # the staged upload holds the rows; no person was written

    response = leader_client.post(preview_url, {"action": "all"})
    assert response.status_code == 302 and response.url == f"/council/{council.slug}/roster/"
    roster = leader_client.get(response.url).content.decode()
    assert "Roster imported: 3 added, 0 updated." in roster
    ann = User.objects.get(email="ann@testshire.example.org")
    assert (ann.first_name, ann.last_name, ann.has_usable_password()) == ("Ann", "Able", False)
    assert ann.has_role(Role.COUNCILLOR)
    assert ann.emailaddress_set.get().verified
    profile = ann.councillor_profile
    assert (profile.council, profile.position, profile.ward, profile.year_first_elected) == (
        council,
        Position.LEADER,
        "Old Town",
        2019,
    )
    staged = RosterUpload.objects.get(council=council)
    assert staged.status == RosterUploadStatus.IMPORTED and staged.rows == []
    assert staged.created_count == 3


def test_the_preview_lists_each_rows_problems_and_the_summary_links_to_them(leader_client, council):
    extra = [("", "nobody@x.org", "leader", "", ""),
             ("Dee Dup", "ann@testshire.example.org", "mayor", "", "")]  # fmt: skip
    data = roster_csv(GOOD + extra)
    page = leader_client.get(upload(leader_client, council, data).url).content.decode()
    assert '<a href="#line-5">Line 5: Enter the councillor&#x27;s name</a>' in page
    assert 'id="line-6"' in page
    assert "This email address is also on line 6 of the file" in page
    assert "&#x27;mayor&#x27; is not a position we know" in page
    assert "Import only the 2 valid rows" in page
    assert "Import all" not in page


def test_import_all_is_refused_while_any_row_has_a_problem(leader_client, council):
    data = roster_csv(GOOD + [("Bad Email", "not-an-email", "chair", "", "")])
    preview_url = upload(leader_client, council, data).url
    before = counts()
    response = leader_client.post(preview_url, {"action": "all"})
    assert response.status_code == 400
    assert "You cannot import all rows because 1 row has problems" in response.content.decode()
    assert counts() == before
    assert RosterUpload.objects.get(council=council).status == RosterUploadStatus.PENDING


def test_importing_only_the_valid_rows_skips_the_others(leader_client, council):
    data = roster_csv(GOOD + [("Bad Email", "not-an-email", "chair", "", "")])
    response = leader_client.post(upload(leader_client, council, data).url, {"action": "valid"})
    assert response.status_code == 302
    message = leader_client.get(response.url).content.decode()
    assert "3 added, 0 updated, 1 row with problems not imported" in message
    assert CouncillorProfile.objects.filter(council=council).count() == 3


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (b"", "empty.csv", "The file is empty"),
        (b"PK\x03\x04\x14\x00\x06\x00workbook", "roster.xlsx", "This is an Excel workbook"),
        ("name,email,position\nSiân,s@x.org,leader\n".encode("cp1252"), "r.csv",
         "The file is not saved as UTF-8"),
        (b"Name,Address\nAnn,1 High St\n", "r.csv", "It has no email or position column"),
        (b"\x00\x01junk" * (10 * 1024 * 1024 // 6), "junk.csv", "The file is 10.0 MB"),
    ],
)  # fmt: skip
def test_a_malformed_file_gets_a_clear_message_and_writes_nothing(
    leader_client, council, data, name, message
):
    before = (counts(), RosterUpload.objects.count())
    response = upload(leader_client, council, data, name)
    html = response.content.decode()
    assert response.status_code == 200
    assert message in html
    assert 'href="#id_file"' in html  # the error summary links to the file field
    assert (counts(), RosterUpload.objects.count()) == before


def test_no_file_at_all_is_asked_for(leader_client, council):
    response = leader_client.post(f"/council/{council.slug}/roster/upload/", {})
    assert "Choose a CSV file to upload" in response.content.decode()


def test_reupload_updates_by_email_and_marks_the_missing_as_left_without_deleting(
    leader_client, council
):
    leader_client.post(upload(leader_client, council, roster_csv(GOOD)).url, {"action": "all"})
    ids = set(
        User.objects.filter(email__endswith="@testshire.example.org").values_list("pk", flat=True)
    )
    second = [
        ("Ann Able-Smith", "ANN@testshire.example.org", "cabinet", "New Ward", 2019),
        ("Bob Baker", "bob@testshire.example.org", "cabinet", "Mill Lane", 2024),
        ("Dan Dunn", "dan@testshire.example.org", "chair", "", 2026),
    ]
    preview = leader_client.get(upload(leader_client, council, roster_csv(second)).url)
    assert "Cat Cole (cat@testshire.example.org)" in preview.content.decode()
    assert "marks 1 of the 3 councillors now on the roster as having left" in (
        preview.content.decode()
    )
    response = leader_client.post(preview.request["PATH_INFO"], {"action": "all"})
    assert (
        "1 added, 2 updated, 1 marked as having left"
        in leader_client.get(response.url).content.decode()
    )

    ann = User.objects.get(email="ann@testshire.example.org")
    assert (ann.first_name, ann.last_name) == ("Ann", "Able-Smith")
    assert (ann.councillor_profile.position, ann.councillor_profile.ward) == ("cabinet", "New Ward")
    cat = CouncillorProfile.objects.get(user__email="cat@testshire.example.org")
    assert cat.left_at is not None
    assert ids <= set(User.objects.values_list("pk", flat=True))  # nobody deleted
    roster = leader_client.get(f"/council/{council.slug}/roster/").content.decode()
    assert "Councillors who have left" in roster and "Cat Cole" in roster

    # Listed again, Cat comes back.
    leader_client.post(upload(leader_client, council, roster_csv(GOOD)).url, {"action": "all"})
    cat.refresh_from_db()
    assert cat.left_at is None


def test_an_email_on_another_councils_roster_is_refused_and_the_person_not_moved(
    leader_client, council
):
    other = make_council("elsewhere")
    (person,) = add_councillors(other, 1)
    data = roster_csv([("Poached", person.email, "leader", "", "")] + GOOD)
    preview_url = upload(leader_client, council, data).url
    page = leader_client.get(preview_url).content.decode()
    assert "This email address belongs to a councillor at another council" in page
    leader_client.post(preview_url, {"action": "valid"})
    person.councillor_profile.refresh_from_db()
    assert person.councillor_profile.council == other


def test_an_upload_is_imported_once_and_a_cancelled_one_not_at_all(leader_client, council):
    url = upload(leader_client, council, roster_csv(GOOD)).url
    leader_client.post(url, {"action": "all"})
    again = leader_client.post(url, {"action": "all"})
    assert again.status_code == 302
    assert "already been imported or cancelled" in leader_client.get(again.url).content.decode()

    url = upload(leader_client, council, roster_csv(GOOD[:1])).url
    before = counts()
    response = leader_client.post(url, {"action": "cancel"})
    assert "Nothing was imported" in leader_client.get(response.url).content.decode()
    assert counts() == before
    assert RosterUpload.objects.get(pk=url.rstrip("/").split("/")[-1]).rows == []


def test_an_upload_from_another_council_cannot_be_previewed_through_this_one(
    leader_client, council
):
    other = make_council("otherplace")
    staged = roster_upload_stage(
        council=other, uploaded_by=make_leader(other), filename="x.csv", data=roster_csv(GOOD)
    )
    assert (
        leader_client.get(f"/council/{council.slug}/roster/preview/{staged.pk}/").status_code == 404
    )
    assert (
        leader_client.get(f"/council/{other.slug}/roster/preview/{staged.pk}/").status_code == 403
    )


def _big_file(count: int, domain: str) -> bytes:
    positions = ["leader", "cabinet", "chair", "scrutiny", "backbench"]
    return roster_csv(
        [
            (
                f"Person{i} Surname{i}",
                f"p{i}@{domain}",
                positions[i % 5],
                f"Ward {i % 40}",
                2000 + i % 26,
            )
            for i in range(count)
        ]  # fmt: skip
    )


def test_five_thousand_rows_import_in_one_transaction_in_seconds(council):
    leader = make_leader(council)
    data = _big_file(5000, "big.example.org")
    started = time.perf_counter()
    staged = roster_upload_stage(council=council, uploaded_by=leader, filename="big.csv", data=data)
    result = roster_import(upload=staged, mode="all", imported_by=leader)
    elapsed = time.perf_counter() - started
    print(f"\n5,000-row roster: read, checked and imported in {elapsed:.2f} s")
    assert (result.created, result.updated, result.left, result.skipped) == (5000, 0, 0, 0)
    assert CouncillorProfile.objects.filter(council=council, left_at__isnull=True).count() == 5000
    assert (
        User.objects.filter(email__endswith="@big.example.org", groups__name="Councillors").count()
        == 5000
    )
    sample = CouncillorProfile.objects.select_related("user").get(
        user__email="p4321@big.example.org"
    )
    assert (sample.user.first_name, sample.position, sample.ward, sample.year_first_elected) == (
        "Person4321", "cabinet", "Ward 1", 2005,
    )  # fmt: skip

    # Again with half the people gone and the rest renamed: updates and leavers, in bulk.
    renamed = data.replace(b"Surname", b"Newname")
    half = b"\n".join(renamed.split(b"\n")[:2501]) + b"\n"
    started = time.perf_counter()
    staged = roster_upload_stage(council=council, uploaded_by=leader, filename="b.csv", data=half)
    result = roster_import(upload=staged, mode="all", imported_by=leader)
    print(f"5,000-row roster re-upload (2,500 kept): {time.perf_counter() - started:.2f} s")
    assert (result.created, result.updated, result.left) == (0, 2500, 2500)
    assert CouncillorProfile.objects.filter(council=council).count() == 5000


def test_the_import_runs_queries_in_batches_never_one_per_row(council):
    leader = make_leader(council)
    queries = []
    for count, domain in ((10, "small.example.org"), (200, "large.example.org")):
        staged = roster_upload_stage(
            council=council, uploaded_by=leader, filename="r.csv", data=_big_file(count, domain)
        )
        with CaptureQueriesContext(connection) as captured:
            roster_import(upload=staged, mode="valid", imported_by=leader)
        queries.append(len(captured))
    # 20 times the rows: a few more batches at most (SQLite caps parameters per statement).
    assert queries[1] - queries[0] <= 6, queries
    assert queries[1] < 40, queries


def test_a_stale_upload_cannot_be_imported_by_the_service(council):
    leader = make_leader(council)
    staged = roster_upload_stage(
        council=council, uploaded_by=leader, filename="r.csv", data=roster_csv(GOOD)
    )
    roster_import(upload=staged, mode="all", imported_by=leader)
    with pytest.raises(RosterImportRefused, match="already been imported"):
        roster_import(upload=staged, mode="all", imported_by=leader)
    assert Council.objects.filter(pk=council.pk).exists()
