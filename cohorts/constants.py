"""Vocabularies for cohorts."""

from django.db import models


class DepartureReason(models.TextChoices):
    DELETED = "deleted", "Deleted their account"
    RETENTION = "retention", "Records removed after the retention period"
