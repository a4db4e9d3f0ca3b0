"""Authoring in the Wagtail admin: a trainer edits and submits, a lead trainer approves or
rejects, and nothing reaches councillors until it is approved. Plus one admin-create and one
render test per page type, and the print stylesheet."""

import re

import pytest
from django.urls import reverse
from wagtail.models import TaskState, WorkflowState
from wagtail.test.utils.form_data import querydict_from_html

from champions.pages.models import StandardPage
from courses.models import LessonPage, ModulePage
from tests.courses.conftest import lessons_of, main_html
from tests.factories import StandardPageFactory, TrainerFactory, site_home
from tests.helpers import h1_count, sign_in

pytestmark = pytest.mark.django_db

NEW_TEXT = "Ask the team which resident they tested the new form with last week."


def staff_client(client, person):
    """Signs a member of staff in through the real two-step sign-in (password, then the
    authenticator code). If that ever stops working in tests, ``client.force_login(user)`` is
    an acceptable swap: these tests are about the admin, not about signing in."""
    sign_in(client, person.email)
    return client


def stream_form_data(prefix: str, state, data: dict) -> dict:
    """Flattens a StreamField's form state (``block.get_form_state(value)``, what the admin's
    JavaScript starts from) into the POST fields the admin form sends."""
    if isinstance(state, list):
        if not state:
            data[f"{prefix}-count"] = "0"
        elif all(isinstance(item, dict) and {"id", "value"} <= item.keys() for item in state):
            # A stream (items have a type) or a list block (they do not).
            data[f"{prefix}-count"] = str(len(state))
            for i, item in enumerate(state):
                if "type" in item:
                    data[f"{prefix}-{i}-type"] = item["type"]
                data[f"{prefix}-{i}-id"] = item["id"] or ""
                data[f"{prefix}-{i}-deleted"] = ""
                data[f"{prefix}-{i}-order"] = str(i)
                stream_form_data(f"{prefix}-{i}-value", item["value"], data)
        else:
            data[prefix] = [str(v) for v in state]  # a choice
    elif isinstance(state, dict):
        for name, value in state.items():
            stream_form_data(f"{prefix}-{name}", value, data)
    else:
        data[prefix] = "" if state is None else str(state)
    return data


def edit_form_data(client, page, **stream_fields) -> dict:
    """What the edit form would post: its plain fields as rendered, plus the given StreamFields
    as form state (the admin builds those in the browser)."""
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.id]))
    assert response.status_code == 200
    form = querydict_from_html(response.content.decode(), form_id="page-edit-form")
    data = {key: values if len(values) > 1 else values[0] for key, values in form.lists()}
    for name, state in stream_fields.items():
        stream_form_data(name, state, data)
    return data


def body_with_new_paragraph(lesson: LessonPage) -> list:
    state = LessonPage.body.field.stream_block.get_form_state(lesson.body)
    first_markdown = next(block for block in state if block["type"] == "markdown")
    first_markdown["value"] += f"\n\n{NEW_TEXT}"
    return state


def what_councillors_see(client, lesson, cast) -> str:
    client.logout()
    sign_in(client, cast["councillor"].email)
    html = client.get(lesson.url).content.decode()
    client.logout()
    return html


def submit_edit(client, lesson, cast) -> None:
    staff_client(client, cast["trainer"])
    data = edit_form_data(client, lesson, body=body_with_new_paragraph(lesson))
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[lesson.id]), {**data, "action-submit": "1"}
    )
    assert response.status_code == 302, "the edit form was refused"
    client.logout()


def workflow_action(client, lesson, action: str, comment: str = ""):
    lesson.refresh_from_db()
    task_state = lesson.current_workflow_task_state
    assert task_state is not None, "nothing is waiting for review"
    url = reverse("wagtailadmin_pages:workflow_action", args=[lesson.id, action, task_state.id])
    return client.post(url, {"comment": comment})


@pytest.fixture
def lesson(modules):
    return lessons_of(modules[1])[1]


def test_a_trainers_submitted_edit_waits_for_approval_and_then_goes_live(client, lesson, cast):
    assert NEW_TEXT not in what_councillors_see(client, lesson, cast)

    submit_edit(client, lesson, cast)
    lesson.refresh_from_db()
    assert lesson.has_unpublished_changes
    assert lesson.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert lesson.current_workflow_task_state.task.name == "Lead trainer review"
    assert NEW_TEXT in str(lesson.get_latest_revision_as_object().body.raw_data)
    assert NEW_TEXT not in what_councillors_see(client, lesson, cast), "went live before approval"

    staff_client(client, cast["lead.trainer"])
    dashboard = client.get("/admin/").content.decode()
    assert "Awaiting your review" in dashboard
    assert lesson.title.replace("'", "&#x27;") in dashboard
    response = workflow_action(client, lesson, "approve", "Clear and accurate.")
    assert response.status_code == 302
    client.logout()

    lesson.refresh_from_db()
    assert not lesson.has_unpublished_changes
    assert WorkflowState.objects.for_instance(lesson).get().status == "approved"
    assert NEW_TEXT in what_councillors_see(client, lesson, cast)


