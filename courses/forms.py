from django import forms
from django.utils.translation import gettext_lazy as _


class NoteField(forms.CharField):
    """A browser counts a line break as one character against the textarea's maxlength but
    sends it as two (CRLF), so a full note of several paragraphs would be refused (and lost).
    Count line breaks the way the browser did."""

    def to_python(self, value):
        return super().to_python(value).replace("\r\n", "\n").replace("\r", "\n")


class ReflectionForm(forms.Form):
    text = NoteField(
        label=_("Your private note"),
        help_text=_("Only you can see this. Your facilitator and council cannot."),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 5}),
    )


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Search modules and lessons"), max_length=200, required=False)
