from django.core.management.base import BaseCommand, CommandError

from demo.history_check import RULES, history_violations


class Command(BaseCommand):
    help = (
        "Checks every learner's recorded history against the measurement and roster rules "
        "(one starting check, the final check and end sitting only after every core module, "
        "the follow-up window, check-ins after a pass, nobody active after leaving, nobody "
        "signed in before being invited). Exits non-zero, naming each learner and rule, if any "
        "history breaks one."
    )

    def handle(self, *args, **options):
        violations = history_violations()
        for violation in violations:
            self.stderr.write(str(violation))
        if violations:
            raise CommandError(f"{len(violations)} histories break the rules.")
        self.stdout.write(self.style.SUCCESS(f"Every history obeys the {len(RULES)} rules."))
