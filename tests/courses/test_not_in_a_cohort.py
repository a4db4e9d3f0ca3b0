"""Someone signed in but not in a cohort yet is told what happens next and who to contact: their
council's programme contact, or the programme team when the council has not set one."""

import pytest

from champions.pages.models import ServiceContacts
from councils.services import council_contact_update
from tests.factories import CouncilFactory, CouncillorFactory

pytestmark = pytest.mark.django_db


def test_the_learner_not_in_a_cohort_sees_their_councils_contact(client):
    council = CouncilFactory(name="Waitford Council")
    council_contact_update(
        council=council, contact_name="Jo Bloggs", contact_email="jo@waitford.example.org",
        contact_phone="01632 960002",
    )  # fmt: skip
    client.force_login(CouncillorFactory(council=council))
    html = client.get("/learn/").content.decode()
    assert "You are not in a cohort yet" in html
    assert "We email you when you have been added" in html
    assert "your council's programme contact" in html
    assert "Jo Bloggs, Waitford Council" in html
    assert 'href="mailto:jo@waitford.example.org"' in html
    assert "01632 960002" in html


def test_without_a_council_contact_the_programme_team_is_named(client):
    team = ServiceContacts.load()  # set whole: the demo, when seeded, has its own
    team.programme_team_name = "The Digital Champions programme team"
    team.programme_team_email = "team@champions.example.org"
    team.programme_team_phone = "0300 000 0000"
    team.save()
    client.force_login(CouncillorFactory(council=CouncilFactory()))
    html = client.get("/learn/").content.decode()
    assert "contact the programme team" in html
    assert "The Digital Champions programme team" in html
    assert "team@champions.example.org" in html and "0300 000 0000" in html
