"""A councillor's language for messages, set by their council's leader on the roster page: one
person at a time, while the councillor has not chosen for themselves. Only the council's leader
(or a platform admin) may, only for their own council's current councillors; bad input is a 400
that saves nothing; each change is in the access log."""

from html import unescape

import pytest
from django.test import Client
from django.utils import timezone

from champions.accounts.models import User
from councils.models import Invitation
from councils.tasks import invitation_email
from privacy.constants import AccessAction
from privacy.models import AccessLogEntry
from tests.councils.helpers import add_councillors, make_council, make_facilitator, make_leader
from tests.factories import AdminFactory, CouncillorFactory
from tests.helpers import h1_count, visible_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def council():
    return make_council("llanfair")


@pytest.fixture
def member(council):
    return add_councillors(council, 1)[0]


@pytest.fixture
def leader_client(client, council):
    client.force_login(make_leader(council))
    return client


def page(council, person, prefix=""):
    return f"{prefix}/council/{council.slug}/roster/{person.pk}/language/"


def text(response) -> str:
    return unescape(visible_text(response.content.decode()))


def language_of(person) -> str:
    return User.objects.get(pk=person.pk).language


def test_the_leader_sets_a_councillor_to_welsh_and_the_next_invitation_is_in_welsh_only(
    leader_client, council, member, outbox, django_capture_on_commit_callbacks
):
    roster = text(leader_client.get(f"/council/{council.slug}/roster/"))
    assert "Language for messages" in roster and "Not known (both, Welsh first)" in roster

    form = leader_client.get(page(council, member))
    html = form.content.decode()
    assert form.status_code == 200 and h1_count(html) == 1
    assert f"Language for {member.get_full_name()}'s messages" in text(form)
    assert '<label class="govuk-label govuk-label--s" for="id_language">' in html

    saved = leader_client.post(page(council, member), {"language": "cy"}, follow=True)
    assert saved.redirect_chain == [(f"/council/{council.slug}/roster/", 302)]
    assert f"{member.get_full_name()}'s messages will now be in: Welsh." in text(saved)
    assert language_of(member) == "cy"

    with django_capture_on_commit_callbacks(execute=True):
        leader_client.post(
            f"/council/{council.slug}/roster/invite/",
            {"action": "selected", "councillors": [member.pk]},
        )
    assert len(outbox) == 1
    assert outbox[0].subject == "Gwahoddiad i Hyrwyddwyr Digidol i Gynghorwyr"
    assert "SUT I FEWNGOFNODI" in outbox[0].body and "HOW TO SIGN IN" not in outbox[0].body


def test_back_to_not_known_sends_both_languages_welsh_first(leader_client, council, member):
    member.language = "en-gb"
    member.save(update_fields=["language"])
    response = leader_client.post(page(council, member), {"language": "not-known"})
    assert response.status_code == 302 and language_of(member) == ""
    member.refresh_from_db()
    message = invitation_email(Invitation.objects.create(user=member, council=council))
    assert message.subject.startswith("Gwahoddiad i Hyrwyddwyr") and " / You are invited" in (
        message.subject
    )


def test_each_change_is_in_the_access_log_and_an_unchanged_save_adds_nothing(
    leader_client, council, member
):
    leader_client.post(page(council, member), {"language": "cy"})
    leader_client.post(page(council, member), {"language": "cy"})
    leader_client.post(page(council, member), {"language": "en-gb"})
    entries = list(AccessLogEntry.objects.filter(subject=member).order_by("at", "pk"))
    assert [e.action for e in entries] == [
        AccessAction.ROSTER_LANGUAGE_WELSH,
        AccessAction.ROSTER_LANGUAGE_ENGLISH,
    ]
    assert entries[0].council == council
    assert entries[0].actor_name.endswith(f"<leader@{council.slug}.example.org>") or (
        entries[0].actor_name == f"leader@{council.slug}.example.org"
    )


