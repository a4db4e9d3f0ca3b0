"""Background tasks (django-tasks): the database queue's worker runs them in production; in
development and tests they run at once."""

from collections import defaultdict

from django.core import mail
from django.utils import timezone
from django_tasks import task

from champions.contacts import programme_contact
from champions.languages import email_in_their_language
from champions.links import message_reverse, message_url
from cohorts.models import CohortMembership
from cohorts.tasks import names_of

from .models import Invitation


def cohorts_of(user_ids) -> dict[int, list[dict]]:
    """Each person's cohorts as the invitation names them (one query, plus one for the
    facilitators)."""
    memberships = (
        CohortMembership.objects.filter(user_id__in=user_ids)
        .select_related("cohort")
        .prefetch_related("cohort__facilitators")
        .order_by("cohort__start_date", "cohort__name")
    )
    cohorts = defaultdict(list)
    for membership in memberships:
        cohort = membership.cohort
        cohorts[membership.user_id].append(
            {
                "name": cohort.name,
                "facilitators": names_of(cohort.facilitators.all()),
                "start_date": cohort.start_date,
                "started": cohort.start_date <= timezone.localdate(),
            }
        )
    return cohorts


def invitation_email(invitation: Invitation, *, cohorts=None) -> mail.EmailMessage:
    """The invitation: what the programme is, the cohort they are in (or who to ask, and what
    happens next, when they are not in one yet) and how to sign in with an emailed code."""
    user = invitation.user
    if cohorts is None:
        cohorts = cohorts_of([user.pk]).get(user.pk, [])
    context = {
        "first_name": user.first_name,
        "email": user.email,
        "council": invitation.council.name,
        "cohorts": cohorts,
        "contact": programme_contact(invitation.council),
        "login_url": message_reverse("account_login"),
        "site_url": message_url("/"),
    }
    # In the councillor's language; both, Welsh first, until they say (champions.languages).
    return email_in_their_language(
        user,
        subject="councils/email/invitation_subject.txt",
        text="councils/email/invitation_body.txt",
        context=context,
    )


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
            cohorts = cohorts_of([i.user_id for i in invitations])
            connection.send_messages(
                [invitation_email(i, cohorts=cohorts.get(i.user_id, [])) for i in invitations]
            )
    except Exception:
        invitations_release(invitation_ids=ids, claimed_at=claimed_at)
        raise
    return len(ids)