def test_a_trainer_cannot_publish_even_by_posting_the_publish_action(client, lesson, cast):
    staff_client(client, cast["trainer"])
    edit_page = client.get(reverse("wagtailadmin_pages:edit", args=[lesson.id])).content.decode()
    assert 'name="action-submit"' in edit_page
    assert 'name="action-publish"' not in edit_page

    data = edit_form_data(client, lesson, body=body_with_new_paragraph(lesson))
    client.post(
        reverse("wagtailadmin_pages:edit", args=[lesson.id]), {**data, "action-publish": "1"}
    )
    lesson.refresh_from_db()
    assert NEW_TEXT not in str(lesson.body.raw_data)  # the live content
    assert NEW_TEXT not in what_councillors_see(client, lesson, cast)
    assert not lesson.get_latest_revision().approved_go_live_at


def test_a_trainer_cannot_approve_their_own_submission(client, lesson, cast):
    submit_edit(client, lesson, cast)
    staff_client(client, cast["trainer"])
    response = workflow_action(client, lesson, "approve")
    assert (response.status_code, response.url) == (302, "/admin/")  # Wagtail's "no permission"
    client.logout()
    lesson.refresh_from_db()
    assert lesson.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    assert NEW_TEXT not in what_councillors_see(client, lesson, cast)


def test_a_lead_trainer_rejects_with_a_comment_and_the_page_stays_as_it_was(client, lesson, cast):
    submit_edit(client, lesson, cast)
    comment = "Please add a source for the claim about testing."
    staff_client(client, cast["lead.trainer"])
    response = workflow_action(client, lesson, "reject", comment)
    assert response.status_code == 302
    client.logout()

    lesson.refresh_from_db()
    state = WorkflowState.objects.for_instance(lesson).get()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    task_state = TaskState.objects.filter(workflow_state=state).get()
    assert task_state.status == TaskState.STATUS_REJECTED
    assert task_state.comment == comment
    assert NEW_TEXT not in what_councillors_see(client, lesson, cast)

    # The trainer finds the comment in the page's workflow history.
    staff_client(client, cast["trainer"])
    history = client.get(
        reverse("wagtailadmin_pages:workflow_history_detail", args=[lesson.id, state.id])
    )
    assert comment in history.content.decode()


def add_url(model, parent) -> str:
    meta = model._meta
    return reverse("wagtailadmin_pages:add", args=[meta.app_label, meta.model_name, parent.id])


def test_a_lead_trainer_creates_a_module_under_the_programme(client, programme, cast):
    staff_client(client, cast["lead.trainer"])
    assert client.get(add_url(ModulePage, programme)).status_code == 200
    data = {
        "title": "Artificial intelligence for members",
        "slug": "ai-for-members",
        "summary": "What councillors need to ask before the council uses AI.",
        "kind": "elective",
        "estimated_minutes": "40",
    }
    stream_form_data(
        "outcomes",
        [{"type": "outcome", "value": f"Explain point {i}.", "id": None} for i in range(3)],
        data,
    )
    stream_form_data(
        "case_studies",
        [
            {
                "type": "case_study",
                "id": None,
                "value": {
                    "council": "An example council",
                    "year": "2024",
                    "title": "A chatbot pilot",
                    "what_happened": "The council tried a chatbot for council tax questions.",
                    "figures": [],
                    "source_title": "Local Government Association",
                    "source_url": "https://www.local.gov.uk/",
                },
            }
        ],
        data,
    )
    stream_form_data(
        "questions_for_officers",
        [{"type": "question", "id": None, "value": "Who checks the answers it gives?"}],
        data,
    )
    response = client.post(add_url(ModulePage, programme), data)
    assert response.status_code == 302, "the add form was refused"
    module = ModulePage.objects.child_of(programme).get(slug="ai-for-members")
    assert module.title == "Artificial intelligence for members"
    assert len(module.outcomes) == 3
    assert module.case_studies[0].value["title"] == "A chatbot pilot"
    assert not module.live  # saved as a draft


def test_a_lead_trainer_creates_a_lesson_under_a_module(client, modules, cast):
    staff_client(client, cast["lead.trainer"])
    module = modules[0]
    assert client.get(add_url(LessonPage, module)).status_code == 200
    data = {
        "title": "A new lesson",
        "slug": "a-new-lesson",
        "summary": "",
        "estimated_minutes": "8",
    }
    stream_form_data(
        "body",
        [
            {"type": "markdown", "id": None, "value": "## A heading\n\nSome **text**."},
            {"type": "reflection", "id": None, "value": {"prompt": "What will you ask?"}},
        ],
        data,
    )
    response = client.post(add_url(LessonPage, module), data)
    assert response.status_code == 302
    lesson = LessonPage.objects.child_of(module).get(slug="a-new-lesson")
    assert [b.block_type for b in lesson.body] == ["markdown", "reflection"]
    assert lesson.estimated_minutes == 8


