"""Every form that takes input, fed hypothesis-generated data through the real views: never a
500, and never half a write. Bad input is refused whole; good input is saved whole.

Example counts are modest so the suite stays quick; each test reuses one signed-in client and
runs inside the test's transaction, so examples see each other's writes, as a real person's
repeated submissions would."""

import string
from html.parser import HTMLParser
from itertools import count

import pytest
from allauth.account.models import EmailAddress
from django.core.files.uploadedfile import SimpleUploadedFile
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from champions.accounts.models import Council, CouncillorProfile, User
from councils.models import RosterUpload
from courses.markdown import ALLOWED_TAGS, render_markdown
from courses.models import Reflection
from quizzes.models import (
    InstrumentItem,
    ItemAnswer,
    QuestionResponse,
    QuizAttempt,
    QuizPage,
    SelfAssessment,
    StageSnapshot,
)
from quizzes.services import attempt_start
from tests.factories import CouncillorFactory, build_programme, build_world
from tests.helpers import built_once_per_module, confirm_identity, sign_in

pytestmark = pytest.mark.django_db

# The factories' world on a programme whose quiz has the curriculum's shape (eight of twelve
# questions), with the self-assessment instrument; built once for this module.
shared_world = built_once_per_module(
    lambda: build_world(
        build_programme(modules=1, lessons=1, bank_size=12, questions_per_attempt=8, check_in=True)
    )
)

FUZZ = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)
# Text as a browser might send it: any printable character, control characters included.
any_text = st.text(max_size=80)
_emails = count(1)


@pytest.fixture
def fuzz_learner(db, shared_world):
    return CouncillorFactory(
        email=f"fuzz.{next(_emails)}@tests.example.org",
        first_name="Fuzz",
        last_name="Test",
        council=shared_world.councils[0],
        cohort=shared_world.cohort,
    )


@pytest.fixture
def quiz(shared_world) -> QuizPage:
    return QuizPage.objects.get(pk=next(iter(shared_world.programme.quizzes.values())).pk)


@pytest.fixture
def lesson(shared_world):
    """A lesson of the programme, with a reflection prompt."""
    return shared_world.programme.all_lessons[0]


@pytest.fixture
def learner_client(client, fuzz_learner):
    client.force_login(fuzz_learner)
    return client


# --- quiz attempts -------------------------------------------------------------------------


def quiz_rows(user) -> tuple[int, int]:
    return (
        QuizAttempt.objects.filter(user=user, submitted_at__isnull=False).count(),
        QuestionResponse.objects.filter(attempt__user=user).count(),
    )


@FUZZ
@given(data=st.data())
def test_fuzzed_quiz_answers_never_cause_a_500_or_a_partial_write(
    learner_client, fuzz_learner, quiz, data
):
    attempt = attempt_start(user=fuzz_learner, quiz=quiz)
    questions = attempt.snapshot["questions"]
    option_ids = [o["id"] for q in questions for o in q["options"]]
    names = st.one_of(
        st.sampled_from([f"q-{q['id']}" for q in questions]),
        any_text.map(lambda t: "q-" + t),
        any_text,
    )
    values = st.lists(st.one_of(st.sampled_from(option_ids), any_text), max_size=4)
    post = data.draw(st.dictionaries(names, values, max_size=12), label="post")

    before = quiz_rows(fuzz_learner)
    response = learner_client.post(f"/quizzes/attempts/{attempt.pk}/", post)
    assert response.status_code < 500
    attempt.refresh_from_db()
    if attempt.is_open:
        assert response.status_code == 400
        assert quiz_rows(fuzz_learner) == before
    else:  # a complete, valid set of answers: saved whole
        assert response.status_code == 302
        assert attempt.responses.count() == len(questions)
        assert quiz_rows(fuzz_learner) == (before[0] + 1, before[1] + len(questions))


# --- the baseline self-assessment ----------------------------------------------------------


def sitting_rows(user) -> tuple[int, int, int]:
    return (
        SelfAssessment.objects.filter(user=user).count(),
        ItemAnswer.objects.filter(assessment__user=user).count(),
        StageSnapshot.objects.filter(user=user).count(),
    )


