"""Every courses URL x every role. Lesson, module and programme pages are readable by
anyone with the link (like GOV.UK guidance) and so is search; "My learning" and the two learner
actions are for councillors only, and platform admins are no exception: an admin is not a
learner, so there is nothing of theirs to show or record."""

import pytest
from django.urls import reverse

from courses.models import LessonProgress, Reflection
from tests.courses.conftest import lessons_of

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "councillor", "trainer", "lead.trainer", "facilitator", "leader", "admin"]
OK, SIGN_IN, FORBIDDEN, DONE = 200, "sign in", 403, "done"


def everyone(status):
    return dict.fromkeys(ROLES, status)


def councillors_only(councillor_status):
    return {**everyone(FORBIDDEN), "anonymous": SIGN_IN, "councillor": councillor_status}


# url name -> (method, expected per role). DONE means a redirect back into the lesson flow.
MATRIX = {
    "my learning": ("get", councillors_only(OK)),
    "search": ("get", everyone(OK)),
    "lesson complete": ("post", councillors_only(DONE)),
    "reflection save": ("post", councillors_only(DONE)),
    "programme page": ("get", everyone(OK)),
    "module page": ("get", everyone(OK)),
    "lesson page": ("get", everyone(OK)),
}
CASES = [(page, role) for page in MATRIX for role in ROLES]


@pytest.fixture
def urls(programme, modules):
    lesson = lessons_of(modules[1])[2]
    block_id = next(b.id for b in lesson.body if b.block_type == "reflection")
    return {
        "my learning": "/learn/",
        "search": "/learn/search/?q=cyber",
        "lesson complete": reverse("courses:lesson_complete", args=[lesson.id]),
        "reflection save": reverse("courses:reflection_save", args=[lesson.id, block_id]),
        "programme page": programme.url,
        "module page": modules[1].url,
        "lesson page": lesson.url,
    }


def test_the_matrix_covers_every_courses_url(urls):
    assert set(urls) == set(MATRIX)
    assert len(CASES) == 7 * 7


@pytest.mark.parametrize(("page", "role"), CASES, ids=[f"{p}-{r}" for p, r in CASES])
def test_each_role_gets_the_expected_answer_on_each_courses_url(
    client, cast, programme, urls, page, role
):
    # Signing in itself is tested in tests/champions/test_accounts.py; here only the role matters,
    # so staff who may later need a second factor are signed in directly.
    if role != "anonymous":
        client.force_login(cast[role])
    method, expected = MATRIX[page]
    before = (LessonProgress.objects.count(), Reflection.objects.count())
    url = urls[page]
    response = getattr(client, method)(url, {"text": "A note."} if method == "post" else None)
    html = response.content.decode()
    want = expected[role]

    if want == OK:
        assert response.status_code == 200
        assert "<h1" in html
    elif want == SIGN_IN:
        assert response.status_code == 302
        assert response.url.startswith("/accounts/login/?next=")
    elif want == FORBIDDEN:
        assert response.status_code == 403
        assert "You cannot see this page" in html
        assert (LessonProgress.objects.count(), Reflection.objects.count()) == before
    else:
        assert response.status_code == 302
        assert not response.url.startswith("/accounts/")
        assert response.url.startswith(programme.url)
