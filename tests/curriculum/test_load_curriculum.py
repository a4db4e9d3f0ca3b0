"""load_curriculum against the database: what an empty site gets, that a second run writes
nothing, that people's edits are kept unless the loader is told otherwise, and that broken
files change nothing."""

import json
import os
import shutil
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import GroupPagePermission, Page, Revision, Site, WorkflowPage

from champions.accounts.models import User
from cohorts.models import Cohort
from courses.models import LessonPage, ModulePage, ProgrammePage
from curriculum.files import CONTENT_DIR
from quizzes.models import InstrumentItem, QuizPage
from tests.curriculum.fingerprint import site_fingerprint

pytestmark = pytest.mark.django_db
EXPECTED = Path(__file__).with_name("expected_curriculum.json")
# Set to 1 to rewrite EXPECTED from content/ instead of comparing with it (content changed on
# purpose): `python -m tests.curriculum.fingerprint --write` does it. See content/README.md.
WRITE_FINGERPRINT = "CURRICULUM_WRITE_FINGERPRINT"


def load(*args, **options) -> str:
    out = StringIO()
    call_command("load_curriculum", *args, stdout=out, stderr=out, **options)
    return out.getvalue()


def load_refused(*args, **options) -> str:
    err = StringIO()
    with pytest.raises(CommandError) as refused:
        call_command("load_curriculum", *args, stdout=StringIO(), stderr=err, **options)
    return err.getvalue() + "\n" + str(refused.value)


def what_is_stored() -> dict:
    """Enough to see any write: row counts, the newest revision, and every page's revision."""
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "newest revision": Revision.objects.order_by("-pk").values_list("pk", flat=True).first(),
        "page revisions": sorted(Page.objects.values_list("pk", "latest_revision_id")),
        "items": sorted(InstrumentItem.objects.values_list("key", "text", "module_id")),
        "permissions": GroupPagePermission.objects.count(),
        "workflow pages": sorted(WorkflowPage.objects.values_list("page_id", "workflow_id")),
        "sites": sorted(Site.objects.values_list("pk", "root_page_id", "site_name")),
        "users": User.objects.count(),
    }


@pytest.fixture
def fresh_database():
    """The session's demo database as a fresh `migrate` leaves it, inside this test's
    transaction: no people, no pages but Wagtail's welcome page, no instrument."""
    Cohort.objects.all().delete()
    User.objects.all().delete()
    InstrumentItem.objects.all().delete()
    root = Page.get_first_root_node()
    for page in root.get_children():
        page.delete()
    Site.objects.all().delete()
    welcome = root.add_child(instance=Page(title="Welcome to your new Wagtail site!", slug="home"))
    Site.objects.create(hostname="localhost", port=80, root_page=welcome, is_default_site=True)
    assert not ProgrammePage.objects.exists()


@pytest.fixture
def content_copy(tmp_path) -> Path:
    shutil.copytree(CONTENT_DIR, tmp_path / "content")
    return tmp_path / "content"


def test_loading_content_into_an_empty_database_reproduces_the_committed_fingerprint(
    fresh_database,
):
    output = load()

    assert "72 pages created" in output
    assert User.objects.count() == 0
    if os.environ.get(WRITE_FINGERPRINT) == "1":
        EXPECTED.write_text(json.dumps(site_fingerprint(), indent=1, ensure_ascii=False) + "\n")
    expected = json.loads(EXPECTED.read_text())
    assert site_fingerprint() == expected, (
        "content/ no longer matches tests/curriculum/expected_curriculum.json: if the change "
        "is on purpose, run `python -m tests.curriculum.fingerprint --write` and commit the diff"
    )
    programme = ProgrammePage.objects.get(locale__language_code="en-gb")
    assert ModulePage.objects.child_of(programme).count() == 11
    assert LessonPage.objects.descendant_of(programme).count() == 44
    assert QuizPage.objects.descendant_of(programme).count() == 13
    assert InstrumentItem.objects.originals().count() == 26
    # Every page was published through a revision made by no one (the loader).
    assert not Page.objects.filter(depth__gt=1, latest_revision__isnull=True).exists()
    assert not Revision.page_revisions.filter(user__isnull=False).exists()


def test_the_fingerprint_notices_a_changed_word():
    expected = json.loads(EXPECTED.read_text())
    assert site_fingerprint() == expected
    lesson = LessonPage.objects.get(
        locale__language_code="en-gb", slug="why-digital-choices-are-political"
    )
    lesson.title = "Why digital choices are technical choices"
    lesson.save()
    assert site_fingerprint() != expected


