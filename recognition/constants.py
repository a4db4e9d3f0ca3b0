from django.db import models
from django.utils.translation import gettext_lazy as _

COMMITMENTS_PER_MODULE = 3
COMMITMENT_MAX_CHARS = 500
NOTE_MAX_CHARS = 1000
PLAN_MAX_CHARS = 3000

# After this many days from setting a commitment the councillor is asked how it went.
FOLLOW_UP_DAYS = (30, 90)


class CommitmentSource(models.TextChoices):
    OFFICER_QUESTION = "officer_question", _("A question to ask officers")
    OWN_WORDS = "own_words", _("In their own words")
    SESSION = "session", _("Their answer after a live session")


class FollowUpOutcome(models.TextChoices):
    DONE = "done", _("Done")
    PARTLY = "partly", _("Partly")
    NOT_YET = "not_yet", _("Not yet")
    NO_LONGER_RELEVANT = "no_longer_relevant", _("No longer relevant")


# Certificates and their Open Badges 3.0 credentials.
# W3C Bitstring Status List v1.0: at least 16KB (131,072 entries), so one withdrawn certificate
# cannot be told apart from the rest by the list's size. Each certificate takes a random index.
STATUS_LIST_ENTRIES = 131_072
STATUS_LIST_NUMBER = 1  # /credentials/status/1; a second list when the first fills
REVOCATION_REASON_MAX_CHARS = 500
PUBLIC_ID_BYTES = 16  # 128 random bits, unguessable
