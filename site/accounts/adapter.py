from types import SimpleNamespace
from urllib.parse import quote, urlsplit

from allauth.account.adapter import DefaultAccountAdapter
from allauth.mfa.adapter import DefaultMFAAdapter
from allauth.socialaccount.adapter import DefaultSocialAccountAdapter
from django.conf import settings
from django.urls import reverse

from champions.links import absolute_url


def service_site() -> SimpleNamespace:
    """What allauth's emails call "the site": the service's name, and the address people use
    (SITE_URL), not whatever host the request that sent the email came in on."""
    return SimpleNamespace(
        name=settings.WAGTAIL_SITE_NAME, domain=urlsplit(settings.SITE_URL).netloc
    )


# What people see when something goes wrong signing in, in the service's words.
WRONG_CODE = (
    "That code is not right. Check the email and enter the code again, or ask for a new one."
)


class AccountAdapter(DefaultAccountAdapter):
    error_messages = DefaultAccountAdapter.error_messages | {
        "email_password_mismatch": "The email address or password is not right. Check both and "
        "try again, or sign in with a code sent by email instead.",
        "incorrect_code": WRONG_CODE,
        "incorrect_password": "That password is not right. Check it and try again.",
        "invalid_or_expired_key": "This link has expired or has already been used. "
        "Ask for a new one.",
        "too_many_login_attempts": "Too many attempts to sign in. Wait 5 minutes, then try "
        "again, or sign in with a code sent by email.",
        "rate_limited": "You have asked too many times in a short while. Wait a few minutes, "
        "then try again.",
    }

    def is_open_for_signup(self, request):
        # People are invited by their council or by an admin; there is no public sign-up.
        return False

    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        context = {
            "current_site": service_site(),
            "service_name": settings.WAGTAIL_SITE_NAME,
            "sign_in_url": absolute_url(reverse("account_login")),
            "help_url": absolute_url(reverse("help")),
            "code_minutes": settings.ACCOUNT_LOGIN_BY_CODE_TIMEOUT // 60,
        } | context
        super().send_mail(template_prefix, email, context)

    def get_reset_password_from_key_url(self, key: str) -> str:
        # The same path allauth builds, on SITE_URL, so the link works from any inbox.
        path = reverse("account_reset_password_from_key", kwargs={"uidb36": "UID", "key": "KEY"})
        return absolute_url(path.replace("UID-KEY", quote(key)))


class MfaAdapter(DefaultMFAAdapter):
    error_messages = DefaultMFAAdapter.error_messages | {
        "incorrect_code": "That code is not right. Enter the code your authenticator app shows "
        "now (it changes every 30 seconds), or one of your recovery codes.",
    }


class SocialAccountAdapter(DefaultSocialAccountAdapter):
    def is_open_for_signup(self, request, sociallogin):
        # Single sign-on only connects to accounts that were invited (matched by verified email).
        return False
