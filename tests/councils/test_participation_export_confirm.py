"""The council's participation list asks who is there before it downloads, like every other
export of personal data; the dashboard then offers the file, and only a real download is
written to the access log."""

import re
from urllib.parse import unquote

import pytest

from privacy.constants import AccessAction
from privacy.models import AccessLogEntry
from tests.factories import CouncilFactory, CouncillorFactory, LeaderFactory
from tests.helpers import confirm_identity, sign_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def council():
    council = CouncilFactory()
    CouncillorFactory(council=council, first_name="Pat", last_name="Participant")
    return council


def test_the_participation_list_asks_the_leader_to_confirm_who_they_are_first(client, council):
    leader = LeaderFactory(council=council)
    sign_in(client, leader.email)
    export = f"/council/{council.slug}/export.csv"

    asked = client.get(export)
    assert asked.status_code == 302 and asked.url.startswith("/accounts/reauthenticate/")
    assert not AccessLogEntry.objects.exists()  # nothing left the platform

    assert f"next=/council/{council.slug}/?download=" in unquote(asked.url)  # then back here
    confirm_identity(client)
    dashboard = client.get(f"/council/{council.slug}/?download={export}")
    assert f'href="{export}"' in dashboard.content.decode()
    assert "Download the participation list (CSV)" in dashboard.content.decode()

    response = client.get(export)
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    assert "Participant" in response.content.decode("utf-8-sig")
    entry = AccessLogEntry.objects.get()
    assert (entry.action, entry.actor, entry.council) == (
        AccessAction.EXPORTED_PARTICIPATION, leader, council,
    )  # fmt: skip


def test_the_dashboard_offers_only_this_councils_file(client, council):
    leader = LeaderFactory(council=council)
    sign_in(client, leader.email)
    page = client.get(f"/council/{council.slug}/?download=/council/another/export.csv")
    assert "Thank you for confirming" not in page.content.decode()
    page = client.get(f"/council/{council.slug}/?download=https://evil.example/x.csv")
    # The address is repeated only inside links back to this same page (the language switcher,
    # the language question's "next"); nothing points at the other site or downloads from it.
    targets = re.findall(r'(?:href|action|src|content|value)="([^"]*)"', page.content.decode())
    assert not [t for t in targets if "evil.example" in t.split("?")[0] or "url=" in t]
