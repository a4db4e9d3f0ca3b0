"""Issues every certificate that is due and missing: for each councillor who has completed a
programme without one (for example a pass recorded while no signing key was configured, or a
programme completed by its last lesson after the quiz). Safe to run again: one certificate per
person and programme."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db.models import Count

from courses.models import AssessmentPass, ProgrammePage
from courses.queries import programme_structure
from recognition.keys import NoSigningKey, signing_key
from recognition.models import Certificate
from recognition.services import certificates_issue_due

User = get_user_model()


class Command(BaseCommand):
    help = "Issue the certificates of everyone who has completed a programme and has none."

    def handle(self, *args, **options):
        try:
            signing_key()
        except NoSigningKey as exc:
            raise CommandError(f"No certificates issued: {exc}") from exc
        # Only people with as many quiz passes as the smallest programme has core modules can
        # have completed one: one query finds them, then a few each.
        fewest = min(
            (
                sum(1 for m in programme_structure(path=p.path)["modules"] if m["is_core"])
                for p in ProgrammePage.objects.live().filter(
                    locale__language_code=settings.LANGUAGE_CODE
                )
            ),
            default=0,
        )
        candidates = (
            AssessmentPass.objects.values("user")
            .annotate(passes=Count("pk"))
            .filter(passes__gte=max(fewest, 1))
            .values_list("user", flat=True)
        )
        before = Certificate.objects.count()
        for user in User.objects.filter(pk__in=candidates).order_by("pk"):
            certificates_issue_due(user=user)
        issued = Certificate.objects.count() - before
        self.stdout.write(f"Issued {issued} certificate{'s' if issued != 1 else ''}.")
