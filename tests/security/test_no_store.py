"""Pages for someone signed in hold personal data, so no browser or proxy keeps a copy:
Cache-Control: no-store on every response to a signed-in person."""

import pytest

from tests.factories import CouncilFactory, CouncillorFactory, LeaderFactory, site_home
from tests.helpers import sign_in

pytestmark = pytest.mark.django_db


def cache_control(response) -> set[str]:
    return {part.strip() for part in response.get("Cache-Control", "").split(",") if part}


@pytest.mark.parametrize("path", ["/learn/", "/journey/", "/account/", "/account/data/"])
def test_a_councillors_pages_are_not_stored(client, path):
    councillor = CouncillorFactory(password="correct-horse-battery-staple")
    sign_in(client, councillor.email)
    response = client.get(path)
    assert response.status_code in (200, 302)
    assert "no-store" in cache_control(response), path
    assert "public" not in cache_control(response)


def test_a_leaders_council_pages_are_not_stored(client):
    council = CouncilFactory()
    leader = LeaderFactory(council=council)
    sign_in(client, leader.email)
    for path in (f"/council/{council.slug}/", f"/council/{council.slug}/roster/"):
        response = client.get(path)
        assert response.status_code == 200, path
        assert "no-store" in cache_control(response), path


def test_a_page_already_marked_no_store_keeps_its_header(client):
    councillor = CouncillorFactory(password="correct-horse-battery-staple")
    sign_in(client, councillor.email)
    assert client.get("/account/session/")["Cache-Control"] == "no-store"


def test_pages_for_visitors_not_signed_in_are_left_alone(client):
    site_home()
    response = client.get("/")
    assert response.status_code == 200
    assert "no-store" not in cache_control(response)
