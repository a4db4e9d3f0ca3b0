"""The one GOV.UK error summary template, in each of the ways pages use it."""

from django import forms
from django.template.loader import render_to_string

TEMPLATE = "includes/error_summary.html"


class NameForm(forms.Form):
    name = forms.CharField(label="Name")

    def clean(self):
        raise forms.ValidationError("Those details do not match.")


def test_nothing_to_say_renders_nothing():
    assert render_to_string(TEMPLATE, {"form": NameForm()}).strip() == ""
    assert render_to_string(TEMPLATE, {}).strip() == ""


def test_a_form_lists_its_own_errors_then_each_field_s_linked_to_the_field():
    html = render_to_string(TEMPLATE, {"form": NameForm(data={}), "non_field_anchor": "id_name"})
    assert "There is a problem" in html
    assert '<li><a href="#id_name">Those details do not match.</a></li>' in html
    assert '<li><a href="#id_name">This field is required.</a></li>' in html


def test_only_the_form_s_own_errors_when_fields_show_theirs():
    html = render_to_string(TEMPLATE, {"form": NameForm(data={}), "non_field_errors_only": True})
    assert "<li>Those details do not match.</li>" in html
    assert "This field is required." not in html


def test_a_described_problem_with_links_a_title_and_a_note():
    html = render_to_string(
        TEMPLATE,
        {
            "title": "2 rows have problems",
            "description": "Answer every question <now>",
            "links": [{"anchor": "line-3", "text": "Line 3: no email"}],
            "note": "The table lists every row.",
        },
    )
    assert '<h2 class="govuk-error-summary__title">2 rows have problems</h2>' in html
    description = "Answer every question &lt;now&gt;"
    assert f'<p class="govuk-body govuk-!-text-break-word">{description}</p>' in html
    assert '<li><a href="#line-3">Line 3: no email</a></li>' in html
    assert '<p class="govuk-body">The table lists every row.</p>' in html


def test_one_problem_is_linked_only_when_it_has_an_anchor():
    plain = render_to_string(TEMPLATE, {"problem": "Choose what to import"})
    assert "<li>Choose what to import</li>" in plain
    linked = render_to_string(TEMPLATE, {"problem": "Refused", "problem_anchor": "rows"})
    assert '<li><a href="#rows">Refused</a></li>' in linked
