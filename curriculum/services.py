"""Writes checked content (curriculum.files) into the CMS: the home and standard pages, the
programme, its modules, lessons and quizzes, the knowledge tests and the instrument.

Every page is created or changed through a Wagtail revision, so its history shows what the
loader did. A page whose content already matches is left alone, so a second load writes
nothing. A page a person has edited since (its latest revision has a user: the loader's never
do) is not overwritten unless asked; the whole load is then refused, naming each such page."""

import json
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction
from wagtail import blocks
from wagtail.fields import StreamField
from wagtail.models import Locale, Page, Site

from champions.pages.models import HomePage, StandardPage
from courses.authoring import programme_authoring_setup
from courses.models import LessonPage, ModulePage, ProgrammePage
from quizzes.models import InstrumentItem, QuizPage

from . import files
from .welsh import WelshReport, welsh_load


class EditedPagesRefused(Exception):
    """People have edited pages the load would change; nothing was written."""

    def __init__(self, pages: list[str]):
        self.pages = pages
        super().__init__(
            "These pages were edited in the CMS since they were last loaded: "
            + ", ".join(pages)
            + ". Copy the edits into content/, or load with --overwrite-edited to replace them."
        )


@dataclass
class LoadReport:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: int = 0
    edited: list[str] = field(default_factory=list)  # refused, unless overwriting
    items_created: list[str] = field(default_factory=list)
    items_updated: list[str] = field(default_factory=list)
    programme: ProgrammePage | None = None
    welsh: WelshReport = field(default_factory=WelshReport)

    @property
    def changed(self) -> bool:
        return bool(
            self.created
            or self.updated
            or self.items_created
            or self.items_updated
            or self.welsh.changed
        )


@transaction.atomic
def curriculum_load(
    *, content: files.Content, overwrite_edited: bool = False, welsh_from: Path | None = None
) -> LoadReport:
    """Makes the CMS match `content`, then, given the content folder as `welsh_from`, the Welsh
    translations match its cy/ files (curriculum.welsh). All or nothing: refused edits roll
    everything back."""
    loader = _Loader(overwrite_edited=overwrite_edited)
    home = loader.home(content.home)
    for page in content.pages:
        loader.standard_page(home, page)
    programme = loader.programme(home, content.programme)
    items = loader.instrument(content.instrument, programme)
    loader.quizzes(programme, content.programme, items)
    if loader.report.edited and not overwrite_edited:
        raise EditedPagesRefused(loader.report.edited)
    if welsh_from is not None:
        loader.report.welsh = welsh_load(welsh_from, overwrite_edited=overwrite_edited)
    loader.report.programme = programme
    return loader.report


# --- comparing StreamField content --------------------------------------------------------------


def _without_item_ids(data):
    """Stored block data without the ids Wagtail gives list items (nothing refers to them)."""
    if isinstance(data, list):
        return [_without_item_ids(item) for item in data]
    if isinstance(data, dict):
        if data.get("type") == "item" and data.keys() <= {"type", "value", "id"}:
            return _without_item_ids(data["value"])
        return {key: _without_item_ids(value) for key, value in data.items()}
    return data


def _comparable(stream, *, keep_ids: bool) -> list:
    """A StreamField value as plain data. Quiz questions keep their ids (attempts store them);
    other blocks are compared by content alone."""
    if keep_ids:
        return [
            {"type": b.block_type, "id": b.id, "value": b.block.get_prep_value(b.value)}
            for b in stream
        ]
    return [
        {"type": b.block_type, "value": _without_item_ids(b.block.get_prep_value(b.value))}
        for b in stream
    ]


