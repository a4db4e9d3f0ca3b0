from django import forms
from django.utils.dateformat import format as date_format
from django.utils.functional import lazy
from django.utils.translation import gettext as _g
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from .constants import (
    COMMITMENT_MAX_CHARS,
    COMMITMENTS_PER_MODULE,
    NOTE_MAX_CHARS,
    PLAN_MAX_CHARS,
    REVOCATION_REASON_MAX_CHARS,
    CommitmentSource,
    FollowUpOutcome,
)
from .credentials import MAX_TOKEN_CHARS
from .services import NewCommitment


def _fill(message, values: dict) -> str:
    return str(message) % values


def _interpolated(message, **values):
    """A lazy translation with named placeholders, filled in when it is shown."""
    return lazy(_fill, str)(message, values)


TOO_LONG = _interpolated(
    _("A commitment must be %(max)s characters or fewer"), max=COMMITMENT_MAX_CHARS
)


def _own_words(label: str, *, help_text: str = "") -> forms.CharField:
    """A commitment typed in the councillor's own words: optional, one line, length-capped."""
    return forms.CharField(
        label=label,
        help_text=help_text,
        required=False,
        max_length=COMMITMENT_MAX_CHARS,
        error_messages={"max_length": TOO_LONG},
        widget=forms.TextInput(attrs={"class": "govuk-input"}),
    )


class CommitmentsForm(forms.Form):
    """One to three commitments: ticked suggestions and lines in the councillor's own words."""

    suggestions = forms.MultipleChoiceField(
        label=_("Choose from the questions to ask officers"),
        help_text=_("Each is something you could raise with officers in your own council."),
        widget=forms.CheckboxSelectMultiple,
        required=False,
        error_messages={"invalid_choice": _("Choose from the questions listed")},
    )
    own_1 = _own_words(
        _("Or write a commitment in your own words"),
        help_text=_("For example: ask at the next scrutiny meeting who owns our website's data."),
    )
    own_2 = _own_words(_("A second commitment in your own words (optional)"))
    own_3 = _own_words(_("A third commitment in your own words (optional)"))
    shared = forms.BooleanField(
        label=_("Share these commitments with my cohort's facilitator"),
        help_text=_(
            "If you leave this unticked, only you can read them. Your facilitator sees "
            "only how many commitments the cohort has set."
        ),
        required=False,
        widget=forms.CheckboxInput(attrs={"class": "govuk-checkboxes__input"}),
    )

    def __init__(self, *args, suggestions=(), already: int = 0, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["suggestions"].choices = [(s, s) for s in suggestions]
        self.already = already
        if not suggestions:
            del self.fields["suggestions"]

    def clean(self):
        data = super().clean()
        if self.errors:
            return data
        items = [
            NewCommitment(text=s, source=CommitmentSource.OFFICER_QUESTION)
            for s in data.get("suggestions", [])
        ]
        items += [
            NewCommitment(text=data[f].strip(), source=CommitmentSource.OWN_WORDS)
            for f in ("own_1", "own_2", "own_3")
            if data.get(f, "").strip()
        ]
        if not items:
            raise forms.ValidationError(
                _g("Choose a question to ask officers or write a commitment in your own words")
            )
        room = COMMITMENTS_PER_MODULE - self.already
        if len(items) > room:
            raise forms.ValidationError(
                ngettext(
                    "Choose no more than %(room)d commitment: you can set up to %(most)d for "
                    "each module",
                    "Choose no more than %(room)d commitments: you can set up to %(most)d for "
                    "each module",
                    room,
                )
                % {"room": room, "most": COMMITMENTS_PER_MODULE}
            )
        data["items"] = items
        return data


class FollowUpForm(forms.Form):
    outcome = forms.ChoiceField(
        label=_("How did it go?"),
        choices=FollowUpOutcome.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose how it went"),
            "invalid_choice": _("Choose how it went"),
        },
    )
    note = forms.CharField(
        label=_("Anything you want to remember about it (optional)"),
        help_text=_("Only you can read this note."),
        required=False,
        max_length=NOTE_MAX_CHARS,
        error_messages={
            "max_length": _interpolated(
                _("The note must be %(max)s characters or fewer"), max=NOTE_MAX_CHARS
            )
        },
        widget=forms.Textarea(attrs={"class": "govuk-textarea", "rows": 4}),
    )


class ShareForm(forms.Form):
    shared = forms.BooleanField(required=False)


