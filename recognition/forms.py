from django import forms

from champions.templatetags.champions_format import govuk_date

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

TOO_LONG = f"A commitment must be {COMMITMENT_MAX_CHARS} characters or fewer"


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
        label="Choose from the questions to ask officers",
        help_text="Each is something you could raise with officers in your own council.",
        widget=forms.CheckboxSelectMultiple,
        required=False,
        error_messages={"invalid_choice": "Choose from the questions listed"},
    )
    own_1 = _own_words(
        "Or write a commitment in your own words",
        help_text="For example: ask at the next scrutiny meeting who owns our website's data.",
    )
    own_2 = _own_words("A second commitment in your own words (optional)")
    own_3 = _own_words("A third commitment in your own words (optional)")
    shared = forms.BooleanField(
        label="Share these commitments with my cohort's facilitator",
        help_text="If you leave this unticked, only you can read them. Your facilitator sees "
        "only how many commitments the cohort has set.",
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
                "Choose a question to ask officers or write a commitment in your own words"
            )
        room = COMMITMENTS_PER_MODULE - self.already
        if len(items) > room:
            raise forms.ValidationError(
                f"Choose no more than {room} commitment{'s' if room != 1 else ''}: you can set "
                f"up to {COMMITMENTS_PER_MODULE} for each module"
            )
        data["items"] = items
        return data


class FollowUpForm(forms.Form):
    outcome = forms.ChoiceField(
        label="How did it go?",
        choices=FollowUpOutcome.choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": "Choose how it went",
            "invalid_choice": "Choose how it went",
        },
    )
    note = forms.CharField(
        label="Anything you want to remember about it (optional)",
        help_text="Only you can read this note.",
        required=False,
        max_length=NOTE_MAX_CHARS,
        error_messages={"max_length": f"The note must be {NOTE_MAX_CHARS} characters or fewer"},
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
        error_messages={"max_length": f"{label} must be {PLAN_MAX_CHARS:,} characters or fewer"},
        widget=forms.Textarea(attrs={"class": "govuk-textarea", "rows": 6}),
    )


class DevelopmentPlanForm(forms.Form):
    strengths = _plan_field("Your strengths", "What you already do well as a councillor.")
    to_develop = _plan_field(
        "What you want to develop",
        "We started this from the statements you felt least confident about; change it freely.",
    )
    goals = _plan_field(
        "Your goals for the next year",
        "We started this from your commitments not yet done.",
    )


class PlanShareForm(forms.Form):
    include_stage = forms.BooleanField(
        label="Include my self-assessment stage",
        help_text="If you leave this unticked, the copy holds only what you wrote in your plan: "
        "no stage and no score.",
        required=False,
        widget=forms.CheckboxInput(attrs={"class": "govuk-checkboxes__input"}),
    )


class VerifyCredentialForm(forms.Form):
    credential = forms.CharField(
        label="Paste a credential to check it",
        help_text="The text of the credential file (.jwt) the certificate's holder gave you.",
        widget=forms.Textarea(attrs={"rows": 6, "spellcheck": "false"}),
        max_length=MAX_TOKEN_CHARS,
        error_messages={
            "required": "Paste the credential (the text of the .jwt file) to check it",
            "max_length": "This is too long to be one of our credentials",
        },
    )


class SessionCommitmentForm(forms.Form):
    """One click: the councillor's answer after a session, as offered (they may change it)."""

    text = forms.CharField(
        label="Your commitment",
        help_text=f"Change the words if you like: {COMMITMENT_MAX_CHARS} characters or fewer.",
        max_length=COMMITMENT_MAX_CHARS,
        error_messages={
            "required": "Write the commitment: one thing you will do next",
            "max_length": f"{TOO_LONG}: shorten your answer before you make it a commitment",
        },
        widget=forms.Textarea(attrs={"class": "govuk-textarea", "rows": 3}),
    )
    shared = forms.BooleanField(
        label="Share it with my cohort's facilitator",
        help_text="If you leave this unticked, only you can read it.",
        required=False,
        widget=forms.CheckboxInput(attrs={"class": "govuk-checkboxes__input"}),
    )

    def __init__(self, *args, suggestion, **kwargs):
        super().__init__(*args, **kwargs)
        self.suggestion = suggestion
        # Each suggestion's form has its own ids, so the page's labels stay unique.
        self.auto_id = f"id_session_{suggestion.session_id}_%s"
        self.fields["text"].label = (
            f"From your session on {govuk_date(suggestion.session_date)}: "
            f"{suggestion.session_title}"
        )
        self.initial = {"text": suggestion.text}


class WithdrawCertificateForm(forms.Form):
    """In the admin: why a certificate is withdrawn, and a tick to say the person means it."""

    reason = forms.CharField(
        label="Why is it withdrawn?",
        help_text="Kept with the certificate. The public verification page says only that it "
        "was withdrawn, and when.",
        max_length=REVOCATION_REASON_MAX_CHARS,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={
            "required": "Say why the certificate is withdrawn",
            "max_length": f"Keep the reason to {REVOCATION_REASON_MAX_CHARS} characters or fewer",
        },
    )
    confirm = forms.BooleanField(
        label="I understand this cannot be undone: the certificate and its Open Badge will show "
        "as withdrawn to anyone who checks them",
        error_messages={"required": "Tick the box to confirm you mean to withdraw it"},
    )

    def clean_reason(self) -> str:
        reason = self.cleaned_data["reason"].strip()
        if not reason:
            raise forms.ValidationError("Say why the certificate is withdrawn")
        return reason
