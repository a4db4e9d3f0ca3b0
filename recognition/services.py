"""Writes for commitments. Keyword-only; each either changes everything it should or nothing."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from courses.models import ModulePage

from .constants import COMMITMENTS_PER_MODULE, CommitmentSource, FollowUpOutcome
from .models import Commitment, CommitmentFollowUp, DevelopmentPlan
from .queries import module_passed, session_suggestions
from .rules import follow_ups_due


class NotAllowed(Exception):
    """The councillor may not do this (yet); the message says why, in plain words."""


@dataclass(frozen=True)
class NewCommitment:
    text: str
    source: CommitmentSource


def commitments_set(
    *,
    user,
    module: ModulePage,
    commitments: Sequence[NewCommitment],
    shared: bool = False,
    now: datetime | None = None,
) -> list[Commitment]:
    """Sets one to three commitments after passing ``module``'s quiz. A second submission for
    the same module adds to the first up to three in all; the same text twice is kept once."""
    now = now or timezone.now()
    if not module_passed(user=user, module=module):
        raise NotAllowed("You can set commitments once you have passed this module's quiz.")
    with transaction.atomic():
        existing = list(Commitment.objects.select_for_update().filter(user=user, module=module))
        known = {c.text.strip().casefold() for c in existing}
        fresh = []
        for item in commitments:
            text = item.text.strip()
            if text.casefold() in known:
                continue  # submitting twice is the same as once
            known.add(text.casefold())
            fresh.append(NewCommitment(text=text, source=item.source))
        if not fresh and existing:
            return existing
        if not fresh:
            raise ValidationError("Choose or write at least one commitment.")
        if len(existing) + len(fresh) > COMMITMENTS_PER_MODULE:
            raise ValidationError(
                f"You can set up to {COMMITMENTS_PER_MODULE} commitments for a module; you have "
                f"{len(existing)} already."
            )
        used = {c.slot for c in existing}
        free = [s for s in range(1, COMMITMENTS_PER_MODULE + 1) if s not in used]
        created = []
        for slot, item in zip(free, fresh, strict=False):
            commitment = Commitment(
                user=user,
                module=module,
                module_title=module.title,
                slot=slot,
                text=item.text,
                source=item.source,
                shared_with_facilitator=shared,
                set_at=now,
            )
            commitment.full_clean()
            commitment.save()
            created.append(commitment)
    return existing + created


def commitment_share(*, user, commitment_id: int, shared: bool) -> Commitment:
    commitment = _own(user=user, commitment_id=commitment_id)
    commitment.shared_with_facilitator = shared
    commitment.save(update_fields=["shared_with_facilitator"])
    return commitment


def follow_up_record(
    *,
    user,
    commitment_id: int,
    days: int,
    outcome: FollowUpOutcome,
    note: str = "",
    now: datetime | None = None,
) -> CommitmentFollowUp:
    """Records how a commitment went, ``days`` after it was set. Only the councillor's own
    commitment, only once the follow-up is due; answering twice keeps the first answer."""
    now = now or timezone.now()
    commitment = _own(user=user, commitment_id=commitment_id)
    done = CommitmentFollowUp.objects.filter(commitment=commitment, days=days).first()
    if done is not None:
        return done
    answered = set(commitment.follow_ups.values_list("days", flat=True))
    today = timezone.localdate(now)
    if days not in follow_ups_due(
        set_on=timezone.localdate(commitment.set_at), today=today, answered=answered
    ):
        raise NotAllowed(f"The {days}-day follow-up for this commitment is not open yet.")
    follow_up = CommitmentFollowUp(
        commitment=commitment, days=days, outcome=outcome, note=note.strip(), answered_at=now
    )
    follow_up.full_clean()
    try:
        with transaction.atomic():
            follow_up.save()
    except IntegrityError:  # a double submit racing this one got there first
        return CommitmentFollowUp.objects.get(commitment=commitment, days=days)
    return follow_up


def _own(*, user, commitment_id: int) -> Commitment:
    # Someone else's commitment is indistinguishable from a missing one.
    commitment = Commitment.objects.filter(pk=commitment_id, user=user).first()
    if commitment is None:
        raise Commitment.DoesNotExist("No such commitment.")
    return commitment


def development_plan_save(
    *, user, strengths: str, to_develop: str, goals: str, now: datetime | None = None
) -> DevelopmentPlan:
    """Saves the councillor's plan (one per person; saving again replaces the text)."""
    plan = DevelopmentPlan.objects.filter(user=user).first() or DevelopmentPlan(user=user)
    plan.strengths, plan.to_develop, plan.goals = (
        strengths.strip(),
        to_develop.strip(),
        goals.strip(),
    )
    plan.updated_at = now or timezone.now()
    plan.full_clean()
    plan.save()
    return plan


def commitment_from_session(
    *,
    user,
    session_id: int,
    text: str,
    shared: bool = False,
    now: datetime | None = None,
) -> Commitment:
    """Makes the councillor's answer after a live session ("one thing you will do next") a
    commitment, in their words as offered or as they changed them. Only their own answer to a
    session they gave feedback on; one commitment per session, so a second click returns the
    first. Followed up at 30 and 90 days like any commitment."""
    now = now or timezone.now()
    existing = Commitment.objects.filter(user=user, session_id=session_id).first()
    if existing is not None:
        return existing
    offered = session_suggestions(user=user, only=session_id)
    if not offered:
        raise NotAllowed(
            "You can make a commitment from a session once you have said, after attending it, "
            "one thing you will do next."
        )
    text = text.strip()
    if not text:
        raise ValidationError("Write the commitment: one thing you will do next.")
    commitment = Commitment(
        user=user,
        module=None,
        module_title=offered[0].session_title,
        session_id=session_id,
        slot=1,
        text=text,
        source=CommitmentSource.SESSION,
        shared_with_facilitator=shared,
        set_at=now,
    )
    commitment.full_clean()
    try:
        with transaction.atomic():
            commitment.save()
    except IntegrityError:  # a double click racing this one got there first
        return Commitment.objects.get(user=user, session_id=session_id)
    return commitment
