from django.db import models


class SessionFormat(models.TextChoices):
    IN_PERSON = "in_person", "In person"
    ONLINE = "online", "Online"
    HYBRID = "hybrid", "Hybrid (in person and online)"


class SessionLanguage(models.TextChoices):
    ENGLISH = "en", "English"
    WELSH = "cy", "Welsh"
    BILINGUAL = "bilingual", "Bilingual (English and Welsh)"


class SessionStatus(models.TextChoices):
    SCHEDULED = "scheduled", "Scheduled"
    CANCELLED = "cancelled", "Cancelled"


class ReplyAnswer(models.TextChoices):
    GOING = "going", "Going"
    NOT_GOING = "not_going", "Can't go (send apologies)"
    NOT_SURE = "not_sure", "Not sure yet"


class AttendanceStatus(models.TextChoices):
    PRESENT = "present", "Present"
    ABSENT = "absent", "Absent"
    APOLOGIES = "apologies", "Apologies"


class Usefulness(models.TextChoices):
    VERY = "very", "Very useful"
    QUITE = "quite", "Quite useful"
    NOT_VERY = "not_very", "Not very useful"
    NOT_AT_ALL = "not_at_all", "Not useful at all"
