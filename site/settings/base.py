"""Settings shared by every environment. Everything that differs between deployments comes
from environment variables, documented in the README's configuration table."""

from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF, UNSAFE_INLINE

from .env import env_bool, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parents[2]
SITE_DIR = BASE_DIR / "site"
VAR_DIR = BASE_DIR / "var"

DEBUG = env_bool("DEBUG", False)
SECRET_KEY = env_str("SECRET_KEY")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    # Ours, in the order data flows: site <- courses <- quizzes <- cohorts <- councils <- privacy.
    "champions",  # the clock command
    "champions.accounts",
    "champions.pages",
    "courses",
    "quizzes",
    "curriculum",  # loads content/ into the CMS
    "cohorts",
    "cohort_sessions",  # live sessions of a cohort: calendar, register
    "councils",
    "privacy",
    "recognition",  # commitments after a module (certificates and records to follow)
    "reminders",  # nudges through GOV.UK Notify, paused for pre-election periods
    "demo",
    # Wagtail
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail_localize",
    "wagtail_localize.locales",  # Wagtail's locales admin, with wagtail-localize's sync options
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    # Accounts
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "allauth.usersessions",
    "allauth.socialaccount",
    "allauth.socialaccount.providers.openid_connect",
    # Background tasks
    "django_tasks",
    "django_tasks_db",
    # Django
    "whitenoise.runserver_nostatic",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.forms",  # widget templates for our GOV.UK form renderer
    "csp",
]

MIDDLEWARE = [
    "champions.middleware.RequestLogMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "champions.security.ContentSecurityPolicyMiddleware",
    "champions.security.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # The language comes from the URL: no prefix is English (today's stable URLs), /cy/ is Welsh.
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "champions.limits.RequestSizeLimitMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "allauth.usersessions.middleware.UserSessionsMiddleware",
    "champions.security.SessionTimeoutMiddleware",
    "champions.security.AdminAreaMiddleware",
    "champions.security.StaffMfaMiddleware",
    "champions.security.SignedInNoStoreMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "champions.urls"
WSGI_APPLICATION = "champions.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [SITE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "champions.accounts.context_processors.navigation",
                "champions.accounts.context_processors.session_timeout",
                "champions.accounts.context_processors.language_question",
            ],
        },
    },
]
FORM_RENDERER = "champions.forms.GovukFormRenderer"

DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{VAR_DIR / 'db.sqlite3'}"),
        # Persistent connections: a PostgreSQL connect costs more than a cheap page.
        conn_max_age=env_int("CONN_MAX_AGE", 600),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers and one writer work at once; wait rather than fail on a busy lock.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    CACHES = {"default": {"BACKEND": "champions.cache.ReusingRedisCache", "LOCATION": REDIS_URL}}
    # Sessions read from the shared cache, written through to the database: no session query
    # on most requests. Only with a shared cache: a per-process cache would keep serving a
    # session another process had ended.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# django-allauth: email is the login; passwords or a code sent by email; no public sign-up.
ACCOUNT_ADAPTER = "champions.accounts.adapter.AccountAdapter"
# The same forms with our labels and hints (champions.accounts.forms).
ACCOUNT_FORMS = {
    "login": "champions.accounts.forms.LoginForm",
    "request_login_code": "champions.accounts.forms.RequestLoginCodeForm",
    "confirm_login_code": "champions.accounts.forms.ConfirmLoginCodeForm",
    "reauthenticate": "champions.accounts.forms.ReauthenticateForm",
    "reset_password": "champions.accounts.forms.ResetPasswordForm",
    "reset_password_from_key": "champions.accounts.forms.ResetPasswordKeyForm",
}
MFA_ADAPTER = "champions.accounts.adapter.MfaAdapter"
MFA_FORMS = {
    "authenticate": "champions.accounts.forms.MfaAuthenticateForm",
    "reauthenticate": "champions.accounts.forms.MfaReauthenticateForm",
}
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = "none"  # people are invited to a known address
ACCOUNT_LOGIN_BY_CODE_ENABLED = True
ACCOUNT_LOGIN_BY_CODE_TIMEOUT = 15 * 60
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_LOGIN_ON_PASSWORD_RESET = False
ACCOUNT_LOGOUT_REDIRECT_URL = "/"
ACCOUNT_EMAIL_SUBJECT_PREFIX = ""
ACCOUNT_SESSION_REMEMBER = False  # sessions end when the browser closes or times out
# allauth's rate limits are on by default; stated here so nobody switches them off unknowingly.
ACCOUNT_RATE_LIMITS = {
    "login_failed": "10/m/ip,5/5m/key",
    "login": "30/m/ip",
    "request_login_code": "20/m/ip,3/m/key",
    "reset_password": "20/m/ip,5/m/key",
    "reset_password_from_key": "20/m/ip",
}
# Where a request comes from, for the per-address limits above. 0: the app faces browsers
# directly and REMOTE_ADDR is the client. Behind a load balancer every REMOTE_ADDR is the
# balancer's, so one lock-out would lock out everyone: set TRUSTED_PROXY_COUNT to the number of
# proxies you run that append to X-Forwarded-For (1 behind one load balancer). Never more than
# you run: the header's earlier entries are whatever the browser sent.
ALLAUTH_TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)
ACCOUNT_REAUTHENTICATION_REQUIRED = True  # before changing email or password
ACCOUNT_REAUTHENTICATION_TIMEOUT = 5 * 60

