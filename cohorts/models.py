"""Cohorts: a group of councillors (from one or several councils) taking a programme together,
run by one or more facilitators."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from champions.accounts.models import Council
from courses.models import ProgrammePage

from .constants import DepartureReason


class Cohort(models.Model):
    name = models.CharField(max_length=200)
    programme = models.ForeignKey(ProgrammePage, on_delete=models.PROTECT, related_name="cohorts")
    councils = models.ManyToManyField(
        Council, related_name="cohorts", help_text=_("A regional cohort spans several councils.")
    )
    facilitators = models.ManyToManyField(
        settings.AUTH_USER_MODEL, related_name="facilitated_cohorts", blank=True
    )
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL, through="CohortMembership", related_name="cohorts", blank=True
    )
    start_date = models.DateField()
    end_date = models.DateField()
    join_token = models.CharField(
        max_length=64,
        blank=True,
        help_text=_(
            "The secret in the cohort's join link; empty when the link is off. Resetting "
            "it makes the old link stop working."
        ),
    )

    class Meta:
        ordering = ["-start_date", "name"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end_date__gte=models.F("start_date")),
                name="cohort_ends_after_it_starts",
            ),
            models.UniqueConstraint(fields=["name", "start_date"], name="cohort_name_start_unique"),
            models.UniqueConstraint(
                fields=["join_token"],
                condition=~models.Q(join_token=""),
                name="cohort_join_token_unique",
            ),
        ]

    def __str__(self):
        return self.name


class CohortMembership(models.Model):
    cohort = models.ForeignKey(Cohort, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="cohort_memberships"
    )
    joined_at = models.DateTimeField(default=timezone.now)
    welcome_sent_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text=_(
            'When the "you have been added" email was sent; set before sending, so it '
            "goes at most once."
        ),
    )

    class Meta:
        ordering = ["joined_at"]
        constraints = [
            models.UniqueConstraint(fields=["cohort", "user"], name="cohort_membership_unique"),
        ]

    def __str__(self):
        return f"{self.user} in {self.cohort}"


class CohortDeparture(models.Model):
    """Someone left a cohort and their records were deleted. No name, email or user id: only
    what the cohort's figures need to say "N members have left"."""

    cohort = models.ForeignKey(Cohort, on_delete=models.CASCADE, related_name="departures")
    left_at = models.DateTimeField(default=timezone.now)
    reason = models.CharField(max_length=12, choices=DepartureReason.choices)
    had_baseline = models.BooleanField(default=False)
    lessons_completed = models.PositiveIntegerField(default=0)
    quizzes_passed = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-left_at"]

    def __str__(self):
        return f"A member left {self.cohort_id} on {self.left_at:%Y-%m-%d}"
