"""Vocabularies for cohorts."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class DepartureReason(models.TextChoices):
    DELETED = "deleted", _("Deleted their account")
    RETENTION = "retention", _("Records removed after the retention period")


# The statistics (cohorts.stats) flag a figure with a fixed English key, which the cached
# figures keep whatever the language; the pages and downloads show it through this.
FLAG_LABELS = {
    "too easy": _("too easy"),
    "too hard": _("too hard"),
    "not discriminating": _("not discriminating"),
    "weak item": _("weak item"),
    "below acceptable": _("below acceptable"),
}