@FUZZ
@given(data=st.data())
def test_fuzzed_self_assessments_never_cause_a_500_or_a_partial_write(
    learner_client, fuzz_learner, data
):
    keys = list(
        InstrumentItem.objects.originals().filter(active=True).values_list("key", flat=True)
    )
    names = st.one_of(
        st.sampled_from([f"item-{k}" for k in keys]), any_text.map(lambda t: "item-" + t), any_text
    )
    plausible = st.sampled_from(["dont-know", "-1", "0", "1", "3", "5", "10", "11", "999", ""])
    # Digits from other scripts and superscripts: str.isdigit() is true for some int() refuses.
    odd_digits = st.text(alphabet="0123456789²³¹٣۴߂०१৩੫௮౯๓", min_size=1, max_size=3)
    values = st.one_of(plausible, odd_digits, any_text)
    if data.draw(st.booleans(), label="answer every item"):
        post = {f"item-{k}": data.draw(st.one_of(plausible, odd_digits)) for k in keys}
    else:
        post = data.draw(st.dictionaries(names, values, max_size=30), label="post")

    before = sitting_rows(fuzz_learner)
    response = learner_client.post("/journey/self-assessment/baseline/", post)
    assert response.status_code < 500
    after = sitting_rows(fuzz_learner)
    if response.status_code == 400 or after[0] == before[0]:
        assert after == before
    else:  # saved whole: one sitting, every item answered, a stage worked out
        assert after == (before[0] + 1, before[1] + len(keys), before[2] + 1)


# --- private reflection notes --------------------------------------------------------------


@FUZZ
@given(
    # Random text, and notes either side of the 5,000-character limit.
    text=st.one_of(
        any_text,
        st.tuples(any_text, st.integers(4960, 5040)).map(lambda p: p[0] + "n" * (p[1] - len(p[0]))),
    ),
    block=st.one_of(st.none(), st.from_regex(r"[-a-zA-Z0-9_]{1,40}", fullmatch=True)),
)
def test_fuzzed_notes_never_cause_a_500_and_are_saved_whole_or_not_at_all(
    learner_client, fuzz_learner, lesson, text, block
):
    real_block = sorted(lesson.reflection_block_ids())[0]
    block_id = block or real_block
    mine = Reflection.objects.filter(user=fuzz_learner, lesson=lesson, block_id=block_id)
    before = mine.values_list("text", flat=True).first()

    url = f"/learn/lessons/{lesson.pk}/reflections/{block_id}/"
    response = learner_client.post(url, {"text": text})
    assert response.status_code < 500
    after = list(mine.values_list("text", flat=True))
    assert len(after) <= 1
    cleaned = text.strip()
    if block_id not in lesson.reflection_block_ids():
        # Not a prompt in this lesson: 404, or, if the note itself was refused first, the
        # lesson again with a message. Nothing saved either way.
        assert response.status_code in (302, 404) and after == []
    elif len(cleaned) > 5000 or "\x00" in text:
        assert after == ([before] if before is not None else [])
    elif response.status_code == 302 and cleaned:
        assert [lines(t) for t in after] == [lines(cleaned)]


def lines(text: str) -> str:
    # Line endings may be normalised on the way in, as browsers do for text areas.
    return text.replace("\r\n", "\n").replace("\r", "\n")


# --- roster uploads ------------------------------------------------------------------------

HEADERS = ["name,email,position,ward,year first elected", "Name,Email address,Role", "a,b,c"]
cell = st.one_of(
    st.sampled_from(["leader", "cabinet", "backbench", "nobody", "2019", "1800", "", "=1+1"]),
    st.emails().map(str),
    st.text(alphabet=string.printable + "éŵ\x00", max_size=30),
)
csv_row = st.lists(cell, max_size=7).map(
    lambda cells: ",".join(c.replace("\n", " ") for c in cells)
)
csvish = st.tuples(
    st.one_of(st.sampled_from(HEADERS), any_text), st.lists(csv_row, max_size=12)
).map(lambda parts: "\n".join([parts[0], *parts[1]]))
roster_file = st.one_of(
    st.binary(max_size=2000),
    csvish.map(lambda text: text.encode("utf-8")),
    csvish.map(lambda text: text.encode("latin-1", errors="replace")),
)


def people_rows() -> tuple[int, int, int]:
    return User.objects.count(), CouncillorProfile.objects.count(), EmailAddress.objects.count()


@pytest.fixture
def leader_client(client, cast):
    sign_in(client, cast["leader"].email)
    confirm_identity(client)
    return client


@pytest.fixture
def upload_url(shared_world) -> str:
    return f"/council/{shared_world.councils[0].slug}/roster/upload/"  # the leader's council


