"""Rows for a person's copy of their data and the log of staff looking at individuals' records.
(Anonymous departures from a cohort are the cohort's own rows: ``cohorts.models``.)"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .constants import AccessAction, ExportStatus


class DataExport(models.Model):
    """One "download my data" request and, once the background task has built it, the files.
    Kept in the database for simplicity: a person's data is a few hundred kilobytes at most."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="data_exports"
    )
    requested_at = models.DateTimeField(default=timezone.now)
    status = models.CharField(
        max_length=10, choices=ExportStatus.choices, default=ExportStatus.PENDING
    )
    finished_at = models.DateTimeField(null=True, blank=True)
    expires_at = models.DateTimeField(null=True, blank=True)
    json_content = models.TextField(blank=True)
    zip_content = models.BinaryField(blank=True, default=b"", help_text=_("CSV files in a ZIP."))

    class Meta:
        ordering = ["-requested_at"]
        indexes = [models.Index(fields=["user", "-requested_at"], name="data_export_user_latest")]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(status=ExportStatus.READY)
                | models.Q(finished_at__isnull=False, expires_at__isnull=False),
                name="data_export_ready_has_times",
            ),
        ]

    def __str__(self):
        return f"Data export {self.pk} ({self.status})"


class AccessLogEntry(models.Model):
    """A member of staff looked at or exported individual learners' records. Written by the
    views themselves after the scope check passes; never edited."""

    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    # Kept as text so the log still says who, should the staff account be removed later.
    actor_name = models.CharField(max_length=300)
    action = models.CharField(max_length=30, choices=AccessAction.choices)
    subject = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_(
            "The learner whose page was viewed. Empty for exports, and once the learner's "
            "account is deleted."
        ),
    )
    cohort = models.ForeignKey(
        "cohorts.Cohort", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    council = models.ForeignKey(
        "accounts.Council", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    path = models.CharField(max_length=500)
    at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-at", "-pk"]
        verbose_name = _("access log entry")
        verbose_name_plural = _("access log")

    def __str__(self):
        return f"{self.actor_name}: {self.get_action_display()} at {self.at:%Y-%m-%d %H:%M}"

    @property
    def subject_label(self) -> str:
        if self.subject_id:
            return str(self.subject)
        if self.action == AccessAction.VIEWED_LEARNER:
            return "A learner whose account has been deleted"
        return ""