def _with_kept_ids(existing, wanted: list[dict]) -> list[dict]:
    """New block data that keeps the ids of the blocks it replaces: the n-th block of a type
    keeps the n-th existing one's id, so learners' notes on a reflection prompt stay attached."""
    ids: dict[str, list[str]] = {}
    for block in existing:
        ids.setdefault(block.block_type, []).append(block.id)
    seen: dict[str, int] = {}
    kept = []
    for block in wanted:
        n = seen.get(block["type"], 0)
        seen[block["type"]] = n + 1
        same_type = ids.get(block["type"], [])
        kept.append(
            {**block, "id": same_type[n]} if n < len(same_type) and "id" not in block else block
        )
    return kept


def _is_item(data) -> bool:
    return isinstance(data, dict) and data.get("type") == "item" and "value" in data


def _with_item_ids(block: blocks.Block, value, existing=None):
    """`value` (plain data for `block`) with every list item in Wagtail's list format,
    ``{"type": "item", "value": ..., "id": ...}``. wagtail-localize extracts a ListBlock's items
    (takeaways, further reading, case-study figures) only in that format: an item's id is its
    address in a translation. The n-th item keeps the id of the n-th item already stored
    (`existing`, the stored raw value), so a translation stays attached when the words change."""
    if isinstance(block, blocks.ListBlock):
        before = existing if isinstance(existing, list) else []
        items = []
        for n, item in enumerate(value or []):
            item_value, item_id = (
                (item["value"], item.get("id")) if _is_item(item) else (item, None)
            )
            old = before[n] if n < len(before) and _is_item(before[n]) else None
            if item_id is None:
                item_id = old["id"] if old and old.get("id") else str(uuid.uuid4())
            item_value = _with_item_ids(block.child_block, item_value, old and old["value"])
            items.append({"type": "item", "value": item_value, "id": item_id})
        return items
    if isinstance(block, blocks.StructBlock) and isinstance(value, dict):
        old = existing if isinstance(existing, dict) else {}
        return {
            name: _with_item_ids(block.child_blocks[name], child, old.get(name))
            if name in block.child_blocks
            else child
            for name, child in value.items()
        }
    return value


def _stream_with_item_ids(stream_block: blocks.StreamBlock, wanted: list[dict], existing) -> list:
    """Each block of `wanted` with its list items in the list format, keeping the ids of the
    stored block with the same id (see _with_kept_ids)."""
    stored = {raw.get("id"): raw for raw in (existing.raw_data if existing else [])}
    return [
        {
            **block,
            "value": _with_item_ids(
                stream_block.child_blocks[block["type"]],
                block["value"],
                (stored.get(block.get("id")) or {}).get("value"),
            ),
        }
        for block in wanted
    ]


def _has_old_lists(block: blocks.Block, raw) -> bool:
    """Whether stored data has a list in the format before Wagtail 2.16 (plain values, no
    item ids), which wagtail-localize leaves out of a translation."""
    if isinstance(block, blocks.ListBlock):
        if not isinstance(raw, list):
            return False
        return any(
            not block._item_is_in_block_format(item)
            or _has_old_lists(block.child_block, item["value"])
            for item in raw
        )
    if isinstance(block, blocks.StructBlock) and isinstance(raw, dict):
        return any(
            _has_old_lists(child, raw.get(name)) for name, child in block.child_blocks.items()
        )
    if isinstance(block, blocks.StreamBlock) and isinstance(raw, list):
        return any(
            _has_old_lists(block.child_blocks[item["type"]], item.get("value"))
            for item in raw
            if isinstance(item, dict) and item.get("type") in block.child_blocks
        )
    return False


# --- what each file becomes ----------------------------------------------------------------------


def _sections(sections) -> list[dict]:
    return [{"type": "section", "value": {"heading": s.heading, "text": s.text}} for s in sections]


def _stream(kind: str, values) -> list[dict]:
    return [{"type": kind, "value": value} for value in values]


def _questions(questions) -> list[dict]:
    return [
        {
            "type": "question",
            "id": q.id,
            "value": {
                "kind": q.kind,
                "text": q.text,
                "explanation": q.explanation,
                "options": [
                    {
                        "type": "item",
                        "id": q.option_id(n),
                        "value": {"text": o.text, "correct": o.correct, "feedback": o.feedback},
                    }
                    for n, o in enumerate(q.options)
                ],
            },
        }
        for q in questions
    ]


