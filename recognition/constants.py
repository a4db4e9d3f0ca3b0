from django.db import models

COMMITMENTS_PER_MODULE = 3
COMMITMENT_MAX_CHARS = 500
NOTE_MAX_CHARS = 1000
PLAN_MAX_CHARS = 3000

# After this many days from setting a commitment the councillor is asked how it went.
FOLLOW_UP_DAYS = (30, 90)


class CommitmentSource(models.TextChoices):
    OFFICER_QUESTION = "officer_question", "A question to ask officers"
    OWN_WORDS = "own_words", "In their own words"
    SESSION = "session", "Their answer after a live session"


class FollowUpOutcome(models.TextChoices):
    DONE = "done", "Done"
    PARTLY = "partly", "Partly"
    NOT_YET = "not_yet", "Not yet"
    NO_LONGER_RELEVANT = "no_longer_relevant", "No longer relevant"
