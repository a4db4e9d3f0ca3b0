from django import forms
from django.utils.translation import gettext

from .constants import DELETE_CONFIRMATION


class DeleteAccountForm(forms.Form):
    # The phrase to type stays in English in both languages: it is compared, not shown.
    confirmation = forms.CharField(
        max_length=100,
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["confirmation"]
        field.label = gettext('To confirm, type "%(phrase)s"') % {"phrase": DELETE_CONFIRMATION}
        field.error_messages["required"] = gettext('Type "%(phrase)s" to confirm') % {
            "phrase": DELETE_CONFIRMATION
        }

    def clean_confirmation(self):
        typed = " ".join(self.cleaned_data["confirmation"].split()).lower()
        if typed != DELETE_CONFIRMATION:
            raise forms.ValidationError(
                gettext('Type "%(phrase)s" exactly to confirm. Nothing has been deleted.')
                % {"phrase": DELETE_CONFIRMATION}
            )
        return typed
