"""Writes for a council's roster and invitations. Keyword-only; every check happens before any
write, and several rows change in one transaction."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import partial

from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from django.db import IntegrityError, transaction
from django.db.models import Max, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext

from champions.accounts.constants import ROLE_GROUPS, Language, Role
from champions.accounts.models import Council, CouncillorProfile, User
from privacy.constants import AccessAction
from privacy.services import access_record

from .constants import (
    INVITATION_BATCH,
    INVITATIONS_PER_STAFF_PER_HOUR,
    RE_INVITE_AFTER,
    ROSTER_UPLOAD_KEEP,
    STAFF_EMAIL_WINDOW,
    ImportMode,
    RosterUploadStatus,
)
from .models import Invitation, RosterUpload
from .queries import roster_preview
from .roster import import_refusal, read_roster
from .tasks import send_invitation_emails


class RosterImportRefused(Exception):
    """The import cannot go ahead; the message says why. Nothing has been written."""


@dataclass(frozen=True)
class RosterImportResult:
    created: int
    updated: int
    left: int
    skipped: int


@transaction.atomic
def roster_upload_stage(
    *, council: Council, uploaded_by: User, filename: str, data: bytes, now=None
) -> RosterUpload:
    """Reads a roster CSV and keeps its rows for the preview. Raises ``RosterFileError`` for a
    file that cannot be read, having written nothing. No councillor changes until confirmed."""
    rows = read_roster(data)
    now = now or timezone.now()
    # A new upload replaces this person's earlier unconfirmed ones; stale ones anywhere in
    # the council are emptied (they hold names and emails nobody confirmed).
    RosterUpload.objects.filter(council=council, status=RosterUploadStatus.PENDING).filter(
        Q(uploaded_by=uploaded_by) | Q(uploaded_at__lt=now - ROSTER_UPLOAD_KEEP)
    ).update(status=RosterUploadStatus.DISCARDED, rows=[])
    upload = RosterUpload(
        council=council,
        uploaded_by=uploaded_by,
        uploaded_at=now,
        filename=filename[:255],
        rows=[row.as_dict() for row in rows],
    )
    upload.full_clean()
    upload.save()
    _report_other_accounts(upload, now=now)
    return upload


def _report_other_accounts(upload: RosterUpload, *, now) -> None:
    """Rows naming an account this roster may not change (another council's councillor, staff,
    an admin) are refused in the preview; the access log tells platform admins who tried."""
    preview = roster_preview(upload=upload, this_year=timezone.localdate(now).year)
    others = [
        person.user_id
        for person in preview.known.values()
        if not person.roster_may_change(upload.council_id)
    ]
    if not others:
        return
    path = reverse("council:roster_upload", kwargs={"slug": upload.council.slug})
    for user in User.objects.filter(pk__in=others):
        access_record(
            actor=upload.uploaded_by,
            action=AccessAction.ROSTER_LISTED_OTHER_ACCOUNT,
            subject=user,
            council=upload.council,
            path=path,
            at=now,
        )


@transaction.atomic
def roster_upload_discard(*, upload: RosterUpload) -> None:
    if upload.status == RosterUploadStatus.PENDING:
        upload.status = RosterUploadStatus.DISCARDED
        upload.rows = []
        upload.save(update_fields=["status", "rows"])


def roster_import(
    *, upload: RosterUpload, mode: str, imported_by: User, now=None
) -> RosterImportResult:
    """Confirms an upload: creates or updates every councillor in the file (matched by email)
    and marks those missing from it as having left. Nobody is deleted. One transaction and a
    fixed number of queries, whatever the size of the file. Raises ``RosterImportRefused``
    (having written nothing) if the upload is used up, or ``mode`` is "all" while any row has
    a problem."""
    now = now or timezone.now()
    try:
        with transaction.atomic():
            return _roster_import(upload=upload, mode=mode, imported_by=imported_by, now=now)
    except IntegrityError:
        # Someone else changed the same people at the same moment; the rollback undid ours.
        raise RosterImportRefused(
            gettext(
                "The roster changed while this file was being imported, so nothing was "
                "imported. Upload the file again."
            )
        ) from None


def _roster_import(*, upload, mode, imported_by, now) -> RosterImportResult:
    locked = RosterUpload.objects.select_for_update().filter(pk=upload.pk).first()
    if locked is None or locked.status != RosterUploadStatus.PENDING:
        raise RosterImportRefused(
            gettext("This upload has already been imported or cancelled. Upload the file again.")
        )
    if mode not in ImportMode.values:
        raise RosterImportRefused(
            gettext("Choose whether to import all rows or only the valid rows.")
        )
    preview = roster_preview(upload=locked, this_year=timezone.localdate(now).year)
    plan = preview.plan
    refusal = import_refusal(plan, mode)
    if refusal:
        raise RosterImportRefused(refusal)

    user_ids = _create_accounts(plan, preview)
    _rename_accounts(plan, preview, user_ids)
    rows_by_user = {user_ids[row.email]: row for row in plan.to_import}
    _upsert_profiles(locked.council, rows_by_user)
    _let_use_councillor_pages(rows_by_user)
    left = CouncillorProfile.objects.filter(
        pk__in=[preview.current[email].profile_id for email in plan.leaving]
    ).update(left_at=now)

    result = RosterImportResult(
        created=len(plan.new) + len(plan.returning),
        updated=len(plan.updated),
        left=left,
        skipped=len(plan.skipped),
    )
    _record_import(locked, result, imported_by=imported_by, now=now)
    return result


def _create_accounts(plan, preview) -> dict[str, int]:
    """Accounts for people the platform has never seen; returns every imported email's
    user id, new and known."""
    new_users = []
    for row in plan.new:
        if row.email in preview.known:
            continue
        user = User(email=row.email, first_name=row.first_name, last_name=row.last_name)
        user.language = row.language
        user.set_unusable_password()  # they sign in with an emailed code
        _check(user)
        new_users.append(user)
    User.objects.bulk_create(new_users, batch_size=BATCH)
    EmailAddress.objects.bulk_create(
        [EmailAddress(user=u, email=u.email, primary=True, verified=True) for u in new_users],
        batch_size=BATCH,
        ignore_conflicts=True,
    )
    return {u.email: u.pk for u in new_users} | {
        email: person.user_id for email, person in preview.known.items()
    }


def _rename_accounts(plan, preview, user_ids: dict[str, int]) -> None:
    """Existing accounts: names follow the file, and the language when the file gives one,
    unless the person chose their language themselves (their choice stands)."""
    existing_rows = {row.email: row for row in plan.to_import if row.email in preview.known}
    renamed = []
    for user in User.objects.filter(pk__in=[user_ids[e] for e in existing_rows]):
        row = existing_rows[user.email.lower()]
        chose_it = user.language_chosen_at is not None
        language = user.language if chose_it else (row.language or user.language)
        if (user.first_name, user.last_name, user.language) != (
            row.first_name,
            row.last_name,
            language,
        ):
            user.first_name, user.last_name = row.first_name, row.last_name
            user.language = language
            _check(user)
            renamed.append(user)
    User.objects.bulk_update(renamed, ["first_name", "last_name", "language"], batch_size=BATCH)


def _upsert_profiles(council, rows_by_user: dict) -> None:
    """Updates this council's profiles (bringing back anyone marked as left), creates the
    rest."""
    profiles = list(CouncillorProfile.objects.filter(user_id__in=rows_by_user, council=council))
    for profile in profiles:
        _fill_profile(profile, rows_by_user[profile.user_id])
    CouncillorProfile.objects.bulk_update(
        profiles, ["position", "ward", "year_first_elected", "left_at"], batch_size=BATCH
    )
    have_profile = {p.user_id for p in profiles}
    new_profiles = []
    for user_id, row in rows_by_user.items():
        if user_id not in have_profile:
            profile = CouncillorProfile(user_id=user_id, council=council)
            _fill_profile(profile, row)
            new_profiles.append(profile)
    CouncillorProfile.objects.bulk_create(new_profiles, batch_size=BATCH)


def _let_use_councillor_pages(user_ids) -> None:
    group, _ = Group.objects.get_or_create(name=ROLE_GROUPS[Role.COUNCILLOR])
    User.groups.through.objects.bulk_create(
        [User.groups.through(user_id=uid, group_id=group.pk) for uid in user_ids],
        batch_size=BATCH,
        ignore_conflicts=True,
    )


def _record_import(locked, result: RosterImportResult, *, imported_by, now) -> None:
    locked.status = RosterUploadStatus.IMPORTED
    locked.imported_at = now
    locked.imported_by = imported_by
    locked.rows = []  # the names and emails now live on the roster; keep only the counts
    locked.created_count = result.created
    locked.updated_count = result.updated
    locked.left_count = result.left
    locked.full_clean()
    locked.save()


BATCH = 500


def _check(obj) -> None:
    # Field checks only: uniqueness was checked for the whole file at once (and the database
    # constraints still stand behind it), so a 5,000-row import does not run 5,000 lookups.
    obj.full_clean(exclude=["user", "council", "password"], validate_unique=False,
                   validate_constraints=False)  # fmt: skip


def _fill_profile(profile: CouncillorProfile, row) -> None:
    profile.position = row.position
    profile.ward = row.ward
    profile.year_first_elected = row.year_first_elected
    profile.left_at = None
    _check(profile)


# --- The council's programme contact -----------------------------------------------------


def council_contact_update(
    *, council: Council, contact_name: str, contact_email: str, contact_phone: str
) -> Council:
    """Who the council's councillors ask about the programme. All blank means nobody at the
    council: they are pointed to the programme team instead."""
    council.contact_name = contact_name.strip()
    council.contact_email = contact_email.strip()
    council.contact_phone = contact_phone.strip()
    council.full_clean(validate_unique=False)
    council.save(update_fields=["contact_name", "contact_email", "contact_phone"])
    return council


# --- A councillor's language for messages ------------------------------------------------


class MemberLanguageRefused(Exception):
    """The councillor chose their language themselves; nothing was written."""


LANGUAGE_ACTIONS = {
    Language.WELSH: AccessAction.ROSTER_LANGUAGE_WELSH,
    Language.ENGLISH: AccessAction.ROSTER_LANGUAGE_ENGLISH,
    "": AccessAction.ROSTER_LANGUAGE_NOT_KNOWN,
}


@transaction.atomic
def member_language_set(
    *, council: Council, user_id: int, language: str, set_by: User, path: str, now=None
) -> bool:
    """Sets the language of a current councillor's messages ("" for not known: both, Welsh
    first), as their council's leader or a platform admin, and records it in the access log.
    Refused with ``MemberLanguageRefused`` once the councillor has chosen for themselves (their
    choice stands). Returns whether anything changed. Callers check ``council`` is theirs to
    manage and ``user_id`` is on its current roster (``queries.current_member``)."""
    if language not in LANGUAGE_ACTIONS:
        raise ValueError(f"Not a language for messages: {language!r}")
    user = (
        User.objects.select_for_update()
        .filter(
            pk=user_id,
            councillor_profile__council=council,
            councillor_profile__left_at__isnull=True,
        )
        .get()
    )
    if user.language_chosen_at is not None:
        raise MemberLanguageRefused(
            gettext(
                "%(name)s chose the language for their messages themselves, so only they can "
                "change it, on their account page."
            )
            % {"name": user.get_full_name() or user.email}
        )
    if user.language == language:
        return False
    user.language = language
    user.full_clean(exclude=["password"], validate_unique=False, validate_constraints=False)
    user.save(update_fields=["language"])
    access_record(
        actor=set_by,
        action=LANGUAGE_ACTIONS[language],
        subject=user,
        council=council,
        path=path,
        at=now,
    )
    return True


# --- Invitations ------------------------------------------------------------------------


class InvitationRefused(Exception):
    pass


@dataclass(frozen=True)
class InvitationOutcome:
    invited: tuple[str, ...]  # names
    too_soon: tuple[tuple[str, datetime], ...]  # (name, when they can be invited again)


def invitations_create(
    *, council: Council, user_ids: Sequence[int], invited_by: User | None, at=None, sent=False
) -> list[Invitation]:
    """Invitation records for current councillors of ``council``. Used by ``invitations_send``
    and, with ``at`` and ``sent``, by the demo seeder to record past invitations."""
    at = at or timezone.now()
    on_roster = set(
        CouncillorProfile.objects.filter(
            council=council, left_at__isnull=True, user_id__in=user_ids
        ).values_list("user_id", flat=True)
    )
    if on_roster != set(user_ids):
        raise InvitationRefused(
            gettext("Some of the people chosen are not on this council's current roster.")
        )
    invitations = [
        Invitation(
            user_id=uid,
            council=council,
            invited_by=invited_by,
            created_at=at,
            sent_at=at if sent else None,
        )
        for uid in user_ids
    ]
    for invitation in invitations:
        invitation.full_clean(exclude=["user", "council", "invited_by"])
    return Invitation.objects.bulk_create(invitations, batch_size=BATCH)


@transaction.atomic
def invitations_send(
    *, council: Council, user_ids: Sequence[int], invited_by: User, now=None
) -> InvitationOutcome:
    """Invites current councillors of ``council`` by email. Anyone invited less than 24 hours
    ago is skipped (and reported), so a double click or an impatient "invite all" does not
    flood anyone's inbox. The emails go out in background tasks once this commits."""
    now = now or timezone.now()
    user_ids = list(dict.fromkeys(user_ids))
    if not user_ids:
        raise InvitationRefused(gettext("Select at least one councillor to invite."))
    people = {
        u.pk: u.get_full_name() or u.email
        for u in User.objects.filter(
            pk__in=user_ids,
            councillor_profile__council=council,
            councillor_profile__left_at__isnull=True,
        )
    }
    if set(people) != set(user_ids):
        raise InvitationRefused(
            gettext("Some of the people chosen are not on this council's current roster.")
        )
    latest = dict(
        Invitation.objects.filter(user_id__in=user_ids)
        .values("user_id")
        .annotate(last=Max("created_at"))
        .values_list("user_id", "last")
    )
    too_soon = {uid: latest[uid] + RE_INVITE_AFTER for uid in user_ids
                if uid in latest and now - latest[uid] < RE_INVITE_AFTER}  # fmt: skip
    to_invite = [uid for uid in user_ids if uid not in too_soon]
    _check_hourly_limit(invited_by, count=len(to_invite), now=now)
    invitations = invitations_create(
        council=council, user_ids=to_invite, invited_by=invited_by, at=now
    )
    ids = [invitation.pk for invitation in invitations]
    for start in range(0, len(ids), INVITATION_BATCH):
        batch = ids[start : start + INVITATION_BATCH]
        transaction.on_commit(partial(send_invitation_emails.enqueue, invitation_ids=batch))
    return InvitationOutcome(
        invited=tuple(people[uid] for uid in to_invite),
        too_soon=tuple((people[uid], when) for uid, when in too_soon.items()),
    )


