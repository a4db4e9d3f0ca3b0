"""allauth's sign-in forms with the service's labels and hints: no placeholders standing in
for labels, no second "forgotten your password" link inside the password field."""

from allauth.account import forms as account_forms
from allauth.mfa.base import forms as mfa_forms
from django import forms
from django.utils.translation import gettext_lazy as _

from .constants import Language


class PlainFields:
    """Each form names its fields' labels and hints in `wording`; everything else (validation,
    rate limits, what allauth does on success) is allauth's own."""

    wording: dict[str, tuple[str, str]] = {}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            field.widget.attrs.pop("placeholder", None)
            label, hint = self.wording.get(name, (field.label, ""))
            field.label = label
            field.help_text = hint


EMAIL = (_("Email address"), _("The address your council or the programme team invited you with."))
CODE = (_("Code"), "")


class LoginForm(PlainFields, account_forms.LoginForm):
    wording = {"login": EMAIL, "password": (_("Password"), "")}


class RequestLoginCodeForm(PlainFields, account_forms.RequestLoginCodeForm):
    wording = {"email": EMAIL}


class ConfirmLoginCodeForm(PlainFields, account_forms.ConfirmLoginCodeForm):
    wording = {"code": (_("Sign-in code"), "")}


class ReauthenticateForm(PlainFields, account_forms.ReauthenticateForm):
    wording = {"password": (_("Password"), "")}


class ResetPasswordForm(PlainFields, account_forms.ResetPasswordForm):
    wording = {"email": EMAIL}


class ResetPasswordKeyForm(PlainFields, account_forms.ResetPasswordKeyForm):
    wording = {
        "password1": (
            _("New password"),
            _("At least 12 characters. A few unrelated words work well."),
        ),
        "password2": (_("Type the new password again"), ""),
    }


class MfaAuthenticateForm(PlainFields, mfa_forms.AuthenticateForm):
    wording = {
        "code": (
            _("Code from your authenticator app"),
            _("The 6-digit number your app shows now, or one of your recovery codes."),
        )
    }


class MfaReauthenticateForm(PlainFields, mfa_forms.ReauthenticateForm):
    wording = MfaAuthenticateForm.wording


class LanguageForm(forms.Form):
    """The language of a person's emails: sign-in codes, invitations, reminders, certificates."""

    language = forms.ChoiceField(
        label=_("Which language should we write to you in?"),
        help_text=_("Until you choose, our emails are in Welsh and English."),
        choices=Language.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose English or Cymraeg"),
            "invalid_choice": _("Choose English or Cymraeg"),
        },
    )