def test_a_trainer_cannot_add_pages_outside_the_programme(client, cast):
    staff_client(client, cast["trainer"])
    url = add_url(StandardPage, site_home())
    assert (client.get(url).status_code, client.get(url).url) == (302, "/admin/")
    response = client.post(url, {"title": "Sneaky", "slug": "sneaky", "lead": "x"})
    assert response.status_code == 302
    assert not StandardPage.objects.filter(slug="sneaky").exists()


def test_a_media_block_without_a_transcript_is_refused(client, modules, cast):
    staff_client(client, cast["lead.trainer"])
    module = modules[0]
    data = {
        "title": "A video lesson",
        "slug": "a-video-lesson",
        "summary": "",
        "estimated_minutes": "8",
    }
    stream_form_data(
        "body",
        [
            {
                "type": "media",
                "id": None,
                "value": {
                    "kind": "video",
                    "title": "A councillor explains",
                    "url": "https://www.example.org/video",
                    "duration_minutes": "4",
                    "transcript": "   ",
                },
            }
        ],
        data,
    )
    response = client.post(add_url(LessonPage, module), data)
    html = response.content.decode()
    assert response.status_code == 200  # the form again, with the error
    assert "The page could not be created due to validation errors." in html
    assert "A transcript is required for video and audio." in html
    assert not LessonPage.objects.filter(slug="a-video-lesson").exists()


LESSON_BLOCKS = list(LessonPage.body.field.stream_block.child_blocks.values())
MODULE_BLOCKS = [
    block
    for field in ("outcomes", "case_studies", "questions_for_officers")
    for block in getattr(ModulePage, field).field.stream_block.child_blocks.values()
]


@pytest.mark.parametrize(
    "block",
    LESSON_BLOCKS + MODULE_BLOCKS,
    ids=[f"lesson-{b.name}" for b in LESSON_BLOCKS] + [f"module-{b.name}" for b in MODULE_BLOCKS],
)
def test_every_block_has_a_styled_preview_for_trainers(client, db, block):
    client.force_login(TrainerFactory())
    response = client.get(reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix})
    html = response.content.decode()
    assert response.status_code == 200
    assert block.meta.description, f"{block.name} has no description for the block chooser"
    assert re.search(r'<link rel="stylesheet" href="/static/build/main\.css">', html)
    rendered = re.search(r'<div class="w-block-[^"]+">(.*?)</div>\s*</main>', html, re.S)
    assert rendered and rendered.group(1).strip(), f"{block.name} preview is empty"


def page_of_each_type(programme):
    return {
        "HomePage": site_home(),
        "StandardPage": StandardPageFactory(title="Accessibility statement"),
        "ProgrammePage": programme,
        "ModulePage": ModulePage.objects.child_of(programme).live().order_by("path").first(),
        "LessonPage": LessonPage.objects.descendant_of(programme).live().order_by("path").first(),
    }


@pytest.mark.parametrize(
    "page_type", ["HomePage", "StandardPage", "ProgrammePage", "ModulePage", "LessonPage"]
)
@pytest.mark.parametrize("who", ["anonymous", "councillor"])
def test_each_page_type_renders_with_exactly_one_h1(client, cast, programme, page_type, who):
    if who == "councillor":
        client.force_login(cast["councillor"])
    page = page_of_each_type(programme)[page_type]
    response = client.get(page.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert h1_count(html) == 1
    assert re.search(r"<h1[^>]*>\s*" + re.escape(page.title.replace("'", "&#x27;")), html)


def test_the_module_page_shows_outcomes_lessons_case_studies_and_questions(client, modules):
    module = modules[0]
    html = main_html(client.get(module.url).content.decode())
    assert "By the end of this module you will be able to" in html
    for lesson in lessons_of(module):
        assert f'href="{lesson.url}"' in html
    case = module.case_studies[0].value
    assert f'href="{case["source_url"]}"' in html
    assert "Questions to ask officers" in html
    assert module.questions_for_officers[0].value.replace("'", "&#x27;") in html


def test_the_lesson_page_links_the_print_stylesheet_for_print_only(client, modules):
    lesson = lessons_of(modules[0])[0]
    html = client.get(lesson.url).content.decode()
    links = re.findall(r"<link[^>]*print\.css[^>]*>", html)
    assert len(links) == 1
    assert 'rel="stylesheet"' in links[0]
    assert 'media="print"' in links[0]
    assert re.search(r'href="/static/build/print\.css"', links[0])


def test_the_lesson_pages_buttons_are_hidden_when_printed(client, cast, modules):
    client.force_login(cast["councillor"])
    lesson = lessons_of(modules[1])[0]
    html = client.get(lesson.url).content.decode()
    assert re.search(r'<form method="post" action="[^"]+/complete/" class="app-no-print"', html)
