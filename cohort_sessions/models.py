"""A cohort's live sessions and what people do about them: replies, the register, feedback,
and each person's calendar feed secret. Times are stored in UTC and shown in UK time."""

import uuid

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from cohorts.models import Cohort

from .constants import (
    AttendanceStatus,
    ReplyAnswer,
    SessionFormat,
    SessionLanguage,
    SessionStatus,
    Usefulness,
)


class Session(models.Model):
    cohort = models.ForeignKey(Cohort, on_delete=models.CASCADE, related_name="sessions")
    title = models.CharField(max_length=200)
    starts_at = models.DateTimeField()
    ends_at = models.DateTimeField()
    format = models.CharField(max_length=10, choices=SessionFormat.choices)
    place = models.CharField(max_length=300, blank=True, help_text=_("The address or room."))
    joining_url = models.URLField(
        max_length=500, blank=True, help_text=_("Shown only to the cohort's members.")
    )
    language = models.CharField(
        max_length=10, choices=SessionLanguage.choices, default=SessionLanguage.ENGLISH
    )
    agenda = models.TextField(max_length=5000, blank=True)
    prework = models.ManyToManyField(
        Page, blank=True, related_name="+", help_text=_("Modules or lessons to do first.")
    )
    # The calendar identity: the same UID forever, SEQUENCE raised by every change people's
    # calendars must pick up, so an update replaces the event instead of adding another.
    uid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    sequence = models.PositiveIntegerField(default=0)
    notified_sequence = models.PositiveIntegerField(
        default=0,
        help_text=_(
            "The last change members were emailed about; claimed before sending, so "
            "each change is emailed at most once."
        ),
    )
    status = models.CharField(
        max_length=10, choices=SessionStatus.choices, default=SessionStatus.SCHEDULED
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["starts_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gt=F("starts_at")), name="session_ends_after_it_starts"
            ),
            models.CheckConstraint(
                condition=Q(joining_url="") | Q(joining_url__startswith="https://"),
                name="session_joining_url_https",
            ),
            models.CheckConstraint(
                condition=Q(notified_sequence__lte=F("sequence")),
                name="session_notified_at_most_current",
            ),
        ]

    def __str__(self):
        return f"{self.title} ({timezone.localtime(self.starts_at):%d %b %Y %H:%M})"

    @property
    def is_cancelled(self) -> bool:
        return self.status == SessionStatus.CANCELLED


class Reply(models.Model):
    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="replies")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="session_replies"
    )
    answer = models.CharField(max_length=10, choices=ReplyAnswer.choices)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["session", "user"], name="session_reply_unique"),
        ]

    def __str__(self):
        return f"{self.user_id}: {self.answer} for {self.session_id}"


class Attendance(models.Model):
    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="attendance")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="session_attendance"
    )
    status = models.CharField(max_length=10, choices=AttendanceStatus.choices)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    recorded_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["session", "user"], name="session_attendance_unique"),
        ]

    def __str__(self):
        return f"{self.user_id}: {self.status} at {self.session_id}"


class CalendarFeed(models.Model):
    """A person's secret calendar subscription. The token itself is stored (not a hash) so the
    settings page can show the link again for a second device; it only reads their own
    cohort's sessions, and resetting it stops the old link at once."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_feed"
    )
    token = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(default=timezone.now)
    last_used_at = models.DateTimeField(null=True, blank=True)

    def __str__(self):
        return f"Calendar feed of {self.user_id}"


class SessionFeedback(models.Model):
    """Two optional questions after attending."""

    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="feedback")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="session_feedback"
    )
    usefulness = models.CharField(max_length=10, choices=Usefulness.choices, blank=True)
    next_step = models.TextField("One thing you will do next", max_length=1000, blank=True)
    submitted_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["session", "user"], name="session_feedback_unique"),
        ]

    def __str__(self):
        return f"Feedback by {self.user_id} on {self.session_id}"
