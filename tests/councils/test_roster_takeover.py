"""A leader's roster may create and update only its own councillors' accounts. A row naming
anyone else (a facilitator of another council's cohort, a trainer, an admin, another council's
councillor) leaves that account untouched, is refused in words that name neither the council nor
the role, and tells platform admins through the access log."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from champions.accounts.constants import Role
from champions.accounts.models import CouncillorProfile, User
from privacy.constants import AccessAction
from privacy.models import AccessLogEntry
from tests.factories import (
    AdminFactory,
    CohortFactory,
    CouncilFactory,
    CouncillorFactory,
    FacilitatorFactory,
    LeaderFactory,
    TrainerFactory,
)
from tests.helpers import confirm_identity, main_html, roster_csv, sign_in, visible_text

pytestmark = pytest.mark.django_db

REFUSED = "This row will not be imported"


@pytest.fixture
def council():
    return CouncilFactory()


@pytest.fixture
def leader(council):
    return LeaderFactory(council=council, first_name="Lena", last_name="Leader")


@pytest.fixture
def leader_client(client, leader):
    sign_in(client, leader.email)
    confirm_identity(client)
    return client


def upload(client, council, data: bytes):
    response = client.post(
        f"/council/{council.slug}/roster/upload/",
        {"file": SimpleUploadedFile("roster.csv", data, content_type="text/csv")},
    )
    assert response.status_code == 302, response.content.decode()[:500]
    return response.url


def account_state(user: User):
    user.refresh_from_db()
    profile = CouncillorProfile.objects.filter(user=user).values_list("council_id", "left_at")
    return (
        user.first_name,
        user.last_name,
        tuple(profile),
        frozenset(user.groups.values_list("name", flat=True)),
    )


def other_accounts():
    elsewhere = CouncilFactory(name="Farshire County Council")
    facilitator = FacilitatorFactory(first_name="Fay", last_name="Facilitator")
    CohortFactory(name="Farshire cohort", councils=[elsewhere], facilitators=[facilitator])
    return {
        "facilitator": facilitator,
        "trainer": TrainerFactory(first_name="Tom", last_name="Trainer"),
        "admin": AdminFactory(first_name="Ada", last_name="Admin"),
        "councillor elsewhere": CouncillorFactory(council=elsewhere, first_name="Olly"),
    }


@pytest.mark.parametrize("who", ["facilitator", "trainer", "admin", "councillor elsewhere"])
def test_a_roster_row_with_someone_elses_email_changes_nothing_about_them(
    leader_client, leader, council, who
):
    target = other_accounts()[who]
    before = account_state(target)
    data = roster_csv([("Falsified Name", target.email, "backbench", "Nowhere", 2020),
                       ("Real Councillor", "real@own.example.org", "cabinet", "", "")])  # fmt: skip
    preview_url = upload(leader_client, council, data)

    page = visible_text(main_html(leader_client.get(preview_url).content.decode())).lower()
    assert REFUSED.lower() in page
    for revealing in ("another council", "farshire", "facilitator", "trainer", "admin"):
        assert revealing not in page, revealing

    response = leader_client.post(preview_url, {"action": "valid"})
    assert response.status_code == 302
    assert account_state(target) == before
    assert not target.has_role(Role.COUNCILLOR) or who == "councillor elsewhere"
    assert User.objects.get(email="real@own.example.org").councillor_profile.council == council


def test_importing_all_rows_is_refused_while_a_row_names_someone_elses_account(
    leader_client, council
):
    target = TrainerFactory()
    before = account_state(target)
    preview_url = upload(
        leader_client, council, roster_csv([("Taken Over", target.email, "leader", "", "")])
    )
    response = leader_client.post(preview_url, {"action": "all"})
    assert response.status_code == 400
    assert account_state(target) == before


def test_the_preview_says_the_same_words_for_every_kind_of_other_account(leader_client, council):
    targets = other_accounts()
    data = roster_csv(
        [(f"Name {n}", person.email, "backbench", "", "") for n, person in
         enumerate(targets.values())]
    )  # fmt: skip
    page = leader_client.get(upload(leader_client, council, data))
    rows = page.context["preview"].invalid_rows
    assert len(rows) == len(targets)
    assert len({row.errors for row in rows}) == 1  # nothing tells one kind from another
    assert "another council" not in page.content.decode()


def test_platform_admins_see_who_listed_someone_elses_account_in_the_access_log(
    leader_client, leader, council
):
    target = FacilitatorFactory()
    upload(leader_client, council, roster_csv([("Fake", target.email, "backbench", "", "")]))
    entry = AccessLogEntry.objects.get(action=AccessAction.ROSTER_LISTED_OTHER_ACCOUNT)
    assert (entry.actor, entry.subject, entry.council) == (leader, target, council)
    assert "Lena Leader" in entry.actor_name

    admin = AdminFactory()
    leader_client.logout()
    sign_in(leader_client, admin.email)
    listing = leader_client.get("/admin/access_log/")
    html = listing.content.decode()
    assert listing.status_code == 200
    assert "listing an account it cannot change" in html


def test_the_roster_still_updates_its_own_councillors(leader_client, council):
    own = CouncillorFactory(council=council, first_name="Old", last_name="Name")
    preview_url = upload(
        leader_client, council, roster_csv([("New Name", own.email, "chair", "Ward", 2021)])
    )
    assert REFUSED not in leader_client.get(preview_url).content.decode()
    leader_client.post(preview_url, {"action": "all"})
    own.refresh_from_db()
    assert (own.first_name, own.last_name) == ("New", "Name")
    assert not AccessLogEntry.objects.filter(
        action=AccessAction.ROSTER_LISTED_OTHER_ACCOUNT
    ).exists()


def test_an_account_with_a_profile_here_and_a_staff_role_is_not_renamed(leader_client, council):
    # A facilitator who is also one of this council's councillors: the roster may not rename
    # them, or the access log would carry the name the leader chose.
    both = CouncillorFactory(council=council, first_name="Fred", last_name="Both",
                             roles=[Role.COUNCILLOR, Role.FACILITATOR])  # fmt: skip
    before = account_state(both)
    preview_url = upload(
        leader_client, council, roster_csv([("Someone Else", both.email, "leader", "", "")])
    )
    assert REFUSED in leader_client.get(preview_url).content.decode()
    leader_client.post(preview_url, {"action": "valid"})
    assert account_state(both) == before