# Two-step sign-in (required for every staff role: see champions.security).
MFA_SUPPORTED_TYPES = ["totp", "webauthn", "recovery_codes"]
MFA_TOTP_ISSUER = "Digital Champions"
MFA_WEBAUTHN_ALLOW_INSECURE_ORIGIN = env_bool("MFA_WEBAUTHN_ALLOW_INSECURE_ORIGIN", False)
MFA_PASSKEY_LOGIN_ENABLED = False

# Sessions: an absolute lifetime, and an idle timeout that is shorter for staff.
SESSION_COOKIE_AGE = env_int("SESSION_ABSOLUTE_LIFETIME", 12 * 60 * 60)
SESSION_ABSOLUTE_LIFETIME = SESSION_COOKIE_AGE
SESSION_IDLE_TIMEOUT_STAFF = env_int("SESSION_IDLE_TIMEOUT_STAFF", 30 * 60)
SESSION_IDLE_TIMEOUT_COUNCILLOR = env_int("SESSION_IDLE_TIMEOUT_COUNCILLOR", 8 * 60 * 60)
USERSESSIONS_TRACK_ACTIVITY = False  # would write to the database on every request

# Single sign-on (off unless configured): OpenID Connect, e.g. Microsoft Entra ID. People are
# matched to their invited account by verified email only; SSO never creates accounts.
SOCIALACCOUNT_ADAPTER = "champions.accounts.adapter.SocialAccountAdapter"
SOCIALACCOUNT_EMAIL_AUTHENTICATION = True
SOCIALACCOUNT_EMAIL_AUTHENTICATION_AUTO_CONNECT = True
SOCIALACCOUNT_EMAIL_REQUIRED = True
SOCIALACCOUNT_LOGIN_ON_GET = False
SOCIALACCOUNT_PROVIDERS = {}
if env_str("SSO_OIDC_SERVER_URL"):
    SOCIALACCOUNT_PROVIDERS["openid_connect"] = {
        "OAUTH_PKCE_ENABLED": True,
        "APPS": [
            {
                "provider_id": env_str("SSO_OIDC_PROVIDER_ID", "council-sso"),
                "name": env_str("SSO_OIDC_NAME", "your council account"),
                "client_id": env_str("SSO_OIDC_CLIENT_ID"),
                "secret": env_str("SSO_OIDC_CLIENT_SECRET"),
                "settings": {"server_url": env_str("SSO_OIDC_SERVER_URL")},
            }
        ],
    }

LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "after_login"