def _check_hourly_limit(invited_by: User | None, *, count: int, now) -> None:
    """Each member of staff sends at most INVITATIONS_PER_STAFF_PER_HOUR invitation emails in
    any hour. Checked before anything is written; the system (``invited_by`` None) is exempt."""
    if invited_by is None or not count:
        return
    sent = Invitation.objects.filter(
        invited_by=invited_by, created_at__gt=now - STAFF_EMAIL_WINDOW
    ).count()
    if sent + count > INVITATIONS_PER_STAFF_PER_HOUR:
        left = max(INVITATIONS_PER_STAFF_PER_HOUR - sent, 0)
        limits = {"limit": INVITATIONS_PER_STAFF_PER_HOUR, "sent": sent, "left": left}
        raise InvitationRefused(
            gettext(
                "You can send up to %(limit)s invitations an hour and have sent %(sent)s in the "
                "last hour, so none were sent. Choose %(left)s or fewer people, or try again "
                "later."
            ) % limits if left else gettext(
                "You can send up to %(limit)s invitations an hour and have sent %(sent)s in the "
                "last hour, so none were sent. Try again in an hour."
            ) % limits
        )  # fmt: skip


def invitations_claim(*, invitation_ids: Sequence[int], at: datetime) -> list[int]:
    """Marks the invitations not sent yet as sent *before* they are sent, and returns their
    ids. A task run again after its worker died (after sending, before finishing) then finds
    nothing left to send: an invitation is emailed at most once. Rows another worker is
    claiming are skipped, not waited for."""
    with transaction.atomic():
        ids = list(
            Invitation.objects.select_for_update(skip_locked=True)
            .filter(pk__in=invitation_ids, sent_at__isnull=True)
            .values_list("pk", flat=True)
        )
        Invitation.objects.filter(pk__in=ids).update(sent_at=at)
    return ids


def invitations_release(*, invitation_ids: Sequence[int], claimed_at: datetime) -> int:
    """Undoes a claim whose sending failed with an error, so the next try sends them."""
    return Invitation.objects.filter(pk__in=invitation_ids, sent_at=claimed_at).update(sent_at=None)
