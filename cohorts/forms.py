"""Forms for the facilitator's members pages and the join link."""

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from champions.forms import is_record_id


class MemberSearchForm(forms.Form):
    """The "Add councillors" filters: a GET form, so it works without JavaScript."""

    q = forms.CharField(
        label=gettext_lazy("Search by name or email"), required=False, max_length=100
    )
    council = forms.TypedChoiceField(
        label=gettext_lazy("Council"), required=False, coerce=int, empty_value=None
    )

    def __init__(self, *args, councils=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["council"].choices = [
            ("", _("All councils")),
            *[(c.pk, c.name) for c in councils],
        ]
        self.fields["council"].error_messages["invalid_choice"] = _(
            "Choose one of the councils listed"
        )


class UserIdsField(forms.MultipleChoiceField):
    """Person ids as whole numbers. Whether each may be added is the service's decision, so
    someone from another council gets its plain message rather than "not a valid choice"."""

    def valid_value(self, value) -> bool:
        return is_record_id(value)

    def clean(self, value):
        return [int(v) for v in super().clean(value)]


class AddMembersForm(forms.Form):
    councillors = UserIdsField(
        label=gettext_lazy("Choose councillors to add"),
        error_messages={
            "required": gettext_lazy("Select at least one councillor to add"),
            "invalid_choice": gettext_lazy("Choose councillors from the list"),
        },
    )


class JoinLinkForm(forms.Form):
    RESET = "reset"
    DISABLE = "disable"

    action = forms.ChoiceField(
        choices=[(RESET, gettext_lazy("Turn on or reset the join link")),
                 (DISABLE, gettext_lazy("Turn off the join link"))],
        error_messages={"required": gettext_lazy("Choose what to do with the join link"),
                        "invalid_choice": gettext_lazy("Choose what to do with the join link")},
    )  # fmt: skip
