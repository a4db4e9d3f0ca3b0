"""Background tasks (django-tasks): the database queue's worker runs them in production; in
development and tests they run at once."""

from django.core import mail
from django.template.loader import render_to_string
from django.utils import timezone
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
    """Sends the invitations not sent yet, each at most once: they are claimed (marked sent)
    in a committed transaction first, then sent; a sending error gives the claim back."""
    from .services import invitations_claim, invitations_release

    claimed_at = timezone.now()
    ids = invitations_claim(invitation_ids=invitation_ids, at=claimed_at)
    if not ids:
        return 0
    invitations = list(
        Invitation.objects.filter(pk__in=ids).select_related("user", "council").order_by("pk")
    )
    try:
        with mail.get_connection() as connection:
            connection.send_messages([invitation_email(i) for i in invitations])
    except Exception:
        invitations_release(invitation_ids=ids, claimed_at=claimed_at)
        raise
    return len(ids)