@FUZZ
@given(content=roster_file, filename=st.sampled_from(["roster.csv", "r.txt", "x.xlsx", "a"]))
def test_fuzzed_roster_files_never_cause_a_500_or_touch_anyone_before_confirmation(
    leader_client, upload_url, content, filename
):
    people, uploads = people_rows(), RosterUpload.objects.count()
    response = leader_client.post(upload_url, {"file": SimpleUploadedFile(filename, content)})
    assert response.status_code < 500
    assert people_rows() == people  # nobody is written until the leader confirms
    if response.status_code == 302:
        assert RosterUpload.objects.count() == uploads + 1
        preview = leader_client.get(response.url)
        assert preview.status_code == 200
    else:
        assert RosterUpload.objects.count() == uploads


# --- Markdown, as trainers write it in the admin ---------------------------------------------

ATTACKS = [
    "<script>alert(1)</script>", "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "<img src=x onerror=alert(1)>", "<svg onload=alert(1)>", '<a href="javascript:alert(1)">x</a>',
    "[click](javascript:alert(1))", "[click](JaVaScRiPt:alert(1))", "[x](&#106;avascript:alert(1))",
    "[x]( javascript:alert(1))", "<a href='vbscript:msgbox(1)'>x</a>", "[x](data:text/html,hi)",
    '<p onclick="x()">hi</p>', "<iframe src=//evil.example></iframe>", "<style>*{}</style>",
    '<a href="x" onmouseover="y">z</a>', "<object data=x></object>", "![i](javascript:alert(1))",
    "<details open ontoggle=alert(1)>", "<<script>script>", "</p><script>",
]  # fmt: skip
markdown_source = st.lists(
    st.one_of(
        st.sampled_from(ATTACKS),
        st.sampled_from(["\n\n", "* ", "# ", "> ", "`", "|a|b|\n|-|-|\n", "[", "](", ")", '"']),
        st.text(max_size=20),
    ),
    max_size=20,
).map("".join)


class Elements(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))

    handle_startendtag = handle_starttag


@settings(max_examples=50, deadline=None)
@given(source=markdown_source)
def test_markdown_never_produces_scripts_event_handlers_or_javascript_links(source):
    html = str(render_markdown(source))
    assert "<script" not in html.lower()
    parser = Elements()
    parser.feed(html)
    for tag, attrs in parser.tags:
        assert tag in ALLOWED_TAGS, tag
        for name, value in attrs:
            assert not name.lower().startswith("on"), (tag, name)
            if name in ("href", "src"):
                url = "".join(ch for ch in (value or "") if ch.isprintable() and not ch.isspace())
                assert not url.lower().startswith(("javascript:", "vbscript:", "data:")), url


# --- adding cohort members and the council's programme contact -------------------------------

member_ids = st.lists(st.one_of(st.integers(-5, 10**13).map(str), any_text), max_size=6)


@FUZZ
@given(ids=member_ids, q=any_text, council=st.one_of(any_text, st.integers(-1, 10**6).map(str)))
def test_fuzzed_member_additions_never_cause_a_500_or_add_anyone_from_outside(
    client, shared_world, ids, q, council
):
    from cohorts.models import CohortMembership

    cohort = shared_world.cohort
    client.force_login(shared_world.facilitator)
    allowed = set(
        CouncillorProfile.objects.filter(council__in=shared_world.councils).values_list(
            "user_id", flat=True
        )
    )
    response = client.post(
        f"/cohorts/{cohort.pk}/members/add/?{_query(q=q, council=council)}", {"councillors": ids}
    )
    assert response.status_code < 500
    members = set(CohortMembership.objects.filter(cohort=cohort).values_list("user_id", flat=True))
    assert members <= allowed


def _query(**params) -> str:
    from urllib.parse import urlencode

    return urlencode(params)


@FUZZ
@given(name=any_text, email=st.one_of(any_text, st.emails().map(str)), phone=any_text)
def test_fuzzed_programme_contacts_never_cause_a_500_or_a_partial_write(
    leader_client, shared_world, name, email, phone
):
    council = shared_world.councils[0]
    before = Council.objects.values_list("contact_name", "contact_email", "contact_phone").get(
        pk=council.pk
    )
    response = leader_client.post(
        f"/council/{council.slug}/contact/",
        {"contact_name": name, "contact_email": email, "contact_phone": phone},
    )
    assert response.status_code in (302, 400)
    after = Council.objects.values_list("contact_name", "contact_email", "contact_phone").get(
        pk=council.pk
    )
    if response.status_code == 400:
        assert after == before
    else:
        assert after[1] == email.strip()
