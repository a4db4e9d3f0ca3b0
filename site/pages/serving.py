"""Serving a page with fewer queries than Wagtail's defaults, under the same rules: the site
and its root page from the cache, routing by each page's stored URL path, and view
restrictions looked up only when any exist."""

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import Http404
from django.utils import translation
from wagtail import views as wagtail_views
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page, PageViewRestriction, Site

from champions.cache import bump, versioned_key

ANY_VIEW_RESTRICTION_KEY = "pages:any-view-restriction"


def route_by_url_path(parent: Page, request, path_components: list[str]):
    """Finds the page at ``path_components`` below ``parent`` in two queries (every page on the
    path, then the last one's own fields) rather than Wagtail's two per level. As in Wagtail,
    each step must exist and the page itself must be live. When a step is not a page, Wagtail's
    own walk decides (a 404, or a page type that routes below itself)."""
    paths = [
        parent.url_path + "/".join(path_components[: n + 1]) + "/"
        for n in range(len(path_components))
    ]
    found = {
        page.url_path: page
        for page in Page.objects.filter(path__startswith=parent.path, url_path__in=paths)
    }
    if len(found) != len(paths):
        return Page.route(parent, request, path_components)
    page = parent
    for url_path in paths:
        found[url_path]._cached_parent_obj = page  # as Wagtail's route does: get_parent() is free
        page = found[url_path]
    return page.specific.route(request, [])


def any_view_restrictions() -> bool:
    """Whether any page has a view restriction (a password, sign-in or group rule). Cached until
    one is saved or deleted; see view_restriction_saved and view_restriction_deleted."""
    found = cache.get(ANY_VIEW_RESTRICTION_KEY)
    if found is None:
        found = PageViewRestriction.objects.exists()
        # add, not set: a restriction saved while this request looked must not be overwritten
        # by its stale "none".
        cache.add(ANY_VIEW_RESTRICTION_KEY, found, None)
    return found


def _restrictions_exist() -> None:
    cache.set(ANY_VIEW_RESTRICTION_KEY, True, None)


def _restrictions_unknown() -> None:
    cache.delete(ANY_VIEW_RESTRICTION_KEY)


def view_restriction_saved(**kwargs) -> None:
    """Signal receiver (see apps.py): at least one restriction exists. Said at once, and again
    on commit, after which a request that looked before the commit can no longer say "none"."""
    _restrictions_exist()
    transaction.on_commit(_restrictions_exist)


def view_restriction_deleted(**kwargs) -> None:
    """Signal receiver (see apps.py): perhaps none is left; the next request asks."""
    _restrictions_unknown()
    transaction.on_commit(_restrictions_unknown)


class ViewRestrictionsFromCacheMixin:
    """Wagtail asks, for every page it serves, which view restrictions apply to the page or its
    ancestors (two queries). When no page has any restriction, the answer is none."""

    def get_view_restrictions(self):
        if not any_view_restrictions():
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()


SITES = "pages:site"  # the namespace of the cached sites (see champions.cache)
SITE_CACHE_SECONDS = 24 * 60 * 60


def site_changed(*, sender, instance, **kwargs) -> None:
    """Signal receiver (see apps.py): a site, or a page at the top of the tree (a site's root
    page), was saved or deleted: every cached site is out of date."""
    top_page = isinstance(instance, Page) and (instance.depth or 0) <= 2
    if sender is not Site and not top_page:
        return
    bump(SITES)


def site_for_request(request) -> Site | None:
    """Wagtail's site for this request, with its root page as its own type, from the cache: the
    same for every visitor, so two queries fewer on every page served from the tree."""
    key = versioned_key(SITES, request.get_host(), request.get_port())
    site = cache.get(key)
    if site is None:
        site = Site._find_for_request(request)
        if site is not None:
            site.root_page = site.root_page.specific
        cache.set(key, site or False, SITE_CACHE_SECONDS)
    return site or None


def serve(request, path):
    """Wagtail's page view, told the site from the cache first (Wagtail keeps the site it finds
    on the request, as ``_wagtail_site``, and looks no further). A Welsh address whose English
    page has no Welsh yet says so, in both languages, and links to the English."""
    request._wagtail_site = site_for_request(request)
    try:
        return wagtail_views.serve(request, path)
    except Http404:
        found = english_page_without_translation(request, path)
        if found is None:
            raise
    # No Welsh yet: the English page, in the Welsh interface, under a notice in both languages
    # that links to the English address (base.html). Routed again as Wagtail would, so view
    # restrictions and serve hooks apply as to any page.
    english, request.translation_missing = found
    request._wagtail_route_for_request = (english.specific, [], {})
    return wagtail_views.serve(request, path)


def english_page_without_translation(request, path: str) -> tuple[Page, str] | None:
    """The live English page at ``path`` and its address, when this request is for another
    language."""
    site = request._wagtail_site
    if site is None or translation.get_language() == settings.LANGUAGE_CODE:
        return None
    with translation.override(settings.LANGUAGE_CODE):
        try:
            page, _, _ = site.root_page.localized.specific.route(
                request, [part for part in path.split("/") if part]
            )
        except Http404:
            return None
        return page, page.get_url(request)  # the English address: no language prefix


def english_original(page):
    """The English page a translation was made from (the page itself when it is English).
    Learners' records (attempts, progress) belong to the English page, whichever language it
    was read in, so figures and next steps are the same in both."""
    # One query: the default locale by its language code, not read first on its own.
    english = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    found = (
        type(page)
        .objects.filter(translation_key=page.translation_key, locale__language_code=english)
        .first()
    )
    return page if found is None or found.pk == page.pk else found  # the same object if English


def records_page(page):
    """``english_original`` without a query on an English request (English addresses only
    reach English pages)."""
    if translation.get_language() == settings.LANGUAGE_CODE:
        return page
    return english_original(page)


def url_in_active_language(page, request=None) -> str:
    """A page's address in the language being read. With Wagtail's i18n an English page's
    own URL is always the English one: this gives its translation's instead, or, when it has
    none, the same path under the language's prefix (which says the page is not translated)."""
    url = page.get_url(request)
    language = translation.get_language() or settings.LANGUAGE_CODE
    if language == settings.LANGUAGE_CODE or page.locale.language_code == language:
        return url
    translated = page.get_translation_or_none(Locale.get_active())
    if translated is not None and translated.live:
        return translated.get_url(request)
    return untranslated_url(url, language)


def untranslated_url(url: str, language: str) -> str:
    """The address under ``language``'s prefix of a page that has no translation into it: the
    page there says so plainly and offers the English."""
    return f"/{language}{url}" if url.startswith("/") else url
