"""A plain-data picture of the content in the CMS, read from the database only: the standard
pages, each programme with its modules, lessons (every block), quizzes (question and option
ids, right answers), the instrument, and who may edit the programme. Two sites with the same
fingerprint show a learner the same content and score past attempts the same way.

tests/curriculum/expected_curriculum.json is the fingerprint of content/ as committed. When the
content changes on purpose, rewrite it and commit it with the change (reviewers read its diff):

    python -m tests.curriculum.fingerprint --write

Lesson and module block ids are left out: the old seeder let Wagtail pick them at random.
Question and option ids are kept: attempts store them."""

import os
import subprocess
import sys

if __name__ == "__main__":  # run as a command: Django must be set up before models are imported
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "champions.settings.test")
    django.setup()

from wagtail.models import GroupPagePermission, Page, Site, WorkflowPage

from champions.pages.models import HomePage, StandardPage
from courses.models import LessonPage, ModulePage, ProgrammePage
from quizzes.models import InstrumentItem, QuizPage


def _without_ids(data):
    """A block's stored value with Wagtail's ids taken out (list items keep only their value)."""
    if isinstance(data, list):
        return [_without_ids(item) for item in data]
    if isinstance(data, dict):
        if data.keys() >= {"type", "value", "id"} and data["type"] == "item":
            return _without_ids(data["value"])
        return {key: _without_ids(value) for key, value in data.items() if key != "id"}
    return data


def stream(value) -> list[dict]:
    return [
        {"type": block.block_type, "value": _without_ids(block.block.get_prep_value(block.value))}
        for block in value
    ]


def questions(quiz: QuizPage) -> list[dict]:
    found = []
    for block in quiz.questions:
        options = [
            {
                "id": option.id,
                "text": option.value["text"],
                "correct": option.value["correct"],
                "feedback": option.value["feedback"],
            }
            for option in block.value["options"].bound_blocks
        ]
        found.append(
            {
                "id": block.id,
                "kind": block.value["kind"],
                "text": block.value["text"],
                "explanation": block.value["explanation"],
                "options": options,
                "right": [option["id"] for option in options if option["correct"]],
            }
        )
    return found


def quiz(page: QuizPage) -> dict:
    return {
        "slug": page.slug,
        "title": page.title,
        "kind": page.kind,
        "introduction": page.introduction,
        "questions_per_attempt": page.questions_per_attempt,
        "pass_mark": page.pass_mark,
        "live": page.live,
        "check_in_items": sorted(page.pulse_items.values_list("key", flat=True)),
        "questions": questions(page),
    }


def lesson(page: LessonPage) -> dict:
    return {
        "slug": page.slug,
        "title": page.title,
        "summary": page.summary,
        "minutes": page.estimated_minutes,
        "live": page.live,
        "body": stream(page.body),
    }


def module(page: ModulePage) -> dict:
    children = page.get_children().order_by("path").specific()
    return {
        "slug": page.slug,
        "title": page.title,
        "kind": page.kind,
        "summary": page.summary,
        "estimated_minutes": page.estimated_minutes,
        "live": page.live,
        "outcomes": stream(page.outcomes),
        "case_studies": stream(page.case_studies),
        "questions_for_officers": stream(page.questions_for_officers),
        "lessons": [lesson(child) for child in children if isinstance(child, LessonPage)],
        "quizzes": [quiz(child) for child in children if isinstance(child, QuizPage)],
        "children": [child.slug for child in children],
    }


def programme(page: ProgrammePage) -> dict:
    children = page.get_children().order_by("path").specific()
    permissions = GroupPagePermission.objects.filter(page=page).values_list(
        "group__name", "permission__codename"
    )
    workflow = WorkflowPage.objects.filter(page=page).first()
    return {
        "slug": page.slug,
        "title": page.title,
        "introduction": page.introduction,
        "live": page.live,
        "children": [child.slug for child in children],
        "modules": [module(child) for child in children if isinstance(child, ModulePage)],
        "tests": [quiz(child) for child in children if isinstance(child, QuizPage)],
        "permissions": sorted(list(row) for row in permissions),
        "workflow": None
        if workflow is None
        else {
            "name": workflow.workflow.name,
            "tasks": [
                [task.name, sorted(group.name for group in task.specific.groups.all())]
                for task in workflow.workflow.tasks.order_by("workflow_tasks__sort_order")
            ],
        },
    }


def standard_page(page: Page) -> dict:
    data = {"slug": page.slug, "title": page.title, "lead": page.lead, "body": stream(page.body)}
    if isinstance(page, StandardPage):
        data["last_reviewed"] = page.last_reviewed.isoformat() if page.last_reviewed else None
    return data


def instrument_item(item: InstrumentItem) -> dict:
    return {
        "key": item.key,
        "dimension": item.dimension,
        "text": item.text,
        "retro_text": item.retro_text,
        "reverse_coded": item.reverse_coded,
        "module": item.module.slug if item.module else None,
        "sort_order": item.sort_order,
        "active": item.active,
    }


def site_fingerprint() -> dict:
    home = HomePage.objects.get(locale__language_code="en-gb")  # the English content
    site = Site.objects.get(is_default_site=True)
    children = home.get_children().order_by("path").specific()
    return {
        "site": {"site_name": site.site_name, "root": site.root_page.slug},
        "home": standard_page(home),
        "pages": [standard_page(p) for p in children if isinstance(p, StandardPage)],
        "programmes": [programme(p) for p in children if isinstance(p, ProgrammePage)],
        "instrument": [
            instrument_item(i) for i in InstrumentItem.objects.originals().order_by("sort_order")
        ],
    }


def main(argv: list[str] | None = None) -> int:
    """`python -m tests.curriculum.fingerprint --write`: loads content/ into an empty test
    database (through the test that checks it, in a separate pytest run) and rewrites
    expected_curriculum.json. Without --write it only runs that check."""
    import argparse

    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("--write", action="store_true", help="rewrite expected_curriculum.json")
    args = parser.parse_args(argv)
    env = dict(os.environ, CURRICULUM_WRITE_FINGERPRINT="1" if args.write else "0")
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"]
    command += ["tests/curriculum/test_load_curriculum.py", "-k", "reproduces_the_committed"]
    return subprocess.run(command, env=env, check=False).returncode  # noqa: S603


if __name__ == "__main__":
    raise SystemExit(main())
