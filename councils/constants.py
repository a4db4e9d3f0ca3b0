"""Vocabularies and limits for rosters, invitations and council uptake."""

from datetime import timedelta

from django.db import models
from django.utils.translation import gettext_lazy as _


class RosterUploadStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for confirmation")
    IMPORTED = "imported", _("Imported")
    DISCARDED = "discarded", _("Discarded")


class ImportMode(models.TextChoices):
    ALL = "all", _("Import all rows")
    VALID = "valid", _("Import only the valid rows")


class ParticipationStatus(models.TextChoices):
    INVITED = "invited", _("Invited")
    NOT_STARTED = "not_started", _("Not started")
    IN_PROGRESS = "in_progress", _("In progress")
    COMPLETED = "completed", _("Completed")


# A roster of 5,000 councillors is about 500 KB; anything far bigger is the wrong file.
ROSTER_MAX_BYTES = 2 * 1024 * 1024
ROSTER_MAX_ROWS = 10_000
# Pending uploads hold names and emails; they are cleared when imported, discarded or stale.
ROSTER_UPLOAD_KEEP = timedelta(days=7)

# The same person can be invited again once their last invitation is this old.
RE_INVITE_AFTER = timedelta(hours=24)
# Invitation emails are sent by background tasks of at most this many emails each.
INVITATION_BATCH = 100
# Emails a member of staff can trigger: a whole large council's roster in one go, but not a
# stream of mail from a misused account. Counted over the last hour, per person sending.
INVITATIONS_PER_STAFF_PER_HOUR = 300
STAFF_EMAIL_WINDOW = timedelta(hours=1)

ACTIVE_WINDOW = timedelta(days=30)
TREND_MONTHS = 12
# Comparison with similar councils: only councils with at least this many councillors on the
# roster count, and only when at least this many such councils exist.
COMPARISON_MIN_ROSTER = 5
COMPARISON_MIN_COUNCILS = 3
