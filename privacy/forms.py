from django import forms

from .constants import DELETE_CONFIRMATION


class DeleteAccountForm(forms.Form):
    confirmation = forms.CharField(
        label=f'To confirm, type "{DELETE_CONFIRMATION}"',
        max_length=100,
        error_messages={"required": f'Type "{DELETE_CONFIRMATION}" to confirm'},
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )

    def clean_confirmation(self):
        typed = " ".join(self.cleaned_data["confirmation"].split()).lower()
        if typed != DELETE_CONFIRMATION:
            raise forms.ValidationError(
                f'Type "{DELETE_CONFIRMATION}" exactly to confirm. Nothing has been deleted.'
            )
        return typed