# Email: printed to the console unless configured.
# GOV.UK Notify when a key is set (docs/operators.md); otherwise EMAIL_BACKEND (SMTP in
# production, the console in development).
NOTIFY_API_KEY = env_str("NOTIFY_API_KEY")
NOTIFY_TEMPLATE_ID = env_str("NOTIFY_TEMPLATE_ID")
NOTIFY_BASE_URL = env_str("NOTIFY_BASE_URL", "https://api.notifications.service.gov.uk")
NOTIFY_CALLBACK_TOKEN = env_str("NOTIFY_CALLBACK_TOKEN")
EMAIL_BACKEND = (
    "reminders.notify_backend.NotifyEmailBackend"
    if NOTIFY_API_KEY
    else env_str("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
)
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env_str(
    "DEFAULT_FROM_EMAIL", "Digital Champions for Councillors <no-reply@example.org>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL
EMAIL_FILE_PATH = env_str("EMAIL_FILE_PATH", str(VAR_DIR / "mail"))

# Background work: the database queue (a `db_worker` process) in production.
TASKS = {
    "default": {
        "BACKEND": env_str("TASKS_BACKEND", "django_tasks_db.DatabaseBackend"),
    }
}

# A task running longer than this is taken to have lost its worker and is queued again
# (champions.task_recovery); the clock looks this often.
TASK_LOST_AFTER_SECONDS = env_int("TASK_LOST_AFTER_SECONDS", 15 * 60)
TASK_RECOVERY_EVERY_SECONDS = env_int("TASK_RECOVERY_EVERY_SECONDS", 60)

LANGUAGE_CODE = "en-gb"
# English and Welsh (Welsh Language Standards: docs/welsh.md). Each app keeps its own catalogue
# in <app>/locale/cy/; `make setup` compiles them (the .mo files are built, never committed).
LANGUAGES = [("en-gb", "English"), ("cy", "Cymraeg")]
TIME_ZONE = "Europe/London"
USE_I18N = True
# Content in both languages (wagtail-localize translates pages and snippets; docs/welsh.md).
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
# Uploaded files: on several hosts, a folder every host mounts (docs/deployment.md).
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(VAR_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Wagtail
WAGTAIL_SITE_NAME = "Digital Champions for Councillors"
# Where people reach the service: links in emails are built from it (champions.links). Set it in
# production; by default it is the port `make run` serves on, so development emails work.
SITE_URL = (
    env_str("SITE_URL")
    or env_str("WAGTAILADMIN_BASE_URL")
    or f"http://127.0.0.1:{env_int('PORT', 8000)}"
)
WAGTAILADMIN_BASE_URL = SITE_URL

# Certificates' Open Badges 3.0 credentials are signed with an Ed25519 key kept in this file
# (`manage.py credential_keys generate`), outside the repository and readable by the app only.
# Without it nothing is issued. Development and test settings make a throwaway one in var/.
CREDENTIAL_KEY_PATH = env_str("CREDENTIAL_KEY_PATH", "")
CREDENTIAL_KEY_AUTOGENERATE = False
WAGTAIL_FRONTEND_LOGIN_URL = "/accounts/login/"
WAGTAILADMIN_LOGIN_URL = "account_login"  # one sign-in for everyone: allauth's
WAGTAIL_PASSWORD_RESET_ENABLED = False  # allauth handles password resets
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
# No Gravatar: the admin would load avatars from a third party (blocked by our CSP, and it tells
# that party who uses the admin). Wagtail shows its own default avatar instead.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "csv", "txt"]

# Structured request logs (one JSON line a request) and app logs to stdout.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "champions.log_format.JsonFormatter"}},
    "handlers": {"stdout": {"class": "logging.StreamHandler", "formatter": "json"}},
    "root": {"handlers": ["stdout"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.request": {"level": "ERROR"},  # our middleware logs every request once
        "django.server": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
    },
}

# Content Security Policy (django-csp 4). Strict everywhere people learn: only our own scripts,
# styles, images and fonts; no inline code; no plugins; nothing may frame the site.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "object-src": [NONE],
        "base-uri": [NONE],
        "frame-ancestors": [NONE],
    }
}
# The Wagtail admin (trainers and admins only, behind two-step sign-in) needs inline scripts and
# styles for its editor and previews, so it gets this relaxed policy instead.
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, UNSAFE_INLINE],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:"],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        "frame-src": [SELF],
        "form-action": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "frame-ancestors": [SELF],  # the editor's live preview frames the page
    }
}

SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
# Any request bigger than this (files included) gets a plain 400 page: champions.limits.
MAX_REQUEST_BYTES = env_int("MAX_REQUEST_BYTES", 25 * 1024 * 1024)

# Privacy: the retention schedule that `manage.py apply_retention` applies (README, "Security
# and privacy"). Learners' records go this many days after their last cohort ends.
RETENTION_DAYS_AFTER_COHORT_END = env_int("RETENTION_DAYS_AFTER_COHORT_END", 730)
ACCESS_LOG_RETENTION_DAYS = env_int("ACCESS_LOG_RETENTION_DAYS", 730)
