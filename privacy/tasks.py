"""Background tasks for privacy work. Their arguments are row ids of exports and cohorts,
never a person's id or email, so a stored task result cannot point at someone deleted."""

from django.core import mail
from django.db import transaction
from django_tasks import task

from champions.languages import email_in_their_language
from champions.links import message_reverse
from cohorts.models import Cohort, CohortDeparture

from .constants import ExportStatus
from .models import DataExport


@task()
def build_data_export(*, export_id: int) -> str:
    """Builds the files for one "download my data" request and emails the person that it is
    ready. A request that has gone (the account was deleted) or is already built is skipped.

    Once at most, however often it runs: the build locks the pending row and commits it as
    ready before the email goes, so a second run (another worker, or this task run again after
    its worker died) finds nothing pending and sends nothing."""
    from .services import data_export_build, data_export_fail

    try:
        with transaction.atomic():
            export = (
                DataExport.objects.select_for_update(skip_locked=True, of=("self",))
                .filter(pk=export_id, status=ExportStatus.PENDING)
                .select_related("user")
                .first()
            )
            if export is None:
                return "skipped"
            data_export_build(export=export)
    except Exception:
        data_export_fail(export=DataExport(pk=export_id))
        raise
    # In the person's language; both, Welsh first, until they say (champions.languages).
    email_in_their_language(
        export.user,
        subject="privacy/email/export_ready_subject.txt",
        text="privacy/email/export_ready_body.txt",
        context={
            "first_name": export.user.first_name,
            "data_url": message_reverse("privacy:data"),
        },
    ).send()
    return "ready"


@task()
def send_departure_emails(*, cohort_ids: list[int]) -> int:
    """Tells each facilitator of these cohorts that a member has left. No name: "a member".
    Each facilitator's copy is in their language; both, Welsh first, until they say."""
    messages = []
    for cohort in Cohort.objects.filter(pk__in=cohort_ids).prefetch_related("facilitators"):
        context = {
            "cohort": cohort.name,
            "left": CohortDeparture.objects.filter(cohort=cohort).count(),
            "dashboard_url": message_reverse("cohorts:detail", cohort.pk),
        }
        for facilitator in cohort.facilitators.all():
            if not facilitator.is_active:
                continue
            messages.append(
                email_in_their_language(
                    facilitator,
                    subject="privacy/email/departure_subject.txt",
                    text="privacy/email/departure_body.txt",
                    context=context,
                )
            )
    if messages:
        with mail.get_connection() as connection:
            connection.send_messages(messages)
    return len(messages)
