"""Getting people into cohorts, in the demo: each council's programme contact, the regional
cohort's join link, and a few councillors invited who are not in a cohort yet. Safe to run
again: nothing is changed that is already there."""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from champions.accounts.models import Council, CouncillorProfile
from cohorts.services import cohort_join_link_reset
from councils.models import Invitation
from councils.services import council_contact_update, invitations_create

# slug: (name, email, phone). Fictional, like the councils.
CONTACTS = {
    "riverside": ("Member Services, Riverside", "member.services@riverside.example.org",
                  "0161 496 0000"),
    "northmoor": ("Sam Okoye, Democratic Services", "democratic.services@northmoor.example.org",
                  "01632 960000"),
    "eastbrook": ("Eastbrook Member Development", "members@eastbrook.example.org", ""),
    "glenard": ("Morven Reid, Elected Member Support", "members@glenard.example.org",
                "01463 960000"),
    "aberwen": ("Gwasanaethau Aelodau / Member Services", "aelodau@aberwen.example.org", ""),
}  # fmt: skip


@transaction.atomic
def seed_enrolment(cast: dict) -> str:
    contacts = 0
    for council in Council.objects.filter(slug__in=CONTACTS, contact_email=""):
        name, email, phone = CONTACTS[council.slug]
        council_contact_update(
            council=council, contact_name=name, contact_email=email, contact_phone=phone
        )
        contacts += 1
    regional = cast["cohorts"][0]
    if not regional.join_token:
        cohort_join_link_reset(cohort=regional)
    # Glenard has no cohort yet; its councillors were invited last week and wait for one.
    glenard = Council.objects.get(slug="glenard")
    waiting = list(
        CouncillorProfile.objects.filter(council=glenard, left_at__isnull=True)
        .order_by("user__email")
        .values_list("user_id", flat=True)
    )
    if not Invitation.objects.filter(council=glenard).exists():
        invitations_create(
            council=glenard, user_ids=waiting, invited_by=None,
            at=timezone.now() - timedelta(days=6), sent=True,
        )  # fmt: skip
    return (
        f"Enrolment: {contacts} council contacts set, a join link for {regional.name}, "
        f"{len(waiting)} Glenard councillors invited and waiting for a cohort"
    )
