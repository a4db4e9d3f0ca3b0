"""The first screens a person meets and the small things on every page: the admin area for
people without access, the help page, the header (help, search, My notes, the phone menu),
the favicon, Gravatar switched off, and the contacts on the privacy notice and the
accessibility statement."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from champions.pages.models import PageContact, ServiceContacts
from tests.factories import CouncilFactory, StandardPageFactory, site_home
from tests.helpers import sign_in

pytestmark = pytest.mark.django_db

# User, roles (the session comes from the cache), the service contacts, the person's councils.
HELP_QUERIES_SIGNED_IN = 4
# The service contacts only.
HELP_QUERIES_SIGNED_OUT = 1
# User, roles, the admin permission check (Django's, as Wagtail asks it): nothing of the admin.
ADMIN_AREA_QUERIES = 4


def count(client, path: str, *, status: int = 200) -> int:
    client.get(path)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    assert response.status_code == status, (path, response.status_code)
    return len(captured)


@pytest.fixture
def contacts(db):
    settings = ServiceContacts.load()
    settings.programme_team_name = "The Digital Champions programme team"
    settings.programme_team_email = "team@example.org"
    settings.data_protection_email = "dpo@example.org"
    settings.accessibility_email = "access@example.org"
    settings.save()
    return settings


# --- the admin area -----------------------------------------------------------------------------


@pytest.mark.parametrize("role", ["councillor", "facilitator", "leader"])
def test_someone_without_admin_access_opening_the_admin_gets_a_plain_page_not_a_redirect_loop(
    client, cast, role
):
    sign_in(client, cast[role].email)
    for path in ("/admin/", "/admin/pages/"):
        response = client.get(path)
        assert response.status_code == 403, path
        page = response.content.decode()
        assert "This area is for trainers and administrators" in page
        assert 'href="/help/"' in page


def test_the_admin_area_page_query_count_is_pinned(client, cast):
    client.force_login(cast["councillor"])
    assert count(client, "/admin/", status=403) == ADMIN_AREA_QUERIES


def test_trainers_and_admins_still_open_the_admin(client, cast):
    for role in ("trainer", "admin"):
        client.logout()
        sign_in(client, cast[role].email)
        assert client.get("/admin/").status_code == 200, role


def test_a_signed_out_visitor_opening_the_admin_is_sent_to_sign_in_once(client):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response.url.startswith("/accounts/login/") or response.url.startswith("/admin/login/")


def test_the_admin_loads_no_avatar_from_gravatar(client, cast):
    sign_in(client, cast["admin"].email)
    page = client.get("/admin/").content.decode()
    assert "gravatar" not in page.lower()


def test_the_page_explorer_lists_lessons_in_lesson_order(client, cast, shared_world):
    module = shared_world.programme.modules[0]
    lessons = shared_world.programme.lessons[module.pk]
    # The first lesson edited last: a listing by last update would put it first.
    lessons[-1].save_revision().publish()
    lessons[0].save_revision().publish()
    sign_in(client, cast["admin"].email)
    page = client.get(f"/admin/pages/{module.pk}/").content.decode()
    positions = [page.index(f"/admin/pages/{lesson.pk}/edit/") for lesson in lessons]
    assert positions == sorted(positions)


# --- the help page ------------------------------------------------------------------------------


def test_the_help_page_shows_a_signed_out_visitor_the_programme_team_only(client, contacts):
    council = CouncilFactory(contact_name="Member Services", contact_email="ms@council.example")
    page = client.get("/help/").content.decode()
    assert "team@example.org" in page
    assert "Who sees my answers?" in page
    assert council.contact_email not in page
    assert page.count("<h1") == 1


def test_a_councillor_sees_their_own_councils_contact_and_no_other(client, contacts, shared_world):
    mine, other = shared_world.councils
    mine.contact_name, mine.contact_email = "Member Services", "ms@mine.example"
    mine.save()
    other.contact_name, other.contact_email = "Someone else", "else@other.example"
    other.save()
    sign_in(client, shared_world.councillors[0].email)
    page = client.get("/help/").content.decode()
    assert "ms@mine.example" in page
    assert "else@other.example" not in page
    assert "team@example.org" in page


def test_a_council_without_a_contact_says_to_ask_the_programme_team(client, contacts, cast):
    sign_in(client, cast["councillor"].email)
    assert "has not named a programme contact yet" in client.get("/help/").content.decode()


def test_the_help_page_query_count_is_pinned(client, contacts, cast):
    assert count(client, "/help/") == HELP_QUERIES_SIGNED_OUT
    client.force_login(cast["councillor"])
    assert count(client, "/help/") == HELP_QUERIES_SIGNED_IN


@pytest.mark.parametrize("path", ["/", "/help/", "/accounts/login/"])
def test_every_page_links_to_help_in_the_header_and_the_footer(client, path):
    page = client.get(path).content.decode()
    assert page.count('href="/help/"') >= 2


# --- the header ---------------------------------------------------------------------------------


def test_a_councillor_can_search_and_reach_my_notes_from_the_header(client, cast):
    sign_in(client, cast["councillor"].email)
    page = client.get("/learn/").content.decode()
    header = page[: page.index("<main")]
    assert 'role="search"' in header
    assert 'action="/learn/search/"' in header
    assert 'href="/learn/notes/">' in header.replace("\n", "") or "/learn/notes/" in header


def test_staff_and_visitors_get_no_learner_search_in_the_header(client, cast):
    header = client.get("/").content.decode().split("<main")[0]
    assert 'role="search"' not in header
    sign_in(client, cast["facilitator"].email)
    header = client.get("/cohorts/").content.decode().split("<main")[0]
    assert 'role="search"' not in header
    assert "/learn/notes/" not in header


def test_the_phone_menu_button_is_hidden_until_javascript_shows_it(client):
    page = client.get("/").content.decode()
    button = re.search(r"<button[^>]*govuk-service-navigation__toggle[^>]*>", page).group(0)
    assert "hidden" in button  # without JavaScript every link shows; the script folds them
    assert 'aria-controls="navigation"' in button


# --- favicon ------------------------------------------------------------------------------------


def test_every_page_names_an_icon_and_favicon_ico_leads_to_it(client):
    page = client.get("/").content.decode()
    assert re.search(r'<link rel="icon" href="/static/images/favicon[^"]*\.svg"', page)
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert re.match(r"/static/images/favicon.*\.svg", response.url)


# --- contacts on the statements -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("contact", "address"),
    [
        (PageContact.DATA_PROTECTION, "dpo@example.org"),
        (PageContact.ACCESSIBILITY, "access@example.org"),
    ],
)
def test_the_privacy_notice_and_accessibility_statement_show_the_contact_from_settings(
    client, contacts, contact, address
):
    page = StandardPageFactory(parent=site_home(), slug=f"statement-{contact}", contact=contact)
    html = client.get(page.url).content.decode()
    assert f'href="mailto:{address}"' in html
    contacts.data_protection_email = contacts.accessibility_email = "new@example.org"
    contacts.save()
    assert 'href="mailto:new@example.org"' in client.get(page.url).content.decode()


def test_a_plain_page_without_a_contact_shows_none(client, contacts):
    page = StandardPageFactory(parent=site_home(), slug="about-us")
    html = client.get(page.url).content.decode()
    assert "Contact us" not in html
