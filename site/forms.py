from django.forms.renderers import TemplatesSetting


class GovukFormRenderer(TemplatesSetting):
    """Every Django form renders with GOV.UK Design System markup (labels, hints, error
    messages linked to the field) from our templates in site/templates/forms/."""

    form_template_name = "forms/govuk_form.html"
    field_template_name = "forms/govuk_field.html"
