"""Vocabularies for people and councils. Roles are rows (group membership), not flags."""

from django.db import models


class Role(models.TextChoices):
    COUNCILLOR = "councillor", "Councillor"
    TRAINER = "trainer", "Trainer"
    LEAD_TRAINER = "lead_trainer", "Lead trainer"
    FACILITATOR = "facilitator", "Facilitator"
    COUNCIL_LEADER = "council_leader", "Council leader"
    PLATFORM_ADMIN = "platform_admin", "Platform admin"


# The Django group that carries each role. Group names are what admins see in Wagtail.
ROLE_GROUPS = {
    Role.COUNCILLOR: "Councillors",
    Role.TRAINER: "Trainers",
    Role.LEAD_TRAINER: "Lead trainers",
    Role.FACILITATOR: "Facilitators",
    Role.COUNCIL_LEADER: "Council leaders",
    Role.PLATFORM_ADMIN: "Platform admins",
}
GROUP_ROLES = {group: role for role, group in ROLE_GROUPS.items()}

STAFF_ROLES = frozenset(
    {Role.TRAINER, Role.LEAD_TRAINER, Role.FACILITATOR, Role.COUNCIL_LEADER, Role.PLATFORM_ADMIN}
)


class CouncilType(models.TextChoices):
    COUNTY = "county", "County council"
    DISTRICT = "district", "District council"
    UNITARY = "unitary", "Unitary authority"
    METROPOLITAN = "metropolitan", "Metropolitan borough"
    LONDON_BOROUGH = "london_borough", "London borough"
    SCOTTISH = "scottish", "Scottish council"
    WELSH = "welsh", "Welsh council"
    NORTHERN_IRISH = "northern_irish", "Northern Irish council"


class Nation(models.TextChoices):
    ENGLAND = "england", "England"
    SCOTLAND = "scotland", "Scotland"
    WALES = "wales", "Wales"
    NORTHERN_IRELAND = "northern_ireland", "Northern Ireland"


class Position(models.TextChoices):
    LEADER = "leader", "Leader"
    CABINET = "cabinet", "Cabinet member"
    CHAIR = "chair", "Committee chair"
    SCRUTINY = "scrutiny", "Scrutiny member"
    BACKBENCH = "backbench", "Backbench or ward member"