@pytest.mark.parametrize("value", ["fr", "", "CY", "welsh"])
def test_an_invalid_value_is_a_400_with_a_clear_error_and_nothing_is_saved(
    leader_client, council, member, value
):
    response = leader_client.post(page(council, member), {"language": value})
    assert response.status_code == 400
    shown = text(response)
    assert "There is a problem" in shown
    assert (
        "Choose English, Welsh or not known for this councillor's messages" in shown
        or "Choose the language for this councillor's messages" in shown
    )
    assert language_of(member) == ""
    assert not AccessLogEntry.objects.filter(subject=member).exists()


def test_no_value_at_all_is_a_400(leader_client, council, member):
    response = leader_client.post(page(council, member), {})
    assert response.status_code == 400
    assert "Choose the language for this councillor's messages" in text(response)
    assert language_of(member) == ""


def test_another_councils_councillor_is_not_found_and_unchanged(leader_client, council):
    other = make_council("eastbrook")
    stranger = add_councillors(other, 1)[0]
    # Through this council's address or the other's, the leader cannot reach them.
    assert leader_client.post(page(council, stranger), {"language": "cy"}).status_code == 404
    assert leader_client.get(page(council, stranger)).status_code == 404
    assert leader_client.post(page(other, stranger), {"language": "cy"}).status_code == 403
    assert language_of(stranger) == ""


def test_a_councillor_who_has_left_the_roster_is_not_found(leader_client, council, member):
    member.councillor_profile.left_at = timezone.now()
    member.councillor_profile.save(update_fields=["left_at"])
    assert leader_client.post(page(council, member), {"language": "cy"}).status_code == 404
    assert language_of(member) == ""


def test_nobody_but_the_leader_or_an_admin_may_change_it(client, council, member):
    for person in (
        make_facilitator("facilitator@example.org"),
        CouncillorFactory(email="someone@llanfair.example.org", council=council),
        make_leader(make_council("eastbrook"), email="leader@eastbrook.example.org"),
        member,
    ):
        client.force_login(person)
        assert client.post(page(council, member), {"language": "cy"}).status_code == 403
        assert client.get(page(council, member)).status_code == 403
    assert language_of(member) == ""
    client.logout()
    anonymous = client.post(page(council, member), {"language": "cy"})
    assert anonymous.status_code == 302 and "/accounts/login/" in anonymous.url

    client.force_login(AdminFactory(email="admin@example.org"))
    assert client.post(page(council, member), {"language": "en-gb"}).status_code == 302
    assert language_of(member) == "en-gb"


def test_the_councillors_own_choice_stands(leader_client, council, member):
    # The councillor chooses English on their account page...
    own = Client()
    own.force_login(member)
    assert own.post("/account/language/", {"language": "en-gb"}).status_code == 302
    chosen = User.objects.get(pk=member.pk)
    assert chosen.language == "en-gb" and chosen.language_chosen_at is not None

    # ...the roster says so and offers no change; the page shows their choice, no form...
    roster = text(leader_client.get(f"/council/{council.slug}/roster/"))
    assert "English (their own choice)" in roster
    shown = leader_client.get(page(council, member)).content.decode()
    assert "chose English for their messages themselves" in unescape(visible_text(shown))
    assert "<select" not in shown

    # ...and a leader's post (from a page opened before they chose) changes nothing.
    refused = leader_client.post(page(council, member), {"language": "cy"})
    assert refused.status_code == 409
    assert "only they can change it, on their account page" in text(refused)
    assert language_of(member) == "en-gb"
    assert not AccessLogEntry.objects.filter(subject=member).exists()


def test_the_page_and_its_errors_are_in_welsh(leader_client, council, member):
    shown = leader_client.get(page(council, member, "/cy"))
    welsh = text(shown)
    assert h1_count(shown.content.decode()) == 1
    assert f"Iaith negeseuon {member.get_full_name()}" in welsh
    assert "Ddim yn hysbys (y ddwy, Cymraeg yn gyntaf)" in welsh and "Saesneg" in welsh
    refused = leader_client.post(page(council, member, "/cy"), {"language": "fr"})
    assert refused.status_code == 400
    assert "Gwall:" in text(refused)
    saved = leader_client.post(page(council, member, "/cy"), {"language": "cy"}, follow=True)
    assert saved.redirect_chain[0][0] == f"/cy/council/{council.slug}/roster/"
    assert "Cymraeg" in text(saved)
