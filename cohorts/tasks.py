"""Background tasks (django-tasks): the email telling someone they have been added to a cohort.
Sent at most once per membership, with the same claim-then-send guard as invitations."""

from django.core import mail
from django.utils import timezone
from django.utils.functional import lazy
from django.utils.translation import gettext, pgettext
from django_tasks import task

from champions.languages import email_in_their_language
from champions.links import message_reverse, message_url

from .models import CohortMembership

# Welsh joins with "ac" before a vowel ("Ann ac Eleri") and "a" otherwise ("Ann a Bob").
VOWELS = set("aeiouâêîôûáéíóúàèìòùäëïöü")


def _names_joined(names: list[str]) -> str:
    if len(names) < 2:
        return "".join(names)
    values = {"names": ", ".join(names[:-1]), "last": names[-1]}
    if names[-1][:1].lower() in VOWELS:
        return pgettext("the last name begins with a vowel", "%(names)s and %(last)s") % values
    return gettext("%(names)s and %(last)s") % values


_names_in_active_language = lazy(_names_joined, str)


def names_of(people):
    """ "Ann", "Ann and Bob", "Ann, Bob and Cy": joined in the language active when it becomes
    text, so each copy of a message (champions.languages.render_message) says "and" in its
    own language ("Ann, Bob a Cy")."""
    names = [p.get_full_name() or p.email for p in people]
    return _names_in_active_language(names) if names else ""


def added_email(membership: CohortMembership) -> mail.EmailMessage:
    """In the member's language; both, Welsh first, until they say (champions.languages)."""
    user, cohort = membership.user, membership.cohort
    context = {
        "first_name": user.first_name,
        "email": user.email,
        "cohort": cohort.name,
        "programme": cohort.programme.title,
        "facilitators": names_of(cohort.facilitators.all()),
        "start_date": cohort.start_date,
        "started": cohort.start_date <= timezone.localdate(),
        "learn_url": message_reverse("courses:learn"),
        "login_url": message_reverse("account_login"),
        "site_url": message_url("/"),
    }
    return email_in_their_language(
        user,
        subject="cohorts/email/added_subject.txt",
        text="cohorts/email/added_body.txt",
        context=context,
    )


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
