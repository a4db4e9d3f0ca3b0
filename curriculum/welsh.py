"""Welsh content: the PO files in content/cy/ become wagtail-localize translations.

Each file translates one English page (content/cy/<its URL path below the home page>.po; the
home page is content/cy/home.po), or, for content/cy/instrument.po, every instrument item (each
entry's context starts with the item's key). An entry's msgid is the English text exactly as
wagtail-localize extracts it; its msgctxt names the field (block ids left out, as they differ
between databases), and a PO file downloaded from wagtail-localize's own editor works too.

The load goes through wagtail-localize's own records: the English is frozen as a
TranslationSource, the Welsh strings are StringTranslations, and the Welsh page or item is
saved (and published) from them. So wagtail-localize's editor, its "Sync translated pages" and
the report of what is missing or out of date (``welsh_state``) all see the same thing."""

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import polib
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Model
from modelcluster.models import ClusterableModel, get_serializable_data_for_fields
from wagtail.models import DraftStateMixin, Locale, Page
from wagtail_localize.fields import get_translatable_fields
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

WELSH = "cy"
MISSING, OUT_OF_DATE, UP_TO_DATE = "missing", "out of date", "up to date"
STATE_LABELS = {
    MISSING: "No Welsh yet",
    OUT_OF_DATE: "Welsh out of date: the English changed since",
    UP_TO_DATE: "Welsh up to date",
}
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def field_label(path: str) -> str:
    """A segment's context path without StreamField block ids: "body.text", "questions.q3.text"."""
    return ".".join(part for part in path.split(".") if not _UUID.match(part))


def welsh_locale() -> Locale:
    return Locale.objects.get(language_code=WELSH)


def _translated_content(instance, content_json: str | None = None) -> dict:
    """The fields a translation is made from (translated or copied, wagtail-localize's own
    list), as stored in a TranslationSource: a draft, a new revision or a publication date
    leaves it alone; a changed word, option or setting does not."""
    if content_json is None:
        if isinstance(instance, ClusterableModel):
            content_json = instance.to_json()
        else:
            content_json = json.dumps(
                get_serializable_data_for_fields(instance), cls=DjangoJSONEncoder
            )
    data = json.loads(content_json)
    names = {f.field_name for f in get_translatable_fields(type(instance))}
    return {name: data.get(name) for name in sorted(names)}


def _english_changed(instance, source: TranslationSource) -> bool:
    return _translated_content(instance) != _translated_content(instance, source.content_json)


def welsh_state(instance: Model) -> str:
    """Whether the Welsh of an English page or item is missing, out of date (the English was
    changed after the Welsh was made, or some of its strings have no Welsh) or up to date."""
    if isinstance(instance, Page):
        instance = instance.specific
    locale = welsh_locale()
    if instance.get_translation_or_none(locale) is None:
        return MISSING
    source = TranslationSource.objects.get_for_instance_or_none(instance)
    if source is None:
        return UP_TO_DATE  # translated in the CMS without wagtail-localize: nothing to compare
    if _english_changed(instance, source):
        return OUT_OF_DATE
    translation = source.translations.filter(target_locale=locale).first()
    if translation is not None:
        total, done = translation.get_progress()
        if done < total:
            return OUT_OF_DATE
    return UP_TO_DATE


@dataclass
class WelshReport:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: int = 0
    incomplete: dict[str, int] = field(default_factory=dict)  # name -> strings without Welsh
    untranslated: dict[str, int] = field(default_factory=dict)  # a file, but no Welsh made yet
    edited: list[str] = field(default_factory=list)  # Welsh changed in the CMS: kept
    no_parent: list[str] = field(default_factory=list)  # its parent page has no Welsh yet

    @property
    def changed(self) -> bool:
        return bool(self.created or self.updated)


class _Catalogue:
    """One PO file's Welsh, by (field, English) and by English alone."""

    def __init__(self, entries):
        self.by_field: dict[tuple[str, str], str] = {}
        self.by_text: dict[str, str] = {}
        for entry in entries:
            if not entry.msgstr or "fuzzy" in entry.flags or entry.obsolete:
                continue
            self.by_field[(field_label(entry.msgctxt or ""), entry.msgid)] = entry.msgstr
            self.by_text.setdefault(entry.msgid, entry.msgstr)

    def welsh(self, path: str, english: str) -> str | None:
        found = self.by_field.get((field_label(path), english))
        return found if found is not None else self.by_text.get(english)


