from django.db import models
from django.utils.translation import gettext_lazy as _


class SessionFormat(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    ONLINE = "online", _("Online")
    HYBRID = "hybrid", _("Hybrid (in person and online)")


class SessionLanguage(models.TextChoices):
    ENGLISH = "en", _("English")
    WELSH = "cy", _("Welsh")
    BILINGUAL = "bilingual", _("Bilingual (English and Welsh)")


class SessionStatus(models.TextChoices):
    SCHEDULED = "scheduled", _("Scheduled")
    CANCELLED = "cancelled", _("Cancelled")


class ReplyAnswer(models.TextChoices):
    GOING = "going", _("Going")
    NOT_GOING = "not_going", _("Can't go (send apologies)")
    NOT_SURE = "not_sure", _("Not sure yet")


class AttendanceStatus(models.TextChoices):
    PRESENT = "present", _("Present")
    ABSENT = "absent", _("Absent")
    APOLOGIES = "apologies", _("Apologies")


class Usefulness(models.TextChoices):
    VERY = "very", _("Very useful")
    QUITE = "quite", _("Quite useful")
    NOT_VERY = "not_very", _("Not very useful")
    NOT_AT_ALL = "not_at_all", _("Not useful at all")
