"""Vocabularies and time limits for data exports, erasure and the access log."""

from datetime import timedelta

from django.db import models
from django.utils.translation import gettext_lazy as _


class ExportStatus(models.TextChoices):
    PENDING = "pending", _("Being prepared")
    READY = "ready", _("Ready to download")
    FAILED = "failed", _("Could not be prepared")


class AccessAction(models.TextChoices):
    VIEWED_LEARNER = "viewed_learner", _("Viewed a learner's page")
    EXPORTED_LEARNERS = "exported_learners", _("Exported a cohort's learner list")
    EXPORTED_ITEMS = "exported_items", _("Exported a cohort's question statistics")
    EXPORTED_PARTICIPATION = "exported_participation", _("Exported a council's participation list")
    # Not a look at someone's records but an attempt to change an account a roster does not
    # own; logged so platform admins see it (the leader is told only that the row is refused).
    ROSTER_LISTED_OTHER_ACCOUNT = (
        "roster_listed_other_account",
        _("Uploaded a roster listing an account it cannot change"),
    )
    # A council's leader (or a platform admin) set a councillor's language for messages on the
    # roster page: one action per language, so the log says what it was set to.
    ROSTER_LANGUAGE_WELSH = "roster_language_welsh", _("Set a councillor's messages to Welsh")
    ROSTER_LANGUAGE_ENGLISH = (
        "roster_language_english",
        _("Set a councillor's messages to English"),
    )
    ROSTER_LANGUAGE_NOT_KNOWN = (
        "roster_language_not_known",
        _("Set a councillor's messages to both languages (language not known)"),
    )


# A finished copy of someone's data can be downloaded for this long, then it is deleted.
EXPORT_KEEP = timedelta(days=7)
# A request still "being prepared" after this long is treated as lost (a stopped worker).
EXPORT_STUCK_AFTER = timedelta(hours=1)
# Finished background-task results (they can name the rows they worked on) are pruned after.
TASK_RESULTS_KEEP_DAYS = 30
# What someone types to confirm they want their account deleted.
DELETE_CONFIRMATION = "delete my account"
