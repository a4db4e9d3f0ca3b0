"""Writes for the learner's side of courses. Keyword-only; every check happens before any write."""

from django.db import transaction
from django.db.models import Q, Subquery
from django.utils import timezone
from django.utils.translation import gettext

from .models import Enrolment, LessonPage, LessonProgress, ProgrammePage, Reflection


class LessonNotAvailable(Exception):
    """The lesson is not published, or not part of a programme this person is enrolled on."""


class ReflectionInvalid(Exception):
    pass


def enrolment_ensure(*, user, programme: ProgrammePage) -> Enrolment:
    enrolment, _ = Enrolment.objects.get_or_create(user=user, programme=programme)
    return enrolment


def _enrolment_for_lesson(*, user, lesson: LessonPage, annotate=None) -> Enrolment:
    if not lesson.live:
        raise LessonNotAvailable(gettext("This lesson is not published."))
    # The programme is the lesson's grandparent; its path is the lesson's path minus two steps.
    programme_path = lesson.path[: -2 * LessonPage.steplen]
    enrolment = (
        Enrolment.objects.filter(user=user, programme__path=programme_path)
        .annotate(**(annotate or {}))
        .only("pk")
        .first()
    )
    if enrolment is None:
        raise LessonNotAvailable(
            gettext("This lesson is not part of a programme you are enrolled on.")
        )
    return enrolment


def _touch(enrolment: Enrolment, now, *, live: bool = True) -> None:
    """Records activity. A live request always writes its moment: facilitators' cached cohort
    figures are versioned by these times, so every new result must change one. History
    recorded after the fact (``at``) never moves last activity backwards."""
    touched = Enrolment.objects.filter(pk=enrolment.pk)
    if not live:
        touched = touched.filter(Q(last_active_at__isnull=True) | Q(last_active_at__lt=now))
    touched.update(last_active_at=now)


def lesson_visit(*, user, lesson: LessonPage, at=None) -> LessonProgress | None:
    """Records that an enrolled learner opened a lesson (first and latest visit). ``at`` lets
    imports and the demo seeder record history; views always use the current time."""
    mine = LessonProgress.objects.filter(user=user, lesson=lesson)
    try:
        # The enrolment and, alongside it, any progress row: one query for both.
        enrolment = _enrolment_for_lesson(
            user=user,
            lesson=lesson,
            annotate={
                f"progress_{field}": Subquery(mine.values(field)[:1])
                for field in ("pk", "started_at", "completed_at")
            },
        )
    except LessonNotAvailable:
        return None
    now = at or timezone.now()
    with transaction.atomic():
        if enrolment.progress_pk is None:
            progress, created = LessonProgress.objects.get_or_create(
                user=user, lesson=lesson, defaults={"started_at": now, "last_seen_at": now}
            )
            if not created:  # another request made it just now
                mine.update(last_seen_at=now)
        else:
            mine.update(last_seen_at=now)
            progress = LessonProgress(
                pk=enrolment.progress_pk,
                user=user,
                lesson=lesson,
                started_at=enrolment.progress_started_at,
                last_seen_at=now,
                completed_at=enrolment.progress_completed_at,
            )
        _touch(enrolment, now, live=at is None)
    return progress


@transaction.atomic
def lesson_mark_complete(*, user, lesson: LessonPage, at=None) -> LessonProgress:
    """Completes a lesson once: pressing the button again changes nothing."""
    enrolment = _enrolment_for_lesson(user=user, lesson=lesson)
    now = at or timezone.now()
    progress, _ = LessonProgress.objects.select_for_update().get_or_create(
        user=user, lesson=lesson, defaults={"started_at": now, "last_seen_at": now}
    )
    if progress.completed_at is None:
        progress.completed_at = now
        progress.last_seen_at = now
        progress.full_clean()
        progress.save(update_fields=["completed_at", "last_seen_at"])
    _touch(enrolment, now, live=at is None)
    return progress


@transaction.atomic
def reflection_save(*, user, lesson: LessonPage, block_id: str, text: str) -> Reflection | None:
    """Saves (or, when emptied, deletes) a learner's private note on one reflection prompt."""
    enrolment = _enrolment_for_lesson(user=user, lesson=lesson)
    if block_id not in lesson.reflection_block_ids():
        raise ReflectionInvalid(gettext("That reflection prompt is not in this lesson."))
    text = text.strip()
    if len(text) > 5000:
        raise ReflectionInvalid(gettext("Your note is too long: keep it under 5,000 characters."))
    _touch(enrolment, timezone.now())
    if not text:
        Reflection.objects.filter(user=user, lesson=lesson, block_id=block_id).delete()
        return None
    reflection, _ = Reflection.objects.update_or_create(
        user=user, lesson=lesson, block_id=block_id, defaults={"text": text}
    )
    return reflection
