"""Forms for sessions. Dates and times are UK wall-clock time; the form turns them into aware
datetimes (Europe/London), refusing a time that the clock change skips."""

from datetime import datetime
from zoneinfo import ZoneInfo

from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .constants import AttendanceStatus, ReplyAnswer, SessionFormat, SessionLanguage, Usefulness

UK = ZoneInfo("Europe/London")


def uk_datetime(day, time) -> datetime | None:
    """The aware moment for a UK date and time, or None when the clocks skip it (the hour
    after 1am on the last Sunday of March). In October's repeated hour, the first is meant."""
    moment = datetime.combine(day, time, tzinfo=UK)
    round_trip = moment.astimezone(ZoneInfo("UTC")).astimezone(UK)
    if round_trip.replace(tzinfo=None) != moment.replace(tzinfo=None):
        return None
    return moment


class SessionForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200)
    date = forms.DateField(
        label=_("Date"),
        help_text=_("For example, 2027-03-30."),
        widget=forms.DateInput(
            format="%Y-%m-%d", attrs={"type": "date", "class": "govuk-input govuk-input--width-10"}
        ),
    )
    start_time = forms.TimeField(
        label=_("Start time (UK time)"),
        help_text=_("24-hour clock, for example 18:30."),
        widget=forms.TimeInput(
            format="%H:%M", attrs={"type": "time", "class": "govuk-input govuk-input--width-5"}
        ),
    )
    end_time = forms.TimeField(
        label=_("End time (UK time)"),
        widget=forms.TimeInput(
            format="%H:%M", attrs={"type": "time", "class": "govuk-input govuk-input--width-5"}
        ),
    )
    format = forms.ChoiceField(
        label=_("Where it happens"), choices=SessionFormat.choices, widget=forms.RadioSelect
    )
    place = forms.CharField(
        label=_("Place (optional)"),
        required=False,
        max_length=300,
        help_text=_("The address or room, for sessions in person or hybrid."),
        widget=forms.TextInput(attrs={"class": "govuk-input"}),
    )
    joining_url = forms.CharField(
        label=_("Joining link (optional)"),
        required=False,
        max_length=500,
        help_text=_(
            "For online or hybrid sessions. Starts with https://. Only the cohort's members see it."
        ),
        widget=forms.URLInput(attrs={"class": "govuk-input", "spellcheck": "false"}),
    )
    language = forms.ChoiceField(
        label=_("Language"), choices=SessionLanguage.choices, widget=forms.RadioSelect
    )
    agenda = forms.CharField(
        label=_("Agenda (optional)"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 5, "class": "govuk-textarea"}),
    )
    prework = forms.TypedMultipleChoiceField(
        label=_("Pre-work (optional)"),
        help_text=_("Modules or lessons to do before the session."),
        required=False,
        coerce=int,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, prework_pages=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.pages = {page.pk: page for page in prework_pages}
        module, lesson = gettext("Module: %(title)s"), gettext("Lesson: %(title)s")
        self.fields["prework"].choices = [
            (page.pk, (module if page.depth and page.specific_class.__name__ ==
                       "ModulePage" else lesson) % {"title": page.title})
            for page in prework_pages
        ]  # fmt: skip
        self.fields["title"].widget.attrs["class"] = "govuk-input"

    def clean_joining_url(self):
        url = self.cleaned_data["joining_url"].strip()
        if url and not url.lower().startswith("https://"):
            raise forms.ValidationError(
                gettext("The joining link must start with https:// so it is private and secure.")
            )
        if url:
            forms.URLField(assume_scheme="https").clean(url)
        return url

    def clean(self):
        data = super().clean()
        day, start, end = data.get("date"), data.get("start_time"), data.get("end_time")
        if day and start:
            data["starts_at"] = uk_datetime(day, start)
            if data["starts_at"] is None:
                self.add_error(
                    "start_time", gettext("That time does not exist in the UK on that day: the "
                    "clocks go forward at 1am. Choose a time from 2am.")
                )  # fmt: skip
        if day and end:
            data["ends_at"] = uk_datetime(day, end)
            if data["ends_at"] is None:
                self.add_error(
                    "end_time", gettext("That time does not exist in the UK on that day.")
                )
        return data

    def session_fields(self) -> dict:
        data = self.cleaned_data
        return {
            "title": data["title"],
            "starts_at": data["starts_at"],
            "ends_at": data["ends_at"],
            "format": data["format"],
            "place": data["place"],
            "joining_url": data["joining_url"],
            "language": data["language"],
            "agenda": data["agenda"],
        }

    def prework_chosen(self) -> list:
        return [self.pages[pk] for pk in self.cleaned_data.get("prework", [])]


class ReplyForm(forms.Form):
    answer = forms.ChoiceField(
        label=_("Are you going?"), choices=ReplyAnswer.choices, widget=forms.RadioSelect,
        error_messages={"required": _("Select going, can't go or not sure.")},
    )  # fmt: skip


class FeedbackForm(forms.Form):
    usefulness = forms.ChoiceField(
        label=_("How useful was the session? (optional)"),
        choices=Usefulness.choices,
        required=False,
        widget=forms.RadioSelect,
    )
    next_step = forms.CharField(
        label=_("One thing you will do next (optional)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3, "class": "govuk-textarea"}),
    )


class RegisterForm(forms.Form):
    """One radio group per member, built from the register rows."""

    def __init__(self, *args, rows=(), **kwargs):
        super().__init__(*args, **kwargs)
        for row in rows:
            self.fields[f"mark_{row.user_id}"] = forms.ChoiceField(
                label=row.name,
                choices=AttendanceStatus.choices,
                required=False,
                initial=row.status or None,
                widget=forms.RadioSelect,
            )

    def marks(self) -> dict[int, str]:
        return {
            int(name.removeprefix("mark_")): value
            for name, value in self.cleaned_data.items()
            if name.startswith("mark_")
        }
