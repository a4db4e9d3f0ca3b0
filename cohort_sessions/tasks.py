"""Background tasks (django-tasks): telling a cohort's members that a session moved or was
cancelled. Each change (a SEQUENCE number) is claimed before sending, so it goes at most once."""

from django.core import mail
from django_tasks import task

from champions.accounts.models import User
from champions.languages import email_in_their_language
from champions.links import message_reverse

from .models import Session


def change_email(session: Session, user: User) -> mail.EmailMessage:
    """In the member's language; both, Welsh first, until they say (champions.languages)."""
    context = {
        "first_name": user.first_name,
        "session": session,
        "cohort": session.cohort.name,
        "session_url": message_reverse("cohort_sessions:detail", session.pk),
        "feed_url": message_reverse("cohort_sessions:feed_settings"),
    }
    return email_in_their_language(
        user,
        subject="cohort_sessions/email/changed_subject.txt",
        text="cohort_sessions/email/changed_body.txt",
        context=context,
    )


@task()
def send_change_emails(*, session_id: int, sequence: int) -> int:
    from .services import change_emails_claim, change_emails_release

    previous = (
        Session.objects.filter(pk=session_id).values_list("notified_sequence", flat=True).first()
    )
    if previous is None or not change_emails_claim(session_id=session_id, sequence=sequence):
        return 0
    session = Session.objects.select_related("cohort").get(pk=session_id)
    members = list(
        User.objects.filter(cohort_memberships__cohort_id=session.cohort_id).order_by("pk")
    )
    try:
        with mail.get_connection() as connection:
            connection.send_messages([change_email(session, m) for m in members])
    except Exception:
        change_emails_release(session_id=session_id, sequence=sequence, previous=previous)
        raise
    return len(members)