def _targets(cy_dir: Path) -> list[tuple[str, Model, _Catalogue]]:
    """Every English page or item with a Welsh file, parents before their children."""
    from champions.pages.models import HomePage
    from quizzes.models import InstrumentItem

    english = Locale.get_default()
    home = HomePage.objects.filter(locale=english).first()
    targets = []
    files = sorted(cy_dir.rglob("*.po"), key=lambda p: (p.stem != "home", len(p.parts), str(p)))
    for path in files:
        name = path.relative_to(cy_dir).with_suffix("").as_posix()
        po = polib.pofile(str(path))
        if name == "instrument":
            for item in InstrumentItem.objects.originals().order_by("sort_order", "key"):
                entries = [
                    e for e in po if (e.msgctxt or "").split(".")[0] == item.key
                ]  # msgctxt: "<key>.text"
                for entry in entries:
                    entry.msgctxt = entry.msgctxt.split(".", 1)[1]
                targets.append((f"instrument item {item.key}", item, _Catalogue(entries)))
            continue
        if home is None:
            continue
        url_path = home.url_path if name == "home" else f"{home.url_path}{name}/"
        page = Page.objects.filter(locale=english, url_path=url_path).specific().first()
        if page is not None:
            targets.append((url_path, page, _Catalogue(po)))
    return targets


def welsh_load(content_dir: Path, *, overwrite_edited: bool = False) -> WelshReport:
    """Makes the Welsh match content/cy/. Run inside the curriculum load's transaction, after
    the English. A second run with the same files writes nothing. When the English has changed
    and the file has no Welsh for the new words yet, the Welsh is left as it was (wagtail-localize
    and the trainers' report then say it is out of date)."""
    report = WelshReport()
    cy_dir = content_dir / WELSH
    if not cy_dir.is_dir():
        return report
    locale = welsh_locale()
    for name, instance, catalogue in _targets(cy_dir):
        _translate(name, instance, catalogue, locale, report, overwrite_edited)
    return report


def _translate(name, instance, catalogue, locale, report, overwrite_edited) -> None:
    source = TranslationSource.objects.get_for_instance_or_none(instance)
    english_changed = source is None or _english_changed(instance, source)
    if source is None:
        source, _ = TranslationSource.get_or_create_from_instance(instance)
    elif english_changed:
        source.update_from_db()
    translation, _ = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    missing, strings_changed = 0, False
    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    for segment in segments:
        welsh = catalogue.welsh(segment.context.path, segment.string.data)
        if welsh is None:
            missing += 1
            continue
        current = StringTranslation.objects.filter(
            translation_of=segment.string, locale=locale, context=segment.context
        ).first()
        if current is not None and current.data == welsh:
            continue
        if current is not None and current.last_translated_by_id and not overwrite_edited:
            if name not in report.edited:
                report.edited.append(name)
            continue
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={
                "data": welsh,
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                "tool_name": "content/cy",
                "last_translated_by": None,
                "has_error": False,
                "field_error": "",
            },
        )
        strings_changed = True
    existing = instance.get_translation_or_none(locale)
    if missing:
        (report.incomplete if existing is not None else report.untranslated)[name] = missing
        return
    if existing is not None and not (strings_changed or english_changed):
        report.unchanged += 1
        return
    if existing is None and _parent_untranslated(instance, locale):
        report.no_parent.append(name)  # a Welsh page needs its parent in Welsh first
        return
    # Saved as a draft, then published here and now (wagtail-localize would publish after the
    # transaction commits, which a test never does).
    source.create_or_update_translation(locale, publish=False)
    target = instance.get_translation(locale)
    if isinstance(target, DraftStateMixin):  # pages too
        target.get_latest_revision().publish()
    (report.updated if existing is not None else report.created).append(name)


def _parent_untranslated(instance, locale) -> bool:
    if not isinstance(instance, Page):
        return False
    parent = instance.get_parent()
    return not parent.is_root() and parent.get_translation_or_none(locale) is None
