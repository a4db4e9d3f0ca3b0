from django.apps import AppConfig


class RecognitionConfig(AppConfig):
    """From learning to action and recognition: commitments a councillor sets after a module,
    their follow-ups, and (as they land) the development plan, certificates and learning record."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "recognition"
    verbose_name = "Commitments and recognition"
