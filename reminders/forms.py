from django import forms


class RemindersForm(forms.Form):
    reminders = forms.ChoiceField(
        label="Do you want reminders by email?",
        help_text="Reminders about lessons, sessions and your end-of-programme check. Sign-in "
        "codes and changes to a session you are booked on are always sent.",
        choices=[("on", "Yes, send me reminders"), ("off", "No, stop reminders")],
        widget=forms.RadioSelect,
        error_messages={"required": "Select whether you want reminders by email"},
    )
