import secrets

from django.conf import settings
from django.db import models
from django.db.models.functions import Length
from django.db.models.lookups import GreaterThanOrEqual
from django.utils.translation import gettext_lazy as _

from courses.models import ModulePage, ProgrammePage

from .constants import (
    COMMITMENT_MAX_CHARS,
    COMMITMENTS_PER_MODULE,
    FOLLOW_UP_DAYS,
    NOTE_MAX_CHARS,
    PLAN_MAX_CHARS,
    PUBLIC_ID_BYTES,
    REVOCATION_REASON_MAX_CHARS,
    STATUS_LIST_ENTRIES,
    CommitmentSource,
    FollowUpOutcome,
)


class Commitment(models.Model):
    """One applied step a councillor means to take in their own council after a module, or
    after a live session (their answer to "one thing you will do next", adopted: no module,
    one per session). Private to them unless they share it with their cohort's facilitator."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="commitments"
    )
    module = models.ForeignKey(
        ModulePage,
        null=True,
        blank=True,  # a commitment from a live session has none
        on_delete=models.SET_NULL,
        related_name="commitments",
    )
    module_title = models.CharField(
        max_length=255, help_text=_("The module's (or the session's) title when set.")
    )
    session = models.ForeignKey(
        "cohort_sessions.Session",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The live session whose feedback this commitment came from."),
    )
    # 1 to 3: with the unique constraint the database itself holds the limit of three.
    slot = models.PositiveSmallIntegerField()
    text = models.CharField(max_length=COMMITMENT_MAX_CHARS)
    source = models.CharField(max_length=20, choices=CommitmentSource.choices)
    shared_with_facilitator = models.BooleanField(default=False)
    set_at = models.DateTimeField()

    class Meta:
        ordering = ["set_at", "slot"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "module", "slot"], name="commitment_slot_unique"
            ),
            models.UniqueConstraint(
                fields=["user", "session"],
                condition=models.Q(session__isnull=False),
                name="commitment_one_per_session",
            ),
            models.CheckConstraint(
                condition=models.Q(slot__gte=1, slot__lte=COMMITMENTS_PER_MODULE),
                name="commitment_slot_range",
            ),
            models.CheckConstraint(
                condition=GreaterThanOrEqual(Length("text"), 1), name="commitment_text_not_empty"
            ),
        ]
        indexes = [models.Index(fields=["user", "set_at"], name="commitment_user_set")]

    def __str__(self):
        return f"Commitment {self.slot} by {self.user_id} on {self.module_title}"


class CommitmentFollowUp(models.Model):
    """The councillor's answer, 30 or 90 days on, to "how did it go?"."""

    commitment = models.ForeignKey(Commitment, on_delete=models.CASCADE, related_name="follow_ups")
    days = models.PositiveSmallIntegerField(choices=[(d, f"{d} days") for d in FOLLOW_UP_DAYS])
    outcome = models.CharField(max_length=20, choices=FollowUpOutcome.choices)
    note = models.TextField(max_length=NOTE_MAX_CHARS, blank=True)
    answered_at = models.DateTimeField()

    class Meta:
        ordering = ["days"]
        constraints = [
            models.UniqueConstraint(fields=["commitment", "days"], name="follow_up_unique"),
            models.CheckConstraint(
                condition=models.Q(days__in=FOLLOW_UP_DAYS), name="follow_up_days_known"
            ),
            models.CheckConstraint(
                condition=models.Q(outcome__in=FollowUpOutcome.values), name="follow_up_outcome"
            ),
        ]

    def __str__(self):
        return f"{self.days}-day follow-up of commitment {self.commitment_id}"


class DevelopmentPlan(models.Model):
    """The councillor's own personal development plan: free text they write (pre-filled once
    from their lowest-rated confidence items and their open commitments). Only they see it."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="development_plan"
    )
    strengths = models.TextField(max_length=PLAN_MAX_CHARS, blank=True)
    to_develop = models.TextField(max_length=PLAN_MAX_CHARS, blank=True)
    goals = models.TextField(max_length=PLAN_MAX_CHARS, blank=True)
    updated_at = models.DateTimeField()

    def __str__(self):
        return f"Development plan of {self.user_id}"


class DevelopmentPlanShare(models.Model):
    """A copy of the plan emailed, at the councillor's request, to their council's programme
    (member-development) contact for their annual review. One per version of the plan and
    day: a second click on the same plan the same day sends nothing more. ``sent_at`` is
    claimed before sending, so the email goes at most once."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="plan_shares"
    )
    plan_version = models.DateTimeField(help_text=_("When the plan shared was last saved."))
    shared_on = models.DateField()
    sent_to = models.EmailField(help_text=_("The council's programme contact then."))
    include_stage = models.BooleanField(
        default=False, help_text=_("The councillor chose to include their self-assessment stage.")
    )
    requested_at = models.DateTimeField()
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["requested_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "plan_version", "shared_on"], name="plan_share_once_a_day"
            )
        ]

    def __str__(self):
        return f"Plan of {self.user_id} shared on {self.shared_on}"


def new_public_id() -> str:
    """128 random bits as 32 lowercase hex digits: easy to read out, and never starting with
    "-", which a command line would take for an option (revoke_certificate <id>)."""
    return secrets.token_hex(PUBLIC_ID_BYTES)


class Certificate(models.Model):
    """Completing a programme (every core module's lessons done and its quiz passed): issued
    once per person and programme. Its public id is the verification link's only key; its
    index in the status list is where withdrawing it is published."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="certificates"
    )
    programme = models.ForeignKey(
        ProgrammePage, null=True, on_delete=models.SET_NULL, related_name="certificates"
    )
    programme_title = models.CharField(max_length=255, help_text=_("The programme's title then."))
    public_id = models.CharField(max_length=32, unique=True, default=new_public_id)
    issued_at = models.DateTimeField()
    status_index = models.PositiveIntegerField(unique=True)
    revoked_at = models.DateTimeField(null=True, blank=True)
    revoked_reason = models.CharField(max_length=REVOCATION_REASON_MAX_CHARS, blank=True)

    class Meta:
        ordering = ["issued_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "programme"], name="certificate_once_per_programme"
            ),
            models.CheckConstraint(
                condition=models.Q(status_index__lt=STATUS_LIST_ENTRIES),
                name="certificate_status_index_in_list",
            ),
            models.CheckConstraint(
                condition=models.Q(revoked_at__isnull=True)
                | GreaterThanOrEqual(Length("revoked_reason"), 1),
                name="certificate_revocation_has_reason",
            ),
        ]

    def __str__(self):
        return f"Certificate {self.public_id} ({self.programme_title})"

    @property
    def revoked(self) -> bool:
        return self.revoked_at is not None
