"""Writes for commitments, the development plan and certificates. Keyword-only; each either
changes everything it should or nothing."""

import logging
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import partial

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from courses.models import ModulePage, ProgrammePage

from .constants import (
    COMMITMENTS_PER_MODULE,
    STATUS_LIST_ENTRIES,
    CommitmentSource,
    FollowUpOutcome,
)
from .keys import NoSigningKey, signing_key
from .models import (
    Certificate,
    Commitment,
    CommitmentFollowUp,
    DevelopmentPlan,
    DevelopmentPlanShare,
)
from .queries import module_passed, plan_sharing, programmes_completed, session_suggestions
from .rules import follow_ups_due

logger = logging.getLogger(__name__)


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
        raise NotAllowed(_("You can set commitments once you have passed this module's quiz."))
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
            raise ValidationError(_("Choose or write at least one commitment."))
        if len(existing) + len(fresh) > COMMITMENTS_PER_MODULE:
            raise ValidationError(
                _(
                    "You can set up to %(most)d commitments for a module; you have "
                    "%(already)d already."
                )
                % {"most": COMMITMENTS_PER_MODULE, "already": len(existing)}
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
        raise NotAllowed(
            _("The %(days)d-day follow-up for this commitment is not open yet.") % {"days": days}
        )
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


NO_CONTACT = gettext_lazy(
    "Your council has not named a programme contact yet, so there is nobody to send your plan "
    "to. Print it or save it as a PDF instead, and ask your council leader to add a contact."
)


def plan_share(
    *, user, include_stage: bool = False, now: datetime | None = None
) -> tuple[DevelopmentPlanShare, bool]:
    """Emails a copy of the saved plan to the council's programme contact, once per version of
    the plan and day: asking again the same day returns the first share (``False``: nothing
    more is sent). Refuses (NotAllowed) without a saved plan or a contact with an email."""
    now = now or timezone.now()
    sharing = plan_sharing(user=user)
    if sharing.plan is None:
        raise NotAllowed(_("Save your plan first, then you can send a copy."))
    if not sharing.contact_email:
        raise NotAllowed(NO_CONTACT)
    from .tasks import send_plan_share

    key = {
        "user": user,
        "plan_version": sharing.plan.updated_at,
        "shared_on": timezone.localdate(now),
    }
    try:
        with transaction.atomic():
            share, created = DevelopmentPlanShare.objects.get_or_create(
                **key,
                defaults={
                    "sent_to": sharing.contact_email,
                    "include_stage": include_stage,
                    "requested_at": now,
                },
            )
    except IntegrityError:  # a second click racing the first: the first one sends
        return DevelopmentPlanShare.objects.get(**key), False
    if created:
        transaction.on_commit(partial(send_plan_share.enqueue, share_id=share.pk))
    return share, created


def plan_share_claim(*, share_id: int, at: datetime) -> bool:
    """Marks the share as sent *before* sending: a task run twice emails the contact once."""
    return bool(
        DevelopmentPlanShare.objects.filter(pk=share_id, sent_at__isnull=True).update(sent_at=at)
    )


def plan_share_release(*, share_id: int, claimed_at: datetime) -> None:
    """Gives back a claim whose sending failed, so a retry sends it."""
    DevelopmentPlanShare.objects.filter(pk=share_id, sent_at=claimed_at).update(sent_at=None)


# --- Certificates ---------------------------------------------------------------------------

STATUS_INDEX_TRIES = 20


def certificate_issue(
    *, user, programme: ProgrammePage, now: datetime | None = None
) -> Certificate:
    """The certificate for completing ``programme`` (the caller has checked it is complete).
    Once only: issuing again, or racing another process, returns the one certificate (the
    database holds one per person and programme). Refuses without a signing key
    (NoSigningKey), so nothing is issued that could not be signed."""
    signing_key()
    existing = Certificate.objects.filter(user=user, programme=programme).first()
    if existing is not None:
        return existing
    for _attempt in range(STATUS_INDEX_TRIES):
        certificate = Certificate(
            user=user,
            programme=programme,
            programme_title=programme.title,
            issued_at=now or timezone.now(),
            # A random place in the status list: neighbours in it say nothing about each other.
            status_index=secrets.randbelow(STATUS_LIST_ENTRIES),
        )
        certificate.full_clean(validate_unique=False, validate_constraints=False)
        try:
            with transaction.atomic():
                certificate.save()
        except IntegrityError:
            existing = Certificate.objects.filter(user=user, programme=programme).first()
            if existing is not None:
                return existing  # issued by a request racing this one
            continue  # that place in the status list is taken: draw another
        return certificate
    raise IntegrityError("No free place in the status list after several tries.")


def certificates_issue_due(*, user, now: datetime | None = None) -> list[Certificate]:
    """A certificate for each programme ``user`` has completed and has none for yet."""
    return [
        certificate_issue(user=user, programme=programme, now=now)
        for programme in programmes_completed(user=user)
    ]


def certificates_after_progress(*, user, at: datetime | None = None) -> list[Certificate]:
    """Called when a councillor passes a module quiz. Without a signing key it issues nothing
    and says so in the log (``manage.py issue_certificates`` issues what is missing later);
    passing the quiz itself never fails for it."""
    try:
        return certificates_issue_due(user=user, now=at)
    except NoSigningKey as exc:
        logger.error("Certificate not issued for user %s: %s", user.pk, exc)
        return []


def certificate_revoke(*, public_id: str, reason: str, now: datetime | None = None) -> Certificate:
    """Withdraws a certificate: its status bit is set and the verification page says so.
    Withdrawing it again keeps the first date and reason."""
    reason = reason.strip()
    if not reason:
        raise ValidationError(_("Say why the certificate is withdrawn."))
    with transaction.atomic():
        certificate = Certificate.objects.select_for_update().filter(public_id=public_id).first()
        if certificate is None:
            raise Certificate.DoesNotExist(f"There is no certificate {public_id!r}.")
        if certificate.revoked_at is None:
            certificate.revoked_at = now or timezone.now()
            certificate.revoked_reason = reason
            certificate.full_clean(validate_unique=False)
            certificate.save(update_fields=["revoked_at", "revoked_reason"])
    return certificate


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
            _(
                "You can make a commitment from a session once you have said, after attending "
                "it, one thing you will do next."
            )
        )
    text = text.strip()
    if not text:
        raise ValidationError(_("Write the commitment: one thing you will do next."))
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
