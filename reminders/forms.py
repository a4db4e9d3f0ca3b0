from django import forms
from django.utils.translation import gettext_lazy as _

from .models import PreElectionPeriod


class RemindersForm(forms.Form):
    reminders = forms.ChoiceField(
        label=_("Do you want reminders by email?"),
        help_text=_(
            "Reminders about lessons, sessions and your end-of-programme check. Sign-in "
            "codes and changes to a session you are booked on are always sent."
        ),
        choices=[("on", _("Yes, send me reminders")), ("off", _("No, stop reminders"))],
        widget=forms.RadioSelect,
        error_messages={"required": _("Select whether you want reminders by email")},
    )


def _date_input():
    return forms.DateInput(
        format="%Y-%m-%d", attrs={"type": "date", "class": "govuk-input govuk-input--width-10"}
    )


class PreElectionPeriodForm(forms.ModelForm):
    """A council leader adds one of their council's pre-election periods. The instance comes
    with its council, so the model's own check (end on or after start) runs on submit."""

    class Meta:
        model = PreElectionPeriod
        fields = ["starts", "ends"]
        labels = {"starts": _("First day"), "ends": _("Last day")}
        help_texts = {
            "starts": _("The day the notice of election is published. For example, 2027-03-26."),
            "ends": _("The day of the poll. For example, 2027-05-06."),
        }
        error_messages = {
            "starts": {
                "required": _("Enter the first day of the period"),
                "invalid": _("Enter the first day as a real date, for example 2027-03-26"),
            },
            "ends": {
                "required": _("Enter the last day of the period"),
                "invalid": _("Enter the last day as a real date, for example 2027-05-06"),
            },
        }
        widgets = {"starts": _date_input(), "ends": _date_input()}
