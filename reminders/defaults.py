"""The words each rule starts with, until a lead trainer edits them in the admin (Snippets,
"Message templates"). Plain English, short, and never a stage, score or answer. Every rule has
Welsh words too (DEFAULTS_CY, same placeholders): a person gets the language they chose, or both."""

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

# The same messages in Welsh (same placeholders), until a lead trainer edits them.
DEFAULTS_CY: dict[str, tuple[str, str]] = {
    Rule.WELCOME: (
        "Croeso i {cohort}",
        "Annwyl {first_name},\n\nRydych chi bellach yn rhan o {cohort}. Mae pob gwers yn cymryd "
        "tua 15 munud, a gallwch stopio a dod yn ôl unrhyw bryd.\n\nDechreuwch yma: {learn_url}",
    ),
    Rule.STALLED: (
        "Mae eich gwers nesaf yn aros amdanoch",
        "Annwyl {first_name},\n\nMae {days_since} diwrnod ers i chi ymweld â {cohort} "
        "ddiwethaf. Mae eich gwers nesaf yn cymryd tua 15 munud.\n\nEwch ymlaen o'r man lle "
        "gwnaethoch adael: {learn_url}",
    ),
    Rule.SESSION: (
        "Nodyn atgoffa: {session} ar {starts}",
        "Annwyl {first_name},\n\nMae {session} ar gyfer {cohort} ar {starts}.\n\nBle: {place}\n\n"
        "Manylion a'ch ateb: {session_url}",
    ),
    Rule.SESSION_DAY: (
        "Heddiw: {session} am {starts}",
        "Annwyl {first_name},\n\nMae {session} ar gyfer {cohort} heddiw, {starts}. Mae ar-lein."
        "\n\nYmunwch yma: {joining_url}\n\nManylion a'ch ateb: {session_url}",
    ),
    Rule.PREWORK: (
        "Cyn {session}: eich gwaith paratoi",
        "Annwyl {first_name},\n\nMae {session} ar gyfer {cohort} ar {starts}. Gwnewch hyn yn "
        "gyntaf, os gwelwch yn dda, er mwyn i chi allu ymuno yn y drafodaeth:\n\n{prework}\n\n"
        "Manylion: {session_url}",
    ),
    Rule.END_CHECK: (
        "Mae eich gwiriad diwedd y rhaglen ar agor",
        "Annwyl {first_name},\n\nRydych chi wedi cwblhau'r modiwlau craidd. Mae eich "
        "hunanasesiad diwedd y rhaglen bellach ar agor; mae'n cymryd tua 10 munud.\n\n"
        "Dechreuwch yma: {check_url}",
    ),
    Rule.FOLLOW_UP: (
        "Mae eich dilyniant 3 mis ar agor",
        "Annwyl {first_name},\n\nMae 3 mis ers i chi orffen y rhaglen. Mae eich dilyniant bellach "
        "ar agor tan {closes}; mae'n cymryd tua 10 munud ac mae'n dangos beth sydd wedi newid ers "
        "hynny.\n\nDechreuwch yma: {check_url}",
    ),
    Rule.FACILITATOR_DIGEST: (
        "Yr wythnos hon yn {cohort}",
        "Annwyl {first_name},\n\nYr wythnos hon yn {cohort}:\n\n{summary}\n\n"
        "Dangosfwrdd y garfan: {cohort_url}",
    ),
    Rule.LEADER_SUMMARY: (
        "Cyfranogiad y mis hwn: {council}",
        "Annwyl {first_name},\n\nCyfranogiad yn {council} y mis hwn:\n\n{summary}\n\n"
        "Tudalen eich cyngor: {council_url}",
    ),
}
