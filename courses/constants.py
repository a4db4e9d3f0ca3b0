from django.db import models
from django.utils.translation import gettext_lazy as _


class ModuleKind(models.TextChoices):
    CORE = "core", _("Core")
    ELECTIVE = "elective", _("Elective")


class CalloutKind(models.TextChoices):
    KEY_FACT = "key_fact", _("Key fact")
    TIP = "tip", _("Tip")
    WARNING = "warning", _("Watch out")


class MediaKind(models.TextChoices):
    VIDEO = "video", _("Video")
    AUDIO = "audio", _("Audio")
