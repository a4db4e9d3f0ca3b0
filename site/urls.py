from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from champions import views
from champions.accounts import views as account_views
from champions.pages.serving import serve as serve_page


class AccountRedirect(RedirectView):
    """Wagtail's own sign-in and sign-out go through allauth, so there is one login with one set
    of rate limits (and, later, MFA)."""

    query_string = True
    permanent = False


# Not pages a person reads: the same in every language, never under /cy/.
urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("favicon.ico", views.favicon, name="favicon"),
    path("admin/login/", AccountRedirect.as_view(pattern_name="account_login")),
    path("_util/login/", AccountRedirect.as_view(pattern_name="account_login")),  # Wagtail's
    path("admin/logout/", AccountRedirect.as_view(pattern_name="account_logout")),
    # Wagtail's admin speaks each editor's own admin language (their Wagtail account setting).
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
]

# Every page a person reads: English at today's URLs, Welsh at the same path under /cy/.
urlpatterns += i18n_patterns(
    path("help/", views.help_page, name="help"),
    path("after-login/", views.after_login, name="after_login"),
    path("account/", account_views.account_home, name="account_home"),
    path("account/session/", account_views.session_status, name="session_status"),
    path("account/language/", account_views.account_language, name="account_language"),
    path("account/", include("privacy.urls")),
    path("accounts/", include("allauth.urls")),
    # Each app names its own paths (/learn/, /journey/, /cohorts/, /council/).
    path("", include("courses.urls")),
    path("", include("quizzes.urls")),
    path("", include("cohorts.urls")),
    path("", include("cohort_sessions.urls")),
    path("", include("councils.urls")),
    path("", include("recognition.urls")),
    path("", include("reminders.urls")),
    prefix_default_language=False,
)

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Wagtail's page tree serves everything else: its own view, told the site from the cache.
urlpatterns += i18n_patterns(
    re_path(r"^((?:[\w\-]+/)*)$", serve_page, name="wagtail_serve"),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

handler400 = "champions.limits.bad_request"
handler403 = "champions.views.permission_denied"
handler404 = "champions.views.page_not_found"
handler500 = "champions.views.server_error"
