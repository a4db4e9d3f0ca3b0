from django.apps import AppConfig


class CohortSessionsConfig(AppConfig):
    name = "cohort_sessions"
    label = "cohort_sessions"
    verbose_name = "Cohort sessions"
