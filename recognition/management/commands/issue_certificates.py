"""Issues every certificate that is due and missing: for each councillor who has completed a
programme without one (for example a pass recorded while no signing key was configured, or a
programme completed by its last lesson after the quiz). Safe to run again: one certificate per
person and programme."""

from django.core.management.base import BaseCommand, CommandError

from courses.models import Enrolment
from recognition.keys import NoSigningKey, signing_key
from recognition.services import certificates_issue_due


class Command(BaseCommand):
    help = "Issue the certificates of everyone who has completed a programme and has none."

    def handle(self, *args, **options):
        try:
            signing_key()
        except NoSigningKey as exc:
            raise CommandError(f"No certificates issued: {exc}") from exc
        people = (
            Enrolment.objects.exclude(user__certificates__isnull=False)
            .select_related("user")
            .distinct()
        )
        issued = 0
        for user in {e.user for e in people}:
            issued += len(certificates_issue_due(user=user))
        self.stdout.write(f"Issued {issued} certificate{'s' if issued != 1 else ''}.")
