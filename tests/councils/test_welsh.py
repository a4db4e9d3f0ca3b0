"""The council leader's pages in Welsh, under /cy/: headings, table headings, dates, form errors
and messages in Welsh, while the English pages keep their words and URLs."""

import pytest
from django.utils import timezone, translation
from django.utils.formats import date_format

from councils.models import Invitation
from councils.tasks import invitation_email
from tests.councils.helpers import add_councillors, make_council, make_leader
from tests.helpers import h1_count, visible_text

pytestmark = pytest.mark.django_db


@pytest.fixture
def council():
    return make_council("caerwen")


@pytest.fixture
def leader_client(client, council):
    client.force_login(make_leader(council))
    return client


def test_the_uptake_dashboard_and_committee_report_are_in_welsh(leader_client, council):
    add_councillors(council, 3)
    page = leader_client.get(f"/cy/council/{council.slug}/")
    assert page.status_code == 200
    html = page.content.decode()
    text = visible_text(html)
    assert h1_count(html) == 1
    assert "Nifer sy’n cymryd rhan yn y cyngor" in text  # "Council uptake"
    assert "Prif ffigurau" in text and "Rhestr gyfranogiad" in text
    assert "3 cynghorydd ar y rhestr aelodau ar" in text  # Welsh plural, form for 3
    with translation.override("cy"):
        today = date_format(timezone.localdate(), "j F Y")
    assert today in text  # the month named in Welsh
    assert "Headline figures" not in text and "Participation list" not in text

    report = visible_text(leader_client.get(f"/cy/council/{council.slug}/report/").content.decode())
    assert "Hyrwyddwyr Digidol i Gynghorwyr: adroddiad nifer sy’n cymryd rhan" in report

    english = visible_text(leader_client.get(f"/council/{council.slug}/").content.decode())
    assert "Council uptake" in english and "Headline figures" in english


def test_the_roster_and_its_errors_are_in_welsh(leader_client, council):
    add_councillors(council, 2)
    roster = leader_client.get(f"/cy/council/{council.slug}/roster/")
    assert roster.status_code == 200
    text = visible_text(roster.content.decode())
    assert "Rhestr aelodau a gwahoddiadau" in text  # "Roster and invitations"
    assert "Gwahodd pawb sydd heb gael gwahoddiad eto (2)" in text
    assert "Heb gael gwahoddiad" in text and "Ddim eto" in text  # "Not invited", "Not yet"

    invitations = Invitation.objects.count()
    refused = leader_client.post(
        f"/cy/council/{council.slug}/roster/invite/", {"action": "selected"}
    )
    assert refused.status_code == 400
    text = visible_text(refused.content.decode())
    assert "Dewiswch o leiaf un cynghorydd i’w wahodd" in text
    assert "Gwall:" in text and "Gwahodd cynghorwyr" in text
    assert Invitation.objects.count() == invitations

    contact = leader_client.post(
        f"/cy/council/{council.slug}/contact/", {"contact_email": "not an address"}
    )
    assert contact.status_code == 400
    assert "Rhowch gyfeiriad e-bost yn y fformat cywir" in visible_text(contact.content.decode())


def test_the_invitation_email_reads_in_welsh_when_welsh_is_active(council):
    person = add_councillors(council, 1)[0]
    # The person's own language decides (champions.languages): with none, Welsh then English.
    person.language = "cy"
    person.save(update_fields=["language"])
    invitation = Invitation.objects.create(user=person, council=council)
    with translation.override("cy"):
        message = invitation_email(invitation)
    assert message.subject == "Gwahoddiad i Hyrwyddwyr Digidol i Gynghorwyr"
    assert message.body.startswith(f"Annwyl {person.first_name},")
    assert "SUT I FEWNGOFNODI" in message.body and "HOW TO SIGN IN" not in message.body
    assert person.email in message.body


def test_with_no_language_chosen_the_invitation_comes_in_welsh_then_english(council):
    person = add_councillors(council, 1)[0]
    assert person.language == ""
    message = invitation_email(Invitation.objects.create(user=person, council=council))
    assert message.subject == (
        "Gwahoddiad i Hyrwyddwyr Digidol i Gynghorwyr"
        " / You are invited to Digital Champions for Councillors"
    )
    welsh, divider, english = message.body.partition("-" * 40)
    assert divider and "SUT I FEWNGOFNODI" in welsh and "HOW TO SIGN IN" in english