class _Loader:
    STREAMS_WITH_IDS = {"questions"}

    def __init__(self, *, overwrite_edited: bool):
        self.overwrite_edited = overwrite_edited
        self.report = LoadReport()

    # --- one page ------------------------------------------------------------------------------

    def sync(self, parent: Page, model, slug: str, fields: dict, *, page=None, pulse_items=None):
        """The page `slug` under `parent`, created or brought up to date from `fields`."""
        if page is None:
            page = parent.get_children().filter(slug=slug).specific().first()
        if page is None:
            return self.create(parent, model, slug, fields, pulse_items)
        if not isinstance(page, model):
            raise TypeError(f"{page.url_path} is a {type(page).__name__}, not a {model.__name__}")
        if self.matches(page, fields, pulse_items):
            self.report.unchanged += 1
            return page
        where = page.url_path
        latest = page.get_latest_revision()
        if latest is not None and latest.user_id is not None:
            self.report.edited.append(where)
            if not self.overwrite_edited:
                return page
        for name, value in fields.items():
            if name in self.stream_names(page):
                current = getattr(page, name)
                if name not in self.STREAMS_WITH_IDS:
                    value = _with_kept_ids(current, value)
                value = _stream_with_item_ids(self.stream_block(page, name), value, current)
            setattr(page, name, self.stored(page, name, value))
        if pulse_items is not None:
            page.pulse_items.set(pulse_items)
        page.save_revision().publish()
        self.report.updated.append(where)
        return page

    def create(self, parent, model, slug, fields, pulse_items):
        page = model(slug=slug)
        for name, value in fields.items():
            if name in self.stream_names(page):
                value = _stream_with_item_ids(self.stream_block(page, name), value, None)
            setattr(page, name, self.stored(page, name, value))
        parent.add_child(instance=page)
        if pulse_items is not None:
            page.pulse_items.set(pulse_items)  # a parental relation: saved with the revision
        page.save_revision().publish()
        self.report.created.append(page.url_path)
        return page

    @staticmethod
    def stream_names(page) -> set[str]:
        return {f.name for f in page._meta.get_fields() if isinstance(f, StreamField)}

    @staticmethod
    def stream_block(page, name) -> blocks.StreamBlock:
        return page._meta.get_field(name).stream_block

    def stored(self, page, name, value):
        return json.dumps(value) if name in self.stream_names(page) else value

    def matches(self, page, fields: dict, pulse_items) -> bool:
        streams = self.stream_names(page)
        for name, value in fields.items():
            current = getattr(page, name)
            if name in streams:
                keep = name in self.STREAMS_WITH_IDS
                wanted = page._meta.get_field(name).to_python(json.dumps(value))
                if _comparable(current, keep_ids=keep) != _comparable(wanted, keep_ids=keep):
                    return False
                if _has_old_lists(self.stream_block(page, name), list(current.raw_data)):
                    return False  # stored before list items had ids: rewrite it once
            elif current != value:
                return False
        if pulse_items is not None:
            return set(page.pulse_items.all()) == set(pulse_items)
        return True

    # --- the site ------------------------------------------------------------------------------

    def home(self, home: files.HomePage) -> HomePage:
        root = Page.get_first_root_node()
        existing = HomePage.objects.filter(locale=Locale.get_default()).first()
        if existing is None:
            # Wagtail's install page ("Welcome to your new Wagtail site!") makes way for ours.
            for page in root.get_children().exact_type(Page):
                page.delete()
        page = self.sync(
            root,
            HomePage,
            home.slug,
            {"title": home.title, "lead": home.lead, "body": _sections(home.sections)},
            page=existing,
        )
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            Site.objects.create(
                hostname="localhost", port=80, is_default_site=True, root_page=page,
                site_name=home.site_name,
            )  # fmt: skip
        elif site.root_page_id != page.pk or site.site_name != home.site_name:
            site.root_page, site.site_name = page, home.site_name
            site.save(update_fields=["root_page", "site_name"])
        return page

    def standard_page(self, home: HomePage, page: files.StandardPage) -> StandardPage:
        fields = {
            "title": page.title,
            "lead": page.lead,
            "body": _sections(page.sections),
            "last_reviewed": page.last_reviewed,
            "contact": page.contact,
        }
        return self.sync(home, StandardPage, page.slug, fields)

    # --- the programme -------------------------------------------------------------------------

    def programme(self, home: HomePage, programme: files.Programme) -> ProgrammePage:
        fields = {"title": programme.title, "introduction": programme.introduction}
        page = self.sync(home, ProgrammePage, programme.slug, fields)
        for module in programme.modules:
            self.module(page, module)
        programme_authoring_setup(programme=page)
        return page

    def module(self, programme: ProgrammePage, module: files.Module) -> ModulePage:
        fields = {
            "title": module.title,
            "summary": module.summary,
            "kind": module.kind,
            "estimated_minutes": module.estimated_minutes,
            "outcomes": _stream("outcome", module.outcomes),
            "case_studies": _stream("case_study", module.case_studies),
            "questions_for_officers": _stream("question", module.questions_for_officers),
        }
        page = self.sync(programme, ModulePage, module.slug, fields)
        for lesson in module.lessons:
            body = [{"type": block.type, "value": block.value} for block in lesson.blocks]
            self.sync(
                page,
                LessonPage,
                lesson.slug,
                {
                    "title": lesson.title,
                    "summary": lesson.summary,
                    "estimated_minutes": lesson.minutes,
                    "body": body,
                },
            )
        return page

    def instrument(self, items, programme: ProgrammePage) -> dict[str, InstrumentItem]:
        """Instrument items have no revisions: the file is their source, and each change is
        reported. Past self-assessments are safe: each stores the items as they were."""
        modules = {m.slug: m for m in ModulePage.objects.child_of(programme)}
        existing = {item.key: item for item in InstrumentItem.objects.originals()}
        found = {}
        for order, data in enumerate(items):
            wanted = {
                "dimension": data.dimension,
                "text": data.text,
                "retro_text": data.retro_text,
                "reverse_coded": data.reverse_coded,
                "module": modules.get(data.module) if data.module else None,
                "sort_order": order,
            }
            item = existing.get(data.key)
            if item is None:
                item = InstrumentItem(key=data.key, **wanted)
                item.full_clean()
                item.save()
                self.report.items_created.append(data.key)
            elif any(getattr(item, name) != value for name, value in wanted.items()):
                for name, value in wanted.items():
                    setattr(item, name, value)
                item.full_clean()
                item.save()
                self.report.items_updated.append(data.key)
            found[data.key] = item
        return found

    def quizzes(self, programme: ProgrammePage, content: files.Programme, items) -> None:
        modules = {m.slug: m for m in ModulePage.objects.child_of(programme).specific()}
        for module in content.modules:
            if module.quiz is not None:
                parent = modules[module.slug]
                existing = QuizPage.objects.child_of(parent).first()  # at most one per module
                self.quiz(parent, module.quiz, items, page=existing)
        for test in content.tests:
            self.quiz(programme, test, items)

    def quiz(self, parent: Page, quiz: files.Quiz, items, *, page=None) -> QuizPage:
        fields = {
            "title": quiz.title,
            "kind": quiz.kind,
            "introduction": quiz.introduction,
            "questions_per_attempt": quiz.questions_per_attempt,
            "pass_mark": quiz.pass_mark,
            "questions": _questions(quiz.questions),
        }
        pulse_items = [items[key] for key in quiz.check_in]
        return self.sync(parent, QuizPage, quiz.slug, fields, page=page, pulse_items=pulse_items)
