from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import PreviewableMixin

from champions.accounts.models import Council

from .constants import PLACEHOLDERS, Rule, Status
from .rules import render, unknown_placeholders


class MessageTemplate(PreviewableMixin, models.Model):
    """The words of one rule's message, edited (and previewed) by lead trainers in the admin.
    Each save raises the version; the outbox records which version a message was sent with."""

    rule = models.CharField(_("rule"), max_length=30, choices=Rule.choices, unique=True)
    subject = models.CharField(_("subject"), max_length=200)
    body = models.TextField(
        _("body"),
        max_length=5000,
        help_text=_(
            "Plain text. Use {placeholders} from the list for this rule, such as "
            "{first_name}. Never a stage, score or answer."
        ),
    )
    # Welsh Language Standards: the same message in Welsh, with the same placeholders. A person
    # gets the language they chose, or both (Welsh first) when we do not know it.
    subject_cy = models.CharField(_("subject in Welsh"), max_length=200)
    body_cy = models.TextField(
        _("body in Welsh"),
        max_length=5000,
        help_text=_("The same message in Welsh, with the same {placeholders}."),
    )
    version = models.PositiveIntegerField(default=1, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    panels = [
        FieldPanel("rule"),
        FieldPanel("subject"),
        FieldPanel("body"),
        FieldPanel("subject_cy"),
        FieldPanel("body_cy"),
    ]

    class Meta:
        ordering = ["rule"]
        verbose_name = _("message template")
        verbose_name_plural = _("message templates")

    def __str__(self):
        return self.get_rule_display()

    def save(self, *args, **kwargs):
        if self.pk:
            self.version = (
                MessageTemplate.objects.filter(pk=self.pk).values_list("version", flat=True).first()
                or 0
            ) + 1
        super().save(*args, **kwargs)

    def clean(self):
        allowed = PLACEHOLDERS.get(self.rule, ())
        errors = {}
        for field in ("subject", "body", "subject_cy", "body_cy"):
            try:
                unknown = unknown_placeholders(getattr(self, field) or "", allowed)
            except ValueError:
                errors[field] = _("A { or } is not closed. Use {name} for a placeholder.")
                continue
            if unknown:
                errors[field] = _(
                    "Unknown placeholder %(unknown)s. This message may use: %(allowed)s."
                ) % {
                    "unknown": ", ".join("{" + n + "}" for n in unknown),
                    "allowed": ", ".join("{" + n + "}" for n in allowed),
                }
        if errors:
            raise ValidationError(errors)

    def get_preview_template(self, request, mode_name):
        return "reminders/template_preview.html"

    def get_preview_context(self, request, mode_name):
        sample = {name: f"[{name}]" for name in PLACEHOLDERS.get(self.rule, ())}
        sample["first_name"] = "Aisha"
        return {
            "rendered": render(subject=self.subject, body=self.body, context=sample),
            "rendered_cy": render(subject=self.subject_cy, body=self.body_cy, context=sample),
        }

    def words(self, language: str) -> tuple[str, str]:
        """(subject, body) in ``language`` ("cy" or English)."""
        if language == "cy":
            return self.subject_cy, self.body_cy
        return self.subject, self.body


class PreElectionPeriod(models.Model):
    """From the notice of election to the close of poll, a council's councillors get nothing
    but strictly transactional messages."""

    council = models.ForeignKey(
        Council,
        on_delete=models.CASCADE,
        related_name="pre_election_periods",
        verbose_name=_("council"),
    )
    starts = models.DateField(
        _("first day"), help_text=_("The day the notice of election is published.")
    )
    ends = models.DateField(_("last day"), help_text=_("The day of the poll."))

    panels = [FieldPanel("council"), FieldPanel("starts"), FieldPanel("ends")]

    class Meta:
        ordering = ["-starts"]
        verbose_name = _("pre-election period")
        verbose_name_plural = _("pre-election periods")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends__gte=models.F("starts")),
                name="pre_election_ends_after_start",
                violation_error_message=_("The period must end on or after the day it starts."),
            )
        ]

    def __str__(self):
        return f"{self.council}: {self.starts:%-d %B %Y} to {self.ends:%-d %B %Y}"

    def clean(self):
        if self.starts and self.ends and self.ends < self.starts:
            raise ValidationError({"ends": _("The period must end on or after the day it starts.")})


class ReminderPreference(models.Model):
    """Whether a person has turned reminders off (from a message's link or their account)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reminder_preference"
    )
    reminders_off = models.BooleanField(default=False)
    changed_at = models.DateTimeField(default=timezone.now)

    def __str__(self):
        return f"Reminders {'off' if self.reminders_off else 'on'} for {self.user_id}"


class OutboxMessage(models.Model):
    """One message to one person, queued once per (rule, person, occasion) by a database
    constraint, with the words as sent and what became of it."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="outbox_messages"
    )
    rule = models.CharField(max_length=30, choices=Rule.choices)
    occasion = models.CharField(max_length=100)
    cohort = models.ForeignKey(
        "cohorts.Cohort", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    template_version = models.PositiveIntegerField(default=0)
    to_email = models.EmailField()
    subject = models.CharField(max_length=200)
    body = models.TextField()
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.QUEUED)
    attempts = models.PositiveSmallIntegerField(default=0)
    provider_id = models.CharField(max_length=100, blank=True, db_index=True)
    error = models.CharField(max_length=300, blank=True)
    queued_at = models.DateTimeField(default=timezone.now)
    claimed_at = models.DateTimeField(null=True, blank=True)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    delivered_at = models.DateTimeField(null=True, blank=True)
    failed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-queued_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["rule", "user", "occasion"], name="outbox_rule_user_occasion_unique"
            )
        ]
        indexes = [models.Index(fields=["status", "next_attempt_at"])]

    def __str__(self):
        return f"{self.get_rule_display()} to {self.to_email} ({self.get_status_display()})"

    @property
    def bouncing(self) -> bool:
        return self.status == Status.FAILED_PERMANENT
