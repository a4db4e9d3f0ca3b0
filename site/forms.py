import re

from django.forms.renderers import TemplatesSetting


class GovukFormRenderer(TemplatesSetting):
    """Every Django form renders with GOV.UK Design System markup (labels, hints, error
    messages linked to the field) from our templates in site/templates/forms/."""

    form_template_name = "forms/govuk_form.html"
    field_template_name = "forms/govuk_field.html"


def is_record_id(value) -> bool:
    """A database id typed in plain ASCII digits. ``str.isdigit()`` is not enough: it accepts
    superscripts and other scripts' digits such as "²", which ``int()`` refuses."""
    return bool(_RECORD_ID.fullmatch(str(value)))


_RECORD_ID = re.compile(r"[0-9]{1,11}")
