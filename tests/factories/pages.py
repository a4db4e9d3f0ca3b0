"""Published pages with the seeder's StreamField shapes and stable block ids."""

import json
import uuid

import factory
import wagtail_factories
from django.utils.text import slugify
from wagtail.models import Locale, Page, Site

from champions.pages.models import HomePage, StandardPage
from courses.authoring import programme_authoring_setup
from courses.constants import ModuleKind
from courses.models import LessonPage, ModulePage, ProgrammePage
from quizzes.constants import QuizKind
from quizzes.models import QuizPage

from .instrument import InstrumentItemFactory


def stable_id(*parts) -> str:
    """A block id that is the same every time for the same parts (as the seeder's ids are)."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "champions-tests:" + ":".join(map(str, parts))))


def site_home() -> HomePage:
    """The home page the default site serves. With the demo loaded that is the demo's home;
    without it, a bare home page is made and the default site pointed at it."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is not None and isinstance(site.root_page.specific, HomePage):
        return site.root_page.specific
    home = HomePage(title="Home", slug=f"home-{uuid.uuid4().hex[:8]}", lead="A test site.")
    Page.get_first_root_node().add_child(instance=home)
    home.save_revision().publish()
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "Tests"},
    )
    return home


class PublishedPageFactory(wagtail_factories.PageFactory):
    """Adds the page under ``parent`` and publishes a revision, as the seeder and an editor do."""

    class Meta:
        abstract = True

    @classmethod
    def _create(cls, model_class, *args, parent=None, **kwargs):
        page = cls._new_page(model_class, *args, **kwargs)
        (parent or site_home()).add_child(instance=page)
        page.save_revision().publish()
        page.refresh_from_db()
        return page

    @classmethod
    def _new_page(cls, model_class, *args, **kwargs):
        return model_class(*args, **kwargs)


def _stream(kind: str, values: list) -> str:
    return json.dumps([{"type": kind, "value": value} for value in values])


def case_study(title: str = "A council that tried something") -> dict:
    return {
        "council": "Testford District Council",
        "year": "2024",
        "title": title,
        "what_happened": "The council moved a service online and kept a phone line.",
        "figures": ["Calls fell by a third"],
        "source_title": "The council's own report",
        "source_url": "https://www.local.gov.uk/",
    }


def lesson_body(key: str, *, reflection: bool = True) -> str:
    """A lesson body in the seeder's shape: a paragraph, a callout, a reflection prompt and the
    key takeaways, each with a stable block id."""
    blocks = [
        {"type": "markdown", "value": f"What every councillor should know about {key}."},
        {
            "type": "callout",
            "value": {"kind": "key_fact", "heading": "A key fact", "text": f"A fact on {key}."},
        },
    ]
    if reflection:
        blocks.append({"type": "reflection", "value": {"prompt": f"What does {key} mean to you?"}})
    blocks.append(
        {"type": "takeaways", "value": {"heading": "Key takeaways", "items": [f"Remember {key}."]}}
    )
    for n, block in enumerate(blocks):
        block["id"] = stable_id(key, "block", n)
    return json.dumps(blocks)


def questions_json(key: str, count: int) -> str:
    """``count`` questions in the seeder's StreamField shape, ids stable per ``key``: each has
    one right option and two wrong ones; every third allows several answers (two right)."""
    blocks = []
    for q in range(count):
        several = q % 3 == 2
        options = [
            {"text": f"The right answer to question {q + 1}", "correct": True},
            {"text": f"Also right for question {q + 1}", "correct": several},
            {"text": f"A wrong answer to question {q + 1}", "correct": False},
        ]
        blocks.append(
            {
                "type": "question",
                "id": stable_id(key, q),
                "value": {
                    "kind": "multiple" if several else "single",
                    "text": f"Question {q + 1} about {key}: what would you do?",
                    "explanation": f"Why the right answer to question {q + 1} is right.",
                    "options": [
                        {
                            "type": "item",
                            "id": stable_id(key, q, n),
                            "value": {**option, "feedback": f"Feedback on option {n + 1}."},
                        }
                        for n, option in enumerate(options)
                    ],
                },
            }
        )
    return json.dumps(blocks)


class StandardPageFactory(PublishedPageFactory):
    """A plain page of text under the home page, such as the accessibility statement."""

    class Meta:
        model = StandardPage

    title = factory.Sequence(lambda n: f"Test page {n}")
    slug = factory.Sequence(lambda n: f"test-page-{n}")
    lead = "A page of plain text."
    body = factory.LazyFunction(lambda: _stream("text", ["<p>A paragraph of plain English.</p>"]))


class ProgrammePageFactory(PublishedPageFactory):
    class Meta:
        model = ProgrammePage

    title = factory.Sequence(lambda n: f"Test programme {n}")
    slug = factory.Sequence(lambda n: f"test-programme-{n}")
    introduction = "<p>A short programme for the tests.</p>"

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        programme = super()._create(model_class, *args, **kwargs)
        programme_authoring_setup(programme=programme)  # trainers' rights and the review workflow
        return programme


class ModulePageFactory(PublishedPageFactory):
    class Meta:
        model = ModulePage

    title = factory.Sequence(lambda n: f"Test module {n}")
    slug = factory.Sequence(lambda n: f"test-module-{n}")
    summary = "What this module is for."
    kind = ModuleKind.CORE
    estimated_minutes = 30
    outcomes = factory.LazyFunction(lambda: _stream("outcome", ["Know", "Ask", "Decide"]))
    case_studies = factory.LazyFunction(lambda: _stream("case_study", [case_study()]))
    questions_for_officers = factory.LazyFunction(
        lambda: _stream("question", ["Who decides what goes online?"])
    )


class LessonPageFactory(PublishedPageFactory):
    class Meta:
        model = LessonPage

    title = factory.Sequence(lambda n: f"Test lesson {n}")
    slug = factory.Sequence(lambda n: f"test-lesson-{n}")
    summary = "A short lesson."
    estimated_minutes = 10
    body = factory.LazyAttribute(lambda page: lesson_body(page.slug))


class QuizPageFactory(PublishedPageFactory):
    """A module quiz (pass ``parent=module``) or, with ``kind``, a programme's pre- or
    post-test. ``bank_size`` questions, ``questions_per_attempt`` drawn each time."""

    class Meta:
        model = QuizPage

    class Params:
        bank_size = 6

    title = factory.Sequence(lambda n: f"Test quiz {n}")
    slug = factory.Sequence(lambda n: f"test-quiz-{n}")
    kind = QuizKind.MODULE
    introduction = "Check what you have learned."
    questions_per_attempt = 4
    pass_mark = 80
    questions = factory.LazyAttribute(lambda quiz: questions_json(quiz.slug, quiz.bank_size))
    check_in = ()  # keys of the instrument items its check-in asks once the quiz is passed

    @classmethod
    def _new_page(cls, model_class, *args, check_in=(), **kwargs):
        quiz = model_class(*args, **kwargs)
        quiz.pulse_items = [InstrumentItemFactory(key=key) for key in check_in]
        return quiz


# --- the self-assessment instrument -------------------------------------------------------------


def welsh_copy(page, title: str):
    """A live Welsh translation of ``page`` (and of any parent without one) titled ``title``,
    at its own Welsh address (a slug from its title), as an editor may name it."""
    copy = page.specific.copy_for_translation(
        Locale.objects.get(language_code="cy"), copy_parents=True
    )
    copy.title, copy.slug = title, slugify(title)
    copy.save_revision().publish()
    copy.refresh_from_db()
    assert copy.url.startswith("/cy/") and copy.url != "/cy" + page.url
    return copy
