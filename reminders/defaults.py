"""The words each rule starts with, until a lead trainer edits them in the admin (Snippets,
"Message templates"). Plain English, short, and never a stage, score or answer."""

from .constants import Rule

DEFAULTS: dict[str, tuple[str, str]] = {
    Rule.WELCOME: (
        "Welcome to {cohort}",
        "Dear {first_name},\n\nYou are now part of {cohort}. Each lesson takes about 15 "
        "minutes, and you can stop and come back at any time.\n\nStart here: {learn_url}",
    ),
    Rule.STALLED: (
        "Your next lesson is waiting",
        "Dear {first_name},\n\nIt has been {days_since} days since you last visited {cohort}. "
        "Your next lesson takes about 15 minutes.\n\nPick up where you left off: {learn_url}",
    ),
    Rule.SESSION: (
        "Reminder: {session} on {starts}",
        "Dear {first_name},\n\n{session} for {cohort} is on {starts}.\n\nWhere: {place}\n\n"
        "Details and your reply: {session_url}",
    ),
    Rule.SESSION_DAY: (
        "Today: {session} at {starts}",
        "Dear {first_name},\n\n{session} for {cohort} is today, {starts}. It is online.\n\n"
        "Join here: {joining_url}\n\nDetails and your reply: {session_url}",
    ),
    Rule.PREWORK: (
        "Before {session}: your pre-work",
        "Dear {first_name},\n\n{session} for {cohort} is on {starts}. Please do this first, "
        "so you can join in the discussion:\n\n{prework}\n\nDetails: {session_url}",
    ),
    Rule.END_CHECK: (
        "Your end-of-programme check is open",
        "Dear {first_name},\n\nYou have completed the core modules. Your end-of-programme "
        "self-assessment is now open; it takes about 10 minutes.\n\nStart it: {check_url}",
    ),
    Rule.FOLLOW_UP: (
        "Your 3-month follow-up is open",
        "Dear {first_name},\n\nIt is 3 months since you finished the programme. Your follow-up "
        "check-in is now open until {closes}; it takes about 10 minutes and shows what has "
        "changed since.\n\nStart it: {check_url}",
    ),
    Rule.FACILITATOR_DIGEST: (
        "This week in {cohort}",
        "Dear {first_name},\n\nThis week in {cohort}:\n\n{summary}\n\nThe cohort's dashboard: "
        "{cohort_url}",
    ),
    Rule.LEADER_SUMMARY: (
        "This month's participation: {council}",
        "Dear {first_name},\n\nParticipation at {council} this month:\n\n{summary}\n\n"
        "Your council's page: {council_url}",
    ),
}
