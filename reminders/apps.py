from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RemindersConfig(AppConfig):
    """Reminders and nudges (welcome, stalled, sessions, the end-of-programme check, digests),
    queued in an outbox once per occasion and sent through GOV.UK Notify or SMTP; paused for a
    council's pre-election period, in quiet hours and for anyone who turned reminders off."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "reminders"
    verbose_name = _("Reminders")
