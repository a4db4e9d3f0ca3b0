"""The site and its home page come from the cache when a page is served (champions.pages.serving)
and change at once when either is edited."""

import pytest
from wagtail.models import Site

from tests.factories import StandardPageFactory, site_home

pytestmark = pytest.mark.django_db


@pytest.fixture
def home(db):
    return site_home()


def test_a_published_change_to_the_home_page_shows_at_once(client, home):
    assert client.get("/").status_code == 200  # the site and home page are now cached
    home.lead = "A new first sentence, published just now."
    home.save_revision().publish()
    assert "A new first sentence, published just now." in client.get("/").content.decode()


def test_a_change_to_the_site_shows_at_once(client, home):
    statement = StandardPageFactory(parent=home, title="Accessibility statement")
    assert client.get("/").status_code == 200
    site = Site.objects.get(is_default_site=True)
    site.root_page = statement
    site.save()
    assert "<h1" in (html := client.get("/").content.decode())
    assert "Accessibility statement" in html.split("<h1")[1].split("</h1>")[0]


def test_pages_are_served_without_reading_the_site_again(client, home, django_assert_num_queries):
    notice = StandardPageFactory(parent=home, title="Privacy notice")
    client.get(notice.url)
    # Only the active language's locale (Wagtail i18n), the pages on the path (two queries) and
    # the page's own content: no site, no home.
    with django_assert_num_queries(3):
        assert client.get(notice.url).status_code == 200


def test_a_host_that_is_not_a_site_still_gets_the_default_site(client, home):
    assert client.get("/", HTTP_HOST="localhost").status_code == 200
    assert client.get("/", HTTP_HOST="127.0.0.1").status_code == 200
