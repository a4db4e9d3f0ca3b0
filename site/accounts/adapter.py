from types import SimpleNamespace
from urllib.parse import quote, urlsplit

from allauth.account import app_settings as account_settings
from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context as allauth_context
from allauth.mfa.adapter import DefaultMFAAdapter
from allauth.socialaccount.adapter import DefaultSocialAccountAdapter
from django.conf import settings
from django.core.mail import EmailMessage, EmailMultiAlternatives
from django.urls import reverse
from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _

from champions.languages import message_languages, render_message
from champions.links import absolute_url, message_reverse

SERVICE_NAME = _("Digital Champions for Councillors")


def service_site() -> SimpleNamespace:
    """What allauth's emails call "the site": the service's name, and the address people use
    (SITE_URL), not whatever host the request that sent the email came in on."""
    return SimpleNamespace(name=SERVICE_NAME, domain=urlsplit(settings.SITE_URL).netloc)


# What people see when something goes wrong signing in, in the service's words and in Welsh too.
# allauth ships no Welsh, so every message of its adapters that our pages can show is ours
# (gettext_lazy, in site/locale), rather than a second catalogue of allauth's own msgids: our
# catalogue stays the one place to translate, and an allauth upgrade that rewords a message
# cannot leave a Welsh gap.
WRONG_CODE = _(
    "That code is not right. Check the email and enter the code again, or ask for a new one."
)


class AccountAdapter(DefaultAccountAdapter):
    error_messages = DefaultAccountAdapter.error_messages | {
        "account_inactive": _("This account is not active. Ask the programme team for help."),
        "cannot_remove_primary_email": _("You cannot remove the email address you sign in with."),
        "duplicate_email": _("That email address is already on your account."),
        "email_password_mismatch": _(
            "The email address or password is not right. Check both and "
            "try again, or sign in with a code sent by email instead."
        ),
        "email_taken": _("Another account already uses that email address."),
        "enter_current_password": _("Enter your current password."),
        "incorrect_code": WRONG_CODE,
        "incorrect_password": _("That password is not right. Check it and try again."),
        "invalid_or_expired_key": _(
            "This link has expired or has already been used. Ask for a new one."
        ),
        "invalid_login": _("We could not sign you in. Check what you entered and try again."),
        "invalid_password_reset": _(
            "This link has expired or has already been used. Ask for a new one."
        ),
        "max_email_addresses": _("You cannot add more than %d email addresses."),
        "too_many_login_attempts": _(
            "Too many attempts to sign in. Wait 5 minutes, then try "
            "again, or sign in with a code sent by email."
        ),
        "unknown_email": _("There is no account with that email address."),
        "unverified_primary_email": _("Confirm your email address first."),
        "select_only_one": _("Choose only one."),
        "same_as_current": _("The new value must be different from the current one."),
        "rate_limited": _(
            "You have asked too many times in a short while. Wait a few minutes, then try again."
        ),
    }

    def is_open_for_signup(self, request):
        # People are invited by their council or by an admin; there is no public sign-up.
        return False

    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        context = {
            "current_site": service_site(),
            "service_name": SERVICE_NAME,
            "sign_in_url": message_reverse("account_login"),
            "help_url": message_reverse("help"),
            "code_minutes": settings.ACCOUNT_LOGIN_BY_CODE_TIMEOUT // 60,
        } | context
        super().send_mail(template_prefix, email, context)

    def render_mail(self, template_prefix, email, context, headers=None) -> EmailMessage:
        """allauth's emails (sign-in and confirmation codes, password reset and notices) in the
        person's language, or Welsh then English when we do not know it or them."""
        from champions.accounts.models import User

        to = [email] if isinstance(email, str) else list(email)
        user = context.get("user")
        if not isinstance(user, User):
            user = User.objects.filter(email__iexact=to[0]).first()
        request = getattr(allauth_context, "request", None)
        message = render_message(
            message_languages(user),
            subject=f"{template_prefix}_subject.txt",
            text=f"{template_prefix}_message.txt",
            html=f"{template_prefix}_message.{account_settings.TEMPLATE_EXTENSION}",
            context=context,
            request=request,
        )
        subject = self.format_email_subject(message.subject)
        msg = EmailMultiAlternatives(
            subject, message.text, self.get_from_email(), to, headers=headers
        )
        if message.html:
            msg.attach_alternative(message.html, "text/html")
        return msg

    def get_reset_password_from_key_url(self, key: str) -> str:
        # The same path allauth builds, on SITE_URL, so the link works from any inbox; lazy, so
        # each copy of the email links to the page in its own language (champions.links).
        return _reset_link(key)


def _reset_link_in_active_language(key: str) -> str:
    path = reverse("account_reset_password_from_key", kwargs={"uidb36": "UID", "key": "KEY"})
    return absolute_url(path.replace("UID-KEY", quote(key)))


_reset_link = lazy(_reset_link_in_active_language, str)


class MfaAdapter(DefaultMFAAdapter):
    error_messages = DefaultMFAAdapter.error_messages | {
        "add_email_blocked": _(
            "You cannot add an email address while two-step sign-in protects your account."
        ),
        "cannot_delete_authenticator": _("You cannot turn off two-step sign-in."),
        "cannot_generate_recovery_codes": _(
            "You cannot make recovery codes until two-step sign-in is on."
        ),
        "incorrect_code": _(
            "That code is not right. Enter the code your authenticator app shows "
            "now (it changes every 30 seconds), or one of your recovery codes."
        ),
        "unverified_email": _(
            "You cannot turn on two-step sign-in until you have confirmed your email address."
        ),
    }


class SocialAccountAdapter(DefaultSocialAccountAdapter):
    def is_open_for_signup(self, request, sociallogin):
        # Single sign-on only connects to accounts that were invited (matched by verified email).
        return False
