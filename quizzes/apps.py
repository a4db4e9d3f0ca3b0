from django.apps import AppConfig
from django.utils.translation import gettext_lazy


class QuizzesConfig(AppConfig):
    name = "quizzes"
    verbose_name = gettext_lazy("Quizzes and the sceptic-to-confident journey")

    def ready(self):
        # Cache invalidation only: the stage thresholds (see queries.measurement_settings).
        from django.db.models.signals import post_delete, post_save

        from .models import MeasurementSettings
        from .queries import measurement_settings_deleted, measurement_settings_saved

        post_save.connect(
            measurement_settings_saved,
            sender=MeasurementSettings,
            dispatch_uid="quizzes-settings-saved",
        )
        post_delete.connect(
            measurement_settings_deleted,
            sender=MeasurementSettings,
            dispatch_uid="quizzes-settings-deleted",
        )
