"""Background tasks (django-tasks): the email telling someone they have been added to a cohort.
Sent at most once per membership, with the same claim-then-send guard as invitations."""

from django.core import mail
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _
from django_tasks import task

from champions.links import absolute_reverse, absolute_url

from .models import CohortMembership


def names_of(people) -> str:
    """ "Ann", "Ann and Bob", "Ann, Bob and Cy"."""
    names = [p.get_full_name() or p.email for p in people]
    if len(names) < 2:
        return "".join(names)
    return _("%(names)s and %(last)s") % {"names": ", ".join(names[:-1]), "last": names[-1]}


def added_email(membership: CohortMembership) -> mail.EmailMessage:
    user, cohort = membership.user, membership.cohort
    context = {
        "first_name": user.first_name,
        "email": user.email,
        "cohort": cohort.name,
        "programme": cohort.programme.title,
        "facilitators": names_of(cohort.facilitators.all()),
        "start_date": cohort.start_date,
        "started": cohort.start_date <= timezone.localdate(),
        "learn_url": absolute_reverse("courses:learn"),
        "login_url": absolute_reverse("account_login"),
        "site_url": absolute_url(),
    }
    subject = render_to_string("cohorts/email/added_subject.txt", context).strip()
    body = render_to_string("cohorts/email/added_body.txt", context)
    return mail.EmailMessage(subject=subject, body=body, to=[user.email])


@task()
def send_added_emails(*, membership_ids: list[int]) -> int:
    """Claims (marks as sent, committed) the memberships whose email has not gone yet, then
    sends; a sending error gives the claim back so a retry sends them."""
    from .services import added_emails_claim, added_emails_release

    claimed_at = timezone.now()
    ids = added_emails_claim(membership_ids=membership_ids, at=claimed_at)
    if not ids:
        return 0
    memberships = list(
        CohortMembership.objects.filter(pk__in=ids)
        .select_related("user", "cohort__programme")
        .prefetch_related("cohort__facilitators")
        .order_by("pk")
    )
    try:
        with mail.get_connection() as connection:
            connection.send_messages([added_email(m) for m in memberships])
    except Exception:
        added_emails_release(membership_ids=ids, claimed_at=claimed_at)
        raise
    return len(ids)
