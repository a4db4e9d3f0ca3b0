"""Vocabularies for people and councils. Roles are rows (group membership), not flags."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    COUNCILLOR = "councillor", _("Councillor")
    TRAINER = "trainer", _("Trainer")
    LEAD_TRAINER = "lead_trainer", _("Lead trainer")
    FACILITATOR = "facilitator", _("Facilitator")
    COUNCIL_LEADER = "council_leader", _("Council leader")
    PLATFORM_ADMIN = "platform_admin", _("Platform admin")


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
    COUNTY = "county", _("County council")
    DISTRICT = "district", _("District council")
    UNITARY = "unitary", _("Unitary authority")
    METROPOLITAN = "metropolitan", _("Metropolitan borough")
    LONDON_BOROUGH = "london_borough", _("London borough")
    SCOTTISH = "scottish", _("Scottish council")
    WELSH = "welsh", _("Welsh council")
    NORTHERN_IRISH = "northern_irish", _("Northern Irish council")


class Nation(models.TextChoices):
    ENGLAND = "england", _("England")
    SCOTLAND = "scotland", _("Scotland")
    WALES = "wales", _("Wales")
    NORTHERN_IRELAND = "northern_ireland", _("Northern Ireland")


class Position(models.TextChoices):
    LEADER = "leader", _("Leader")
    CABINET = "cabinet", _("Cabinet member")
    CHAIR = "chair", _("Committee chair")
    SCRUTINY = "scrutiny", _("Scrutiny member")
    BACKBENCH = "backbench", _("Backbench or ward member")


class Language(models.TextChoices):
    """The language a person wants their messages in. Each is named in itself, whatever the
    page's language; blank (not known yet) means both, Welsh first (champions.languages)."""

    ENGLISH = "en-gb", "English"
    WELSH = "cy", "Cymraeg"
