from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RecognitionConfig(AppConfig):
    """From learning to action and recognition: commitments a councillor sets after a module,
    their follow-ups, the development plan, the learning record, and certificates with their
    Open Badges 3.0 credentials."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "recognition"
    verbose_name = _("Commitments and recognition")

    def ready(self):
        from . import checks  # noqa: F401 - registers the deploy check for the signing key