def test_a_trainers_unpublished_draft_blocks_a_change_to_its_page(demo, content_copy):
    lesson = LessonPage.objects.get(
        locale__language_code="en-gb", slug="why-digital-choices-are-political"
    )
    lesson.title = "A draft title"
    lesson.save_revision(user=demo["trainer"])  # submitted for approval, not yet live
    path = next(content_copy.glob("modules/01-*/lessons/01-*.md"))
    edit = path.read_text().replace("title: Why digital", "title: Why all digital", 1)
    path.write_text(edit)

    message = load_refused("--content", str(content_copy))

    assert lesson.url_path in message
    assert "Nothing to change" in load()  # the live page still matches content/


def test_a_second_load_writes_nothing_and_says_so():
    # The session's database was loaded by seed_demo, through the same service.
    before = what_is_stored()
    output = load()
    assert "Nothing to change" in output
    assert what_is_stored() == before


def test_a_page_a_trainer_edited_is_refused_and_named_without_the_flag(demo):
    lesson = LessonPage.objects.get(
        locale__language_code="en-gb", slug="why-digital-choices-are-political"
    )
    lesson.title = "Why digital choices matter (edited)"
    lesson.save_revision(user=demo["lead.trainer"]).publish(user=demo["lead.trainer"])
    before = what_is_stored()

    message = load_refused()

    assert lesson.url_path in message
    assert "--overwrite-edited" in message
    assert what_is_stored() == before
    lesson.refresh_from_db()
    assert lesson.title == "Why digital choices matter (edited)"


def test_the_flag_overwrites_a_trainers_edit_through_a_new_revision(demo):
    lesson = LessonPage.objects.get(
        locale__language_code="en-gb", slug="why-digital-choices-are-political"
    )
    lesson.title = "Why digital choices matter (edited)"
    lesson.save_revision(user=demo["lead.trainer"]).publish(user=demo["lead.trainer"])
    revisions = lesson.revisions.count()

    output = load("--overwrite-edited")

    assert f"updated {lesson.url_path} (it had been edited in the CMS)" in output
    lesson.refresh_from_db()
    assert lesson.title == "Why digital choices are political choices"
    assert lesson.revisions.count() == revisions + 1
    assert lesson.latest_revision.user is None
    assert "Nothing to change" in load()


def test_an_edit_that_matches_the_files_is_not_a_conflict(demo):
    lesson = LessonPage.objects.get(
        locale__language_code="en-gb", slug="why-digital-choices-are-political"
    )
    lesson.save_revision(user=demo["lead.trainer"]).publish(user=demo["lead.trainer"])
    assert "Nothing to change" in load()


def test_a_changed_file_updates_its_page_and_keeps_the_reflection_prompts_id(content_copy):
    path = next(content_copy.glob("modules/01-*/lessons/01-*.md"))
    path.write_text(
        path.read_text().replace("three things you were elected", "3 things you were elected")
    )
    lesson = LessonPage.objects.get(
        locale__language_code="en-gb", slug="why-digital-choices-are-political"
    )
    reflection_ids = lesson.reflection_block_ids()
    revisions = lesson.revisions.count()

    output = load("--content", str(content_copy))

    assert output.count("updated ") == 1 and f"updated {lesson.url_path}" in output
    lesson.refresh_from_db()
    assert "3 things you were elected" in lesson.body[0].value
    assert lesson.reflection_block_ids() == reflection_ids
    assert lesson.revisions.count() == revisions + 1


def test_a_changed_question_keeps_its_id_so_past_attempts_still_match(content_copy):
    path = next(content_copy.glob("modules/01-*/questions.yaml"))
    path.write_text(path.read_text().replace("What is the best response?", "What do you say?", 1))
    quiz = QuizPage.objects.get(
        locale__language_code="en-gb", slug="quiz", url_path__contains="political-leadership"
    )
    ids = [(q.id, [o.id for o in q.value["options"].bound_blocks]) for q in quiz.questions]

    load("--content", str(content_copy))

    quiz.refresh_from_db()
    assert quiz.questions[0].value["text"].endswith("What do you say?")
    assert [(q.id, [o.id for o in q.value["options"].bound_blocks]) for q in quiz.questions] == ids


def test_broken_files_are_refused_with_file_line_and_reason_and_nothing_is_written(content_copy):
    lesson = next(content_copy.glob("modules/02-*/lessons/03-*.md"))
    lesson.write_text(lesson.read_text().replace("```reflection", "```quiz_me", 1))
    questions = next(content_copy.glob("modules/03-*/questions.yaml"))
    questions.write_text(questions.read_text().replace("correct: true", "correct: false", 1))
    before = what_is_stored()

    message = load_refused("--content", str(content_copy))

    assert "content/modules/02-" in message and "unknown block type 'quiz_me'" in message
    assert "content/modules/03-" in message and "needs exactly 1 right option" in message
    assert "2 problem(s)" in message and "nothing was written" in message
    assert what_is_stored() == before


def test_check_only_validates(content_copy, fresh_database):
    before = what_is_stored()
    output = load("--check", "--content", str(content_copy))
    assert "is valid: 11 modules, 44 lessons, 13 quizzes" in output
    assert what_is_stored() == before
