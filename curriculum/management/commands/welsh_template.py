from pathlib import Path

import polib
from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Locale, Page
from wagtail_localize.segments.extract import extract_segments
from wagtail_localize.strings import StringValue

from curriculum.files import CONTENT_DIR
from curriculum.welsh import field_label
from quizzes.models import InstrumentItem


class Command(BaseCommand):
    help = (
        "Writes (or adds the new English strings to) the Welsh file for a loaded page, e.g. "
        "`welsh_template privacy-notice` -> content/cy/privacy-notice.po, `home` for the home "
        "page, `instrument` for the self-assessment items. Fill in each msgstr, then run "
        "load_curriculum. Existing Welsh is kept."
    )

    def add_arguments(self, parser):
        parser.add_argument("names", nargs="+", help="Page paths below the home page.")
        parser.add_argument("--content", type=Path, default=CONTENT_DIR)

    def handle(self, *args, names, content: Path, **options):
        english = Locale.get_default()
        home = Page.objects.filter(locale=english, depth=2).first()
        for name in names:
            if name == "instrument":
                items = InstrumentItem.objects.originals().order_by("sort_order", "key")
                strings = [
                    (f"{item.key}.{field_label(path)}", text)
                    for item in items
                    for path, text in _strings(item)
                ]
            else:
                url_path = home.url_path if name == "home" else f"{home.url_path}{name}/"
                page = Page.objects.filter(locale=english, url_path=url_path).first()
                if page is None:
                    raise CommandError(f"No English page at {url_path}")
                strings = [(field_label(p), t) for p, t in _strings(page.specific)]
            path = content / "cy" / f"{name}.po"
            po = polib.pofile(str(path)) if path.exists() else _new_po()
            known = {(e.msgctxt, e.msgid) for e in po}
            for context, text in strings:
                if (context, text) not in known:
                    po.append(polib.POEntry(msgctxt=context, msgid=text, msgstr=""))
                    known.add((context, text))
            path.parent.mkdir(parents=True, exist_ok=True)
            po.wrapwidth = 100
            po.save(str(path))
            empty = sum(1 for e in po if not e.msgstr)
            self.stdout.write(f"{path}: {len(po)} strings, {empty} without Welsh")


def _strings(instance):
    for segment in extract_segments(instance):
        if isinstance(getattr(segment, "string", None), StringValue):
            yield segment.path, segment.string.data


def _new_po():
    po = polib.POFile()
    po.metadata = {
        "Project-Id-Version": "Digital champions content",
        "Language": "cy",
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=utf-8",
        "Content-Transfer-Encoding": "8bit",
    }
    return po
