from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from champions.accounts.constants import Language
from champions.accounts.models import Council

from .constants import ROSTER_MAX_BYTES, ImportMode


class RosterUploadForm(forms.Form):
    file = forms.FileField(
        label=_("Upload the roster as a CSV file"),
        help_text=_(
            "One row per councillor, with the column headings name, email, position, ward and "
            "year first elected in the first row. Position is one of leader, cabinet, chair, "
            "scrutiny or backbench. Save it from your spreadsheet as 'CSV UTF-8'."
        ),
        error_messages={
            "required": _("Choose a CSV file to upload"),
            "empty": _("The file is empty."),
            "invalid": _("Choose a CSV file to upload"),
        },
        widget=forms.FileInput(attrs={"accept": ".csv,text/csv"}),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > ROSTER_MAX_BYTES:
            raise forms.ValidationError(
                gettext(
                    "The file is %(size).1f MB. The largest roster we accept is %(limit)d MB "
                    "(5,000 councillors is about 0.5 MB): check you chose the right file."
                )
                % {"size": upload.size / 1024 / 1024, "limit": ROSTER_MAX_BYTES // 1024 // 1024}
            )
        return upload


class RosterConfirmForm(forms.Form):
    """The preview's buttons: import all rows, import only the valid rows, or cancel."""

    action = forms.ChoiceField(
        choices=[*ImportMode.choices, ("cancel", _("Cancel this upload"))],
        error_messages={
            "required": _("Choose what to import"),
            "invalid_choice": _("Choose what to import"),
        },
    )


class InviteForm(forms.Form):
    SELECTED = "selected"
    NOT_INVITED = "not_invited"

    councillors = forms.TypedMultipleChoiceField(
        label=_("Choose councillors to invite"),
        coerce=int,
        required=False,
        error_messages={"invalid_choice": _("Choose councillors from this council's roster")},
    )
    action = forms.ChoiceField(
        choices=[
            (SELECTED, _("Invite the councillors selected")),
            (NOT_INVITED, _("Invite everyone not yet invited")),
        ],  # fmt: skip
        error_messages={"required": _("Choose who to invite")},
    )

    def __init__(self, *args, user_ids, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["councillors"].choices = [(uid, uid) for uid in user_ids]

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("action") == self.SELECTED and not cleaned.get("councillors"):
            self.add_error("councillors", gettext("Select at least one councillor to invite"))
        return cleaned


class CouncilContactForm(forms.ModelForm):
    """Who the council's councillors ask about the programme. Validates only: the view saves
    through ``council_contact_update``."""

    class Meta:
        model = Council
        fields = ["contact_name", "contact_email", "contact_phone"]
        labels = {
            "contact_name": _("Name"),
            "contact_email": _("Email address"),
            "contact_phone": _("Phone number (optional)"),
        }
        help_texts = {
            "contact_name": _("A person or a team, for example Member Services."),
            "contact_email": _("Shown to councillors, so use a shared mailbox if you have one."),
            "contact_phone": "",
        }
        error_messages = {
            "contact_email": {"invalid": _("Enter an email address in the correct format, like "
                                "name@example.org")},
        }  # fmt: skip

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("contact_phone") and not (
            cleaned.get("contact_name") or cleaned.get("contact_email")
        ):
            self.add_error("contact_name", gettext("Enter a name for the programme contact"))
        return cleaned


class MemberLanguageForm(forms.Form):
    """The language a council's leader sets for one councillor's messages (invitations,
    reminders, certificates) while the councillor has not chosen one themselves."""

    NOT_KNOWN = "not-known"

    language = forms.ChoiceField(
        label=_("Language for messages"),
        help_text=_(
            "Until it is known, messages go in both languages, Welsh first. The councillor can "
            "choose for themselves on their account page; their choice then stands."
        ),
        choices=[
            (NOT_KNOWN, _("Not known (both, Welsh first)")),
            (Language.ENGLISH, _("English")),
            (Language.WELSH, _("Welsh")),
        ],
        widget=forms.Select(attrs={"class": "govuk-select"}),
        error_messages={
            "required": _("Choose the language for this councillor's messages"),
            "invalid_choice": _(
                "Choose English, Welsh or not known for this councillor's messages"
            ),
        },
    )

    def clean_language(self) -> str:
        """A ``Language`` value, or blank for not known."""
        chosen = self.cleaned_data["language"]
        return "" if chosen == self.NOT_KNOWN else chosen
