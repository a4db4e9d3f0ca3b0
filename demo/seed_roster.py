"""The council leader's side of the demo: Riverside's roster, imported from a CSV through the
same services the leader's pages use, its invitations, and a sign-in history that matches the
lesson histories. Safe to run again: an imported roster is never imported twice."""

from datetime import timedelta

from django.db import transaction
from django.db.models import OuterRef, Subquery
from django.utils import timezone

from champions.accounts.models import Council, CouncillorProfile, User
from champions.accounts.services import councillor_profile_upsert, user_upsert
from councils.constants import ImportMode, RosterUploadStatus
from councils.models import RosterUpload
from councils.services import invitations_create, roster_import, roster_upload_stage
from courses.models import Enrolment

# A member who stood down at the last election (never in a cohort).
FORMER_MEMBERS = [("Maureen Platt", "maureen.platt@riverside.example.org", "Mill Lane")]
# Two people elected at a by-election, new to the roster.
NEWCOMERS = [
    ("Olwen Pryce", "olwen.pryce@riverside.example.org", "backbench", "Station", 2026),
    ("Tariq Rahman", "tariq.rahman@riverside.example.org", "scrutiny", "Brookside", 2026),
]


def _record_sign_ins() -> int:
    """Anyone who has opened a lesson has signed in: their last sign-in is their last activity.
    (Sign-in is allauth's, not a service of ours, so the demo records the history directly.)"""
    latest = Enrolment.objects.filter(user=OuterRef("pk"), last_active_at__isnull=False)
    return User.objects.filter(
        last_login__isnull=True,
        councillor_profile__isnull=False,
        enrolments__last_active_at__isnull=False,
    ).update(last_login=Subquery(latest.order_by("-last_active_at").values("last_active_at")[:1]))


def _csv(rows) -> bytes:
    lines = ["name,email,position,ward,year first elected"]
    lines += [",".join(str(cell) for cell in row) for row in rows]
    return ("\n".join(lines) + "\n").encode()


@transaction.atomic
def seed_roster(cast: dict) -> str:
    signed_in = _record_sign_ins()
    council = Council.objects.get(slug="riverside")
    if RosterUpload.objects.filter(council=council, status=RosterUploadStatus.IMPORTED).exists():
        return f"Roster: Riverside's already imported; {signed_in} sign-ins recorded"
    leader = cast["staff"]["leader"]
    start = cast["cohorts"][0].start_date  # the regional cohort's
    now = timezone.now()
    imported_at = timezone.make_aware(timezone.datetime(start.year, start.month, start.day, 9))
    imported_at -= timedelta(days=10)

    # A member stood down at the last election: never in a cohort, left out of the file, so
    # marked as left. (Someone in a cohort who has left their council would be an oddity: the
    # demo's history checker refuses it.)
    for name, email, ward in FORMER_MEMBERS:
        first, last = name.split(" ", 1)
        former = user_upsert(email=email, first_name=first, last_name=last)
        councillor_profile_upsert(
            user=former, council=council, position="backbench", ward=ward, year_first_elected=2012
        )
    profiles = list(
        CouncillorProfile.objects.filter(council=council, left_at__isnull=True)
        .select_related("user")
        .order_by("user__email")
    )
    leaving = [p for p in profiles if p.user.email in {m[1] for m in FORMER_MEMBERS}]
    staying = [p for p in profiles if p not in leaving]
    rows = [
        (p.user.get_full_name(), p.user.email, p.position, p.ward, p.year_first_elected or "")
        for p in staying
    ] + NEWCOMERS
    upload = roster_upload_stage(
        council=council,
        uploaded_by=leader,
        filename="riverside-councillors.csv",
        data=_csv(rows),
        now=imported_at,
    )
    roster_import(upload=upload, mode=ImportMode.ALL, imported_by=leader, now=imported_at)

    # Everyone already on the roster was invited a week before the cohort started, except
    # one who has never signed in (nobody signs in to an account they were never told about);
    # a few were reminded a fortnight later. One newcomer was invited this week.
    never_signed_in = [p.user_id for p in staying if p.user.last_login is None]
    left_out = never_signed_in[-1:]
    invited = [p.user_id for p in staying if p.user_id not in left_out]
    first = imported_at + timedelta(days=3)
    invitations_create(council=council, user_ids=invited, invited_by=leader, at=first, sent=True)
    invitations_create(
        council=council, user_ids=invited[1:4], invited_by=leader,
        at=first + timedelta(days=14), sent=True,
    )  # fmt: skip
    olwen = User.objects.get(email=NEWCOMERS[0][1])
    invitations_create(
        council=council, user_ids=[olwen.pk], invited_by=leader, at=now - timedelta(days=3),
        sent=True,
    )  # fmt: skip
    return (
        f"Roster: Riverside imported ({len(rows)} councillors, {len(leaving)} marked as left), "
        f"{len(invited) + 1} invited, {signed_in} sign-ins recorded"
    )
