from django.db import models
from django.utils.translation import gettext_lazy as _


class Rule(models.TextChoices):
    WELCOME = "welcome", _("Welcome to a cohort")
    STALLED = "stalled", _("Nothing done for a while")
    SESSION = "session", _("A live session in 2 days")
    SESSION_DAY = "session_day", _("An online session today, with its joining link")
    PREWORK = "prework", _("Pre-work to do before a live session")
    END_CHECK = "end_check", _("The end-of-programme check is open")
    FOLLOW_UP = "follow_up", _("The 3-month follow-up is open")
    FACILITATOR_DIGEST = "facilitator_digest", _("Weekly digest to a facilitator")
    LEADER_SUMMARY = "leader_summary", _("Monthly participation summary to a council leader")


class Status(models.TextChoices):
    QUEUED = "queued", _("Queued")
    SENDING = "sending", _("Sending")
    SENT = "sent", _("Sent")
    DELIVERED = "delivered", _("Delivered")
    FAILED_TEMPORARY = "failed_temporary", _("Failed, will try again")
    FAILED_PERMANENT = "failed_permanent", _("Failed: this address is bouncing")
    CANCELLED = "cancelled", _("Not sent (reminders off, left, or a pre-election period)")


# Every placeholder a rule's template may use. None of them is a stage, a score or an answer:
# a message may go to someone other than the learner (facilitators, leaders) or be read over a
# shoulder, so no rule carries them at all.
COMMON = ("first_name", "site_url", "unsubscribe_url")
PLACEHOLDERS: dict[str, tuple[str, ...]] = {
    Rule.WELCOME: (*COMMON, "cohort", "learn_url"),
    Rule.STALLED: (*COMMON, "cohort", "learn_url", "days_since"),
    Rule.SESSION: (*COMMON, "cohort", "session", "starts", "place", "session_url"),
    Rule.SESSION_DAY: (*COMMON, "cohort", "session", "starts", "joining_url", "session_url"),
    Rule.PREWORK: (*COMMON, "cohort", "session", "starts", "prework", "session_url"),
    Rule.END_CHECK: (*COMMON, "check_url"),
    Rule.FOLLOW_UP: (*COMMON, "check_url", "closes"),
    Rule.FACILITATOR_DIGEST: (*COMMON, "cohort", "summary", "cohort_url"),
    Rule.LEADER_SUMMARY: (*COMMON, "council", "summary", "council_url"),
}

# Strictly transactional rules still go during a pre-election period. None of ours is: sign-in
# codes, data exports and session changes are sent by their own apps, not through reminders.
TRANSACTIONAL: frozenset[str] = frozenset()

# The stalled reminder: after this many days without activity, at most every this many days,
# at most this many times.
STALLED_AFTER_DAYS = 14
STALLED_MAX_TIMES = 3
SESSION_DAYS_BEFORE = 2
# Pre-work: those who have not done it are reminded once, up to a week before the session
# (time to do a module), well before the 2-day session reminder.
PREWORK_DAYS_BEFORE = 7
# Quiet hours, UK time: nothing is sent from 21:00 to 08:00; messages wait in the queue.
QUIET_FROM_HOUR = 21
QUIET_UNTIL_HOUR = 8
# Temporary failures (rate limit, server error) are tried again after 2, 4, 8, 16 minutes, then
# recorded as permanent.
MAX_ATTEMPTS = 5
# A message left "sending" this long (its worker died) goes back in the queue.
SENDING_STALE_MINUTES = 15


class SkipReason(models.TextChoices):
    REMINDERS_OFF = "reminders_off", "turned reminders off"
    LEFT = "left", "left the council"
    PRE_ELECTION = "pre_election", "council in a pre-election period"
    ALREADY_QUEUED = "already_queued", "already queued"
    NO_EMAIL = "no_email", "no email address"