def _plan_field(label: str, hint: str) -> forms.CharField:
    return forms.CharField(
        label=label,
        help_text=hint,
        required=False,
        max_length=PLAN_MAX_CHARS,
        error_messages={
            "max_length": _interpolated(
                _("%(label)s must be %(max)s characters or fewer"),
                label=label,
                max=f"{PLAN_MAX_CHARS:,}",
            )
        },
        widget=forms.Textarea(attrs={"class": "govuk-textarea", "rows": 6}),
    )


class DevelopmentPlanForm(forms.Form):
    strengths = _plan_field(_("Your strengths"), _("What you already do well as a councillor."))
    to_develop = _plan_field(
        _("What you want to develop"),
        _("We started this from the statements you felt least confident about; change it freely."),
    )
    goals = _plan_field(
        _("Your goals for the next year"),
        _("We started this from your commitments not yet done."),
    )


class PlanShareForm(forms.Form):
    include_stage = forms.BooleanField(
        label=_("Include my self-assessment stage"),
        help_text=_(
            "If you leave this unticked, the copy holds only what you wrote in your plan: "
            "no stage and no score."
        ),
        required=False,
        widget=forms.CheckboxInput(attrs={"class": "govuk-checkboxes__input"}),
    )


class VerifyCredentialForm(forms.Form):
    credential = forms.CharField(
        label=_("Paste a credential to check it"),
        help_text=_("The text of the credential file (.jwt) the certificate's holder gave you."),
        widget=forms.Textarea(attrs={"rows": 6, "spellcheck": "false"}),
        max_length=MAX_TOKEN_CHARS,
        error_messages={
            "required": _("Paste the credential (the text of the .jwt file) to check it"),
            "max_length": _("This is too long to be one of our credentials"),
        },
    )


class SessionCommitmentForm(forms.Form):
    """One click: the councillor's answer after a session, as offered (they may change it)."""

    text = forms.CharField(
        label=_("Your commitment"),
        help_text=_interpolated(
            _("Change the words if you like: %(max)s characters or fewer."),
            max=COMMITMENT_MAX_CHARS,
        ),
        max_length=COMMITMENT_MAX_CHARS,
        error_messages={
            "required": _("Write the commitment: one thing you will do next"),
            "max_length": _interpolated(
                _(
                    "A commitment must be %(max)s characters or fewer: shorten your answer "
                    "before you make it a commitment"
                ),
                max=COMMITMENT_MAX_CHARS,
            ),
        },
        widget=forms.Textarea(attrs={"class": "govuk-textarea", "rows": 3}),
    )
    shared = forms.BooleanField(
        label=_("Share it with my cohort's facilitator"),
        help_text=_("If you leave this unticked, only you can read it."),
        required=False,
        widget=forms.CheckboxInput(attrs={"class": "govuk-checkboxes__input"}),
    )

    def __init__(self, *args, suggestion, **kwargs):
        super().__init__(*args, **kwargs)
        self.suggestion = suggestion
        # Each suggestion's form has its own ids, so the page's labels stay unique.
        self.auto_id = f"id_session_{suggestion.session_id}_%s"
        self.fields["text"].label = _g("From your session on %(on)s: %(title)s") % {
            "on": date_format(suggestion.session_date, "j F Y"),
            "title": suggestion.session_title,
        }
        self.initial = {"text": suggestion.text}


class WithdrawCertificateForm(forms.Form):
    """In the admin: why a certificate is withdrawn, and a tick to say the person means it."""

    reason = forms.CharField(
        label=_("Why is it withdrawn?"),
        help_text=_(
            "Kept with the certificate. The public verification page says only that it "
            "was withdrawn, and when."
        ),
        max_length=REVOCATION_REASON_MAX_CHARS,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={
            "required": _("Say why the certificate is withdrawn"),
            "max_length": _interpolated(
                _("Keep the reason to %(max)s characters or fewer"),
                max=REVOCATION_REASON_MAX_CHARS,
            ),
        },
    )
    confirm = forms.BooleanField(
        label=_(
            "I understand this cannot be undone: the certificate and its Open Badge will show "
            "as withdrawn to anyone who checks them"
        ),
        error_messages={"required": _("Tick the box to confirm you mean to withdraw it")},
    )

    def clean_reason(self) -> str:
        reason = self.cleaned_data["reason"].strip()
        if not reason:
            raise forms.ValidationError(_g("Say why the certificate is withdrawn"))
        return reason
