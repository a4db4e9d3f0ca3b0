from django import forms


class ReflectionForm(forms.Form):
    text = forms.CharField(
        label="Your private note",
        help_text="Only you can see this. Your facilitator and council cannot.",
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 5}),
    )


class SearchForm(forms.Form):
    q = forms.CharField(label="Search modules and lessons", max_length=200, required=False)
