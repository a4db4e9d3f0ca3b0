"""Who a councillor asks about the programme: their council's programme contact when the
council has set one, otherwise the programme team (the ServiceContacts setting). Read by the
"not in a cohort yet" screen and by invitations."""

from dataclasses import dataclass

from champions.accounts.models import Council
from champions.pages.models import ServiceContacts


@dataclass(frozen=True)
class Contact:
    name: str
    email: str
    phone: str
    council: str  # the council's name when the contact is at the council, else ""

    @property
    def at_council(self) -> bool:
        return bool(self.council)


def programme_contact(council: Council | None) -> Contact:
    if council is not None and (council.contact_name or council.contact_email):
        return Contact(
            name=council.contact_name or f"{council.name} member services",
            email=council.contact_email,
            phone=council.contact_phone,
            council=council.name,
        )
    team = ServiceContacts.load()
    return Contact(
        name=team.programme_team_name,
        email=team.programme_team_email,
        phone=team.programme_team_phone,
        council="",
    )
