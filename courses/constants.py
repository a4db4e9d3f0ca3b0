from django.db import models


class ModuleKind(models.TextChoices):
    CORE = "core", "Core"
    ELECTIVE = "elective", "Elective"


class CalloutKind(models.TextChoices):
    KEY_FACT = "key_fact", "Key fact"
    TIP = "tip", "Tip"
    WARNING = "warning", "Watch out"


class MediaKind(models.TextChoices):
    VIDEO = "video", "Video"
    AUDIO = "audio", "Audio"
