"""Withdraws a certificate: `manage.py revoke_certificate <public id> --reason "..."`. Its bit in
the status list is set and its verification page says it was withdrawn, and when."""

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from recognition.models import Certificate
from recognition.services import certificate_revoke


class Command(BaseCommand):
    help = "Withdraw a certificate (it stays on record, marked withdrawn, with the reason)."

    def add_arguments(self, parser):
        parser.add_argument("public_id", help="The id at the end of its verification link.")
        parser.add_argument("--reason", required=True, help="Why, in a sentence.")

    def handle(self, *args, public_id: str, reason: str, **options):
        try:
            certificate = certificate_revoke(public_id=public_id, reason=reason)
        except Certificate.DoesNotExist as exc:
            raise CommandError(f"There is no certificate {public_id!r}.") from exc
        except ValidationError as exc:
            raise CommandError(exc.messages[0]) from exc
        self.stdout.write(
            f"Certificate {certificate.public_id} is withdrawn as of "
            f"{certificate.revoked_at:%Y-%m-%d %H:%M} UTC: {certificate.revoked_reason}"
        )
