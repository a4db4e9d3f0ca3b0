"""A council's roster uploads and the invitations sent to its councillors."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from champions.accounts.models import Council

from .constants import RosterUploadStatus


class RosterUpload(models.Model):
    """A roster CSV that has been read and is waiting for the leader to confirm it. Holds the
    file's cells as text; councillors are written only when it is confirmed. The cells are
    cleared once it is imported or discarded, keeping only the counts."""

    council = models.ForeignKey(Council, on_delete=models.CASCADE, related_name="roster_uploads")
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    uploaded_at = models.DateTimeField(default=timezone.now)
    filename = models.CharField(max_length=255, blank=True)
    rows = models.JSONField(default=list, blank=True)
    status = models.CharField(
        max_length=20, choices=RosterUploadStatus.choices, default=RosterUploadStatus.PENDING
    )
    imported_at = models.DateTimeField(null=True, blank=True)
    imported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_count = models.PositiveIntegerField(default=0)
    updated_count = models.PositiveIntegerField(default=0)
    left_count = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-uploaded_at"]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(status=RosterUploadStatus.IMPORTED)
                | models.Q(imported_at__isnull=False),
                name="roster_upload_imported_has_time",
            ),
        ]

    def __str__(self):
        return f"Roster upload {self.pk} for {self.council}"


class Invitation(models.Model):
    """One invitation email to one councillor. Re-inviting adds another row."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="invitations"
    )
    council = models.ForeignKey(Council, on_delete=models.CASCADE, related_name="invitations")
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(
        null=True, blank=True, help_text=_("When the background task sent the email.")
    )

    class Meta:
        ordering = ["-created_at"]
        # No "sent after created" check: the web and worker hosts' clocks may differ.
        indexes = [models.Index(fields=["user", "-created_at"], name="invitation_user_latest")]

    def __str__(self):
        return f"Invitation to {self.user_id} ({self.created_at:%Y-%m-%d})"


class CouncilJourneySnapshot(models.Model):
    """The council-wide journey figures as published for one period (a calendar month): what
    the council's pages show until the next one. The figures are already suppressed and rounded
    (``councils.journey.JourneyFigures``); nothing here names or counts a single person, and
    no roster change alters a published snapshot."""

    council = models.ForeignKey(Council, on_delete=models.CASCADE, related_name="journey_snapshots")
    period = models.DateField(help_text=_("The first day of the month the figures are for."))
    published_at = models.DateTimeField(default=timezone.now)
    figures = models.JSONField()

    class Meta:
        ordering = ["council", "-period"]
        constraints = [
            models.UniqueConstraint(
                fields=["council", "period"], name="journey_snapshot_one_per_period"
            ),
            models.CheckConstraint(
                condition=models.Q(period__day=1), name="journey_snapshot_period_is_a_month"
            ),
        ]

    def __str__(self):
        return f"Journey figures for {self.council} ({self.period:%B %Y})"
