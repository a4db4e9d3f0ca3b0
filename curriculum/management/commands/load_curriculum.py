from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from curriculum.files import CONTENT_DIR, ContentInvalid, read_content
from curriculum.services import EditedPagesRefused, curriculum_load


class Command(BaseCommand):
    help = (
        "Loads content/ (the curriculum, quizzes, instrument and standard pages) into the CMS. "
        "Creates no people. Safe to run again: unchanged pages are left alone."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--content",
            type=Path,
            default=CONTENT_DIR,
            help=f"The content folder (default: {CONTENT_DIR}).",
        )
        parser.add_argument(
            "--check", action="store_true", help="Only check the files; write nothing."
        )
        parser.add_argument(
            "--overwrite-edited",
            "--force",
            action="store_true",
            dest="overwrite_edited",
            help="Replace pages that people have edited in the CMS since the last load.",
        )

    def handle(self, *args, content: Path, check: bool, overwrite_edited: bool, **options):
        try:
            loaded = read_content(content)
        except ContentInvalid as invalid:
            for problem in invalid.problems:
                self.stderr.write(str(problem))
            raise CommandError(
                f"{len(invalid.problems)} problem(s) in {content}; nothing was written."
            ) from None
        modules = loaded.programme.modules
        quizzes = loaded.quizzes()
        self.stdout.write(
            f"{content} is valid: {len(modules)} modules, "
            f"{sum(len(m.lessons) for m in modules)} lessons, {len(quizzes)} quizzes with "
            f"{sum(len(q.questions) for q in quizzes)} questions, "
            f"{len(loaded.instrument)} instrument items, {len(loaded.pages) + 1} standard pages."
        )
        if check:
            return
        try:
            report = curriculum_load(
                content=loaded, overwrite_edited=overwrite_edited, welsh_from=content
            )
        except EditedPagesRefused as refused:
            for page in refused.pages:
                self.stderr.write(f"edited in the CMS since the last load: {page}")
            raise CommandError(str(refused)) from None
        welsh = report.welsh
        for name, missing in welsh.incomplete.items():
            self.stdout.write(
                f"Welsh out of date (left as it was): {name}: {missing} string(s) have no Welsh "
                "in content/cy/"
            )
        for name, missing in welsh.untranslated.items():
            self.stdout.write(f"No Welsh yet: {name}: {missing} string(s) to translate")
        for name in welsh.no_parent:
            self.stdout.write(f"No Welsh yet: {name} (its parent page has no Welsh yet)")
        for name in welsh.edited:
            self.stdout.write(
                f"Welsh edited in the CMS, kept: {name} (--overwrite-edited replaces)"
            )
        if not report.changed:
            self.stdout.write(self.style.SUCCESS("Nothing to change: the CMS matches the files."))
            return
        for name in welsh.created:
            self.stdout.write(f"created Welsh {name}")
        for name in welsh.updated:
            self.stdout.write(f"updated Welsh {name}")
        for path in report.created:
            self.stdout.write(f"created {path}")
        for path in report.updated:
            note = " (it had been edited in the CMS)" if path in report.edited else ""
            self.stdout.write(f"updated {path}{note}")
        for key in report.items_created:
            self.stdout.write(f"created instrument item {key}")
        for key in report.items_updated:
            self.stdout.write(f"updated instrument item {key}")
        self.stdout.write(
            self.style.SUCCESS(
                f"Loaded: {len(report.created)} pages created, {len(report.updated)} updated, "
                f"{report.unchanged} unchanged; instrument items: "
                f"{len(report.items_created)} created, {len(report.items_updated)} updated; "
                f"Welsh: {len(welsh.created)} created, {len(welsh.updated)} updated, "
                f"{len(welsh.incomplete)} out of date."
            )
        )
