"""Live sessions, in the demo: each cohort has two sessions that have happened, with their
registers taken (mostly present, an apology, someone absent), and two coming up, the first with
pre-work. After the latest one about half of those present answered the two questions; the demo
councillor was there and said one thing they will do next, so their commitments page offers it. Everything goes through the same services as the product, told the moment it
happened. Safe to run again: a cohort that has sessions already is left as it is."""

import random
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.db import transaction
from django.utils import timezone

from champions.accounts.models import User
from cohort_sessions.constants import AttendanceStatus, SessionFormat, SessionLanguage
from cohort_sessions.services import feedback_submit, register_mark, reply_set, session_schedule
from courses.models import ModulePage

UK = ZoneInfo("Europe/London")

# (days from today, start hour, title, format, place, joining link, language)
PLAN = [
    (-28, 10, "Session 1: why digital matters for councillors", SessionFormat.IN_PERSON,
     "Committee Room 2, Town Hall", "", SessionLanguage.ENGLISH),
    (-9, 18, "Session 2: data you can trust", SessionFormat.ONLINE, "",
     "https://meet.example.org/demo-session-2", SessionLanguage.ENGLISH),
    (5, 18, "Session 3: services people can use", SessionFormat.HYBRID,
     "Council Chamber, Town Hall", "https://meet.example.org/demo-session-3",
     SessionLanguage.BILINGUAL),
    (19, 10, "Session 4: leading change", SessionFormat.IN_PERSON,
     "Committee Room 2, Town Hall", "", SessionLanguage.ENGLISH),
]  # fmt: skip


# Answers to "one thing you will do next", written for the demo.
NEXT_STEPS = [
    "Ask officers which of our services can be done online from start to finish",
    "Read the digital strategy before the next scrutiny meeting",
    "Find out who looks after the data behind our bin collection map",
    "Try booking a library room on the website as a resident would",
]


def _at(day, hour: int) -> datetime:
    return datetime.combine(day, time(hour, 0), tzinfo=UK)


@transaction.atomic
def seed_sessions(cast: dict) -> str:
    rng = random.Random(18)
    today = timezone.localdate()
    made = marked = answered = 0
    demo = cast["demo"]
    for cohort, facilitator in zip(
        cast["cohorts"], [cast["staff"]["facilitator"], cast["staff"]["facilitator2"]], strict=True
    ):
        if cohort.sessions.exists():
            continue
        modules = list(ModulePage.objects.child_of(cohort.programme).live().order_by("path"))
        people = list(User.objects.filter(cohort_memberships__cohort=cohort).order_by("pk"))
        members = [person.pk for person in people]
        for days, hour, title, fmt, place, link, language in PLAN:
            starts = _at(today + timedelta(days=days), hour)
            scheduled = starts - timedelta(days=21)
            prework = modules[1:2] if days > 0 and days < 10 else modules[:1] if days < 0 else []
            session = session_schedule(
                cohort=cohort, title=title, starts_at=starts, ends_at=starts + timedelta(hours=2),
                format=fmt, place=place, joining_url=link, language=language,
                agenda="1. Welcome and what you did since last time\n2. Group work\n"
                "3. One thing to try before the next session",
                prework=prework, now=scheduled,
            )  # fmt: skip
            made += 1
            if days > 0:
                continue
            for person in people:
                reply_set(session=session, user=person, answer="going",
                          now=scheduled + timedelta(days=1))  # fmt: skip
            marks = {
                user_id: rng.choices(
                    [AttendanceStatus.PRESENT, AttendanceStatus.APOLOGIES, AttendanceStatus.ABSENT],
                    weights=[8, 1, 1],
                )[0]
                for user_id in members
            }
            if days == PLAN[1][0] and demo.pk in marks:
                marks[demo.pk] = AttendanceStatus.PRESENT
            marked += len(marks)
            register_mark(
                session=session, marks=marks, recorded_by=facilitator,
                now=starts + timedelta(hours=2),
            )  # fmt: skip
            if days != PLAN[1][0]:
                continue
            for person in people:
                if marks[person.pk] != AttendanceStatus.PRESENT:
                    continue
                if person.pk != demo.pk and rng.random() < 0.5:
                    continue
                feedback_submit(
                    session=session, user=person, usefulness=rng.choice(["very", "quite"]),
                    next_step=NEXT_STEPS[0] if person.pk == demo.pk else rng.choice(NEXT_STEPS),
                    now=starts + timedelta(hours=3),
                )  # fmt: skip
                answered += 1
    return (
        f"Sessions: {made} scheduled, {marked} register marks taken, {answered} answered the "
        "questions afterwards"
    )
