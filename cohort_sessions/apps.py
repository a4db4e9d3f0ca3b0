from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CohortSessionsConfig(AppConfig):
    name = "cohort_sessions"
    label = "cohort_sessions"
    verbose_name = _("Cohort sessions")
