"""Background tasks (django-tasks): the database queue's worker runs them in production; in
development and tests they run at once."""

from django.core import mail
from django.template.loader import render_to_string
from django_tasks import task

from champions.links import absolute_reverse, absolute_url

from .models import Invitation


def invitation_email(invitation: Invitation) -> mail.EmailMessage:
    """The invitation: what the programme is and how to sign in with an emailed code."""
    user = invitation.user
    context = {
        "first_name": user.first_name,
        "email": user.email,
        "council": invitation.council.name,
        "login_url": absolute_reverse("account_login"),
        "site_url": absolute_url(),
    }
    subject = render_to_string("councils/email/invitation_subject.txt", context).strip()
    body = render_to_string("councils/email/invitation_body.txt", context)
    return mail.EmailMessage(subject=subject, body=body, to=[user.email])


@task()
def send_invitation_emails(*, invitation_ids: list[int]) -> int:
    """Sends the invitations not sent yet (so a retried task never sends twice)."""
    from .services import invitations_mark_sent

    invitations = list(
        Invitation.objects.filter(pk__in=invitation_ids, sent_at__isnull=True).select_related(
            "user", "council"
        )
    )
    if not invitations:
        return 0
    with mail.get_connection() as connection:
        connection.send_messages([invitation_email(i) for i in invitations])
    return invitations_mark_sent(invitation_ids=[i.pk for i in invitations])
