"""Every URL pattern in the project, for anonymous visitors and every role: the status each
gets. A new URL without a row here fails this test, so nobody can add a page without deciding
who may see it. Object-level checks are covered by using another facilitator's cohort and
another council's pages (facilitator2 runs the Eastbrook cohort, not the regional one)."""

import pytest
from django.urls import LocalePrefixPattern, URLPattern, URLResolver, get_resolver
from django.utils import timezone

from champions.accounts.models import CouncillorProfile, User
from cohorts.models import Cohort
from quizzes.models import QuizAttempt, QuizPage
from recognition.models import Certificate

# Every protected URL x every demo role, over the demo's councils and cohorts (tests/conftest.py).
pytestmark = [pytest.mark.django_db, pytest.mark.demo]

ROLES = [
    "anonymous",
    "councillor",
    "trainer",
    "lead.trainer",
    "facilitator",
    "facilitator2",
    "leader",
    "admin",
]

# Third-party URL trees, checked by the sample paths in THIRD_PARTY below.
DELEGATED_PREFIXES = (
    "admin/",
    "accounts/",
    "documents/",
    "^media/",
    "_util/authenticate_with_password/",
)

LOGIN = "login"  # a redirect to the sign-in page
REAUTH = "reauth"  # allowed, after confirming who you are
ALL_403 = {"councillor": 403, "trainer": 403, "lead.trainer": 403, "facilitator": 403,
           "facilitator2": 403, "leader": 403, "admin": 403}  # fmt: skip


def only(allowed: dict, *, anonymous=LOGIN) -> dict:
    return {"anonymous": anonymous} | ALL_403 | allowed


# route pattern -> (sample path, {role: expected status})
MATRIX = {
    "healthz": ("/healthz", dict.fromkeys(ROLES, 200)),
    "favicon.ico": ("/favicon.ico", dict.fromkeys(ROLES, 301)),
    # Public: everyone may ask for help; a signed-in person also sees their own council's contact.
    "help/": ("/help/", dict.fromkeys(ROLES, 200)),
    "after-login/": ("/after-login/", dict.fromkeys(ROLES, 302) | {"anonymous": LOGIN}),
    "account/": ("/account/", dict.fromkeys(ROLES, 200) | {"anonymous": LOGIN}),
    "account/data/": ("/account/data/", dict.fromkeys(ROLES, 200) | {"anonymous": LOGIN}),
    # How long the session has left (JSON); says "signed out" to anyone not signed in.
    "account/session/": ("/account/session/", dict.fromkeys(ROLES, 200)),
    # Which language we write to them in (asked on the start page until answered).
    "account/language/": ("/account/language/", dict.fromkeys(ROLES, 200) | {"anonymous": LOGIN}),
    "account/data/<int:export_id>/your-data.<slug:fmt>": (
        "/account/data/999999/your-data.json",  # nobody's: 404 before asking to confirm
        dict.fromkeys(ROLES, 404) | {"anonymous": LOGIN},
    ),
    "account/delete/": ("/account/delete/", only({"councillor": REAUTH})),
    "account/deleted/": ("/account/deleted/", dict.fromkeys(ROLES, 200)),
    "_util/login/": ("/_util/login/", dict.fromkeys(ROLES, 302)),
    "learn/": ("/learn/", only({"councillor": 200})),
    "learn/search/": ("/learn/search/?q=data", dict.fromkeys(ROLES, 200)),
    # Only the learner's own notes, so only learners: a facilitator never sees them.
    "learn/notes/": ("/learn/notes/", only({"councillor": 200})),
    "learn/lessons/<int:lesson_id>/complete/": (
        "/learn/lessons/{lesson}/complete/",
        dict.fromkeys(ROLES, 405),
    ),
    "learn/lessons/<int:lesson_id>/reflections/<slug:block_id>/": (
        "/learn/lessons/{lesson}/reflections/abc/",
        dict.fromkeys(ROLES, 405),
    ),
    "journey/": ("/journey/", only({"councillor": 200})),
    # The starting point's task list (the demo councillor has not finished it).
    "journey/start/": ("/journey/start/", only({"councillor": 200})),
    "journey/self-assessment/<slug:occasion>/": (
        "/journey/self-assessment/baseline/",
        only({"councillor": 200}),
    ),
    # Not open: the demo councillor has not passed that quiz (a plain "not open yet" page).
    "journey/check-in/<int:quiz_id>/": ("/journey/check-in/{quiz}/", only({"councillor": 403})),
    "quizzes/<int:quiz_id>/start/": ("/quizzes/{quiz}/start/", dict.fromkeys(ROLES, 405)),
    "quizzes/attempts/<int:attempt_id>/": (
        "/quizzes/attempts/{attempt}/",
        only({"councillor": 404}),
    ),
    "quizzes/attempts/<int:attempt_id>/result/": (
        "/quizzes/attempts/{attempt}/result/",
        only({"councillor": 404}),
    ),
    # Commitments (recognition/). The demo councillor has not passed a module quiz yet: a plain
    # "not yet" page. Someone else's (or no) commitment is a 404; sharing is POST only.
    "learn/modules/<int:module_id>/commitments/": (
        "/learn/modules/{module}/commitments/",
        only({"councillor": 403}),
    ),
    "learn/commitments/": ("/learn/commitments/", only({"councillor": 200})),
    "learn/commitments/<int:commitment_id>/follow-up/<int:days>/": (
        "/learn/commitments/999999/follow-up/30/",
        only({"councillor": 404}),
    ),
    "learn/commitments/<int:commitment_id>/share/": (
        "/learn/commitments/999999/share/",
        dict.fromkeys(ROLES, 405),
    ),
    # An answer given after a live session, made a commitment: POST only.
    "learn/commitments/from-session/<int:session_id>/": (
        "/learn/commitments/from-session/999999/",
        dict.fromkeys(ROLES, 405),
    ),
    "cohorts/<int:cohort_id>/commitments/": (
        "/cohorts/{cohort}/commitments/",
        only({"facilitator": 200, "admin": 200}),
    ),
    # The member learning record: the councillor's own, and the council's for its leader.
    "learn/plan/": ("/learn/plan/", only({"councillor": 200})),
    # Sending a copy of the plan to the council's programme contact: POST only.
    "learn/plan/share/": ("/learn/plan/share/", dict.fromkeys(ROLES, 405)),
    "learn/record/": ("/learn/record/", only({"councillor": 200})),
    "learn/record.csv": ("/learn/record.csv", only({"councillor": 200})),
    "learn/record.pdf": ("/learn/record.pdf", only({"councillor": 200})),
    "council/<slug:slug>/learning-records/": (
        "/council/riverside/learning-records/",
        only({"leader": 200, "admin": 200}),
    ),
    "council/<slug:slug>/learning-records.csv": (
        "/council/riverside/learning-records.csv",
        only({"leader": REAUTH, "admin": REAUTH}),
    ),
    "council/<slug:slug>/learning-records.pdf": (
        "/council/riverside/learning-records.pdf",
        only({"leader": REAUTH, "admin": REAUTH}),
    ),
    # Reminders (reminders/). Notify's delivery receipts are POST only, with a bearer token; the
    # unsubscribe link's signed token is the key (a made-up one is a 400 for everyone); the
    # outbox shows a facilitator their own cohort's members only.
    "notify/callback/": ("/notify/callback/", dict.fromkeys(ROLES, 405)),
    "reminders/unsubscribe/<str:token>/": (
        "/reminders/unsubscribe/not-a-real-token/",
        dict.fromkeys(ROLES, 400),
    ),
    "account/reminders/": (
        "/account/reminders/",
        dict.fromkeys(ROLES, 200) | {"anonymous": LOGIN},
    ),
    # A person's own messages only: the page reads the signed-in person's outbox, nobody else's.
    "account/reminders/sent/": (
        "/account/reminders/sent/",
        dict.fromkeys(ROLES, 200) | {"anonymous": LOGIN},
    ),
    "cohorts/<int:cohort_id>/outbox/": (
        "/cohorts/{cohort}/outbox/",
        only({"facilitator": 200, "admin": 200}),
    ),
    # Certificates: only the holder sees their own page and downloads (the sample is another
    # councillor's, so a 404 for the demo councillor too). Checking one is public: anyone with
    # the link; the keys and the status list are public for verifiers.
    "learn/certificates/<str:public_id>/": (
        "/learn/certificates/{certificate}/",
        only({"councillor": 404}),
    ),
    "learn/certificates/<str:public_id>/certificate.pdf": (
        "/learn/certificates/{certificate}/certificate.pdf",
        only({"councillor": 404}),
    ),
    "learn/certificates/<str:public_id>/credential.jwt": (
        "/learn/certificates/{certificate}/credential.jwt",
        only({"councillor": 404}),
    ),
    "learn/certificates/<str:public_id>/credential.json": (
        "/learn/certificates/{certificate}/credential.json",
        only({"councillor": 404}),
    ),
    "credentials/keys.json": ("/credentials/keys.json", dict.fromkeys(ROLES, 200)),
    "credentials/status/<int:number>": ("/credentials/status/1", dict.fromkeys(ROLES, 200)),
    "credentials/<str:public_id>/": ("/credentials/{certificate}/", dict.fromkeys(ROLES, 200)),
    "cohorts/": ("/cohorts/", only({"facilitator": 200, "facilitator2": 200, "admin": 200})),
    "cohorts/<int:cohort_id>/": ("/cohorts/{cohort}/", only({"facilitator": 200, "admin": 200})),
    "cohorts/<int:cohort_id>/learners/": (
        "/cohorts/{cohort}/learners/",
        only({"facilitator": 200, "admin": 200}),
    ),
    "cohorts/<int:cohort_id>/journey/": (
        "/cohorts/{cohort}/journey/",
        only({"facilitator": 200, "admin": 200}),
    ),
    "cohorts/<int:cohort_id>/questions/": (
        "/cohorts/{cohort}/questions/",
        only({"facilitator": 200, "admin": 200}),
    ),
    "cohorts/<int:cohort_id>/quality/": (
        "/cohorts/{cohort}/quality/",
        only({"facilitator": 200, "admin": 200}),
    ),
    "cohorts/<int:cohort_id>/learners/<int:user_id>/": (
        "/cohorts/{cohort}/learners/{member}/",
        only({"facilitator": 200, "admin": 200}),
    ),
    "cohorts/<int:cohort_id>/plan/": (
        "/cohorts/{cohort}/plan/",
        only({"facilitator": 200, "admin": 200}),
    ),
    "cohorts/<int:cohort_id>/export/<slug:what>.<slug:fmt>": (
        "/cohorts/{cohort}/export/learners.csv",
        only({"facilitator": REAUTH, "admin": REAUTH}),
    ),
    "cohorts/<int:cohort_id>/members/": (
        "/cohorts/{cohort}/members/",
        only({"facilitator": 200, "admin": 200}),
    ),
    "cohorts/<int:cohort_id>/members/add/": (
        "/cohorts/{cohort}/members/add/",
        only({"facilitator": 200, "admin": 200}),
    ),
    "cohorts/<int:cohort_id>/members/<int:user_id>/remove/": (
        "/cohorts/{cohort}/members/{member}/remove/",
        only({"facilitator": 200, "admin": 200}),
    ),
    # POST only (turn on, reset, turn off); the POST's scope is tested in tests/cohorts.
    "cohorts/<int:cohort_id>/join-link/": (
        "/cohorts/{cohort}/join-link/",
        dict.fromkeys(ROLES, 405),
    ),
    # The regional cohort's link: only councillors on its councils' rosters may join; the demo
    # councillor is in it already, and is told so. Staff accounts are refused.
    "cohorts/join/<str:token>/": ("/cohorts/join/{join_token}/", only({"councillor": 200})),
    # Live sessions: the regional cohort's (facilitator's) upcoming hybrid session; the demo
    # councillor is a member. Eastbrook's session is another cohort's: never shown to them.
    "cohorts/<int:cohort_id>/sessions/": (
        "/cohorts/{cohort}/sessions/",
        only({"facilitator": 200, "admin": 200}),
    ),
    "cohorts/<int:cohort_id>/sessions/new/": (
        "/cohorts/{cohort}/sessions/new/",
        only({"facilitator": 200, "admin": 200}),
    ),
    "cohorts/<int:cohort_id>/sessions/<int:session_id>/edit/": (
        "/cohorts/{cohort}/sessions/{session}/edit/",
        only({"facilitator": 200, "admin": 200}),
    ),
    "cohorts/<int:cohort_id>/sessions/<int:session_id>/cancel/": (
        "/cohorts/{cohort}/sessions/{session}/cancel/",
        only({"facilitator": 200, "admin": 200}),
    ),
    "cohorts/<int:cohort_id>/sessions/<int:session_id>/register/": (
        "/cohorts/{cohort}/sessions/{session}/register/",
        only({"facilitator": 200, "admin": 200}),
    ),
    "sessions/<int:session_id>/": (
        "/sessions/{session}/",
        only({"councillor": 200, "facilitator": 200, "admin": 200}),
    ),
    "sessions/<int:session_id>/calendar.ics": (
        "/sessions/{session}/calendar.ics",
        only({"councillor": 200, "facilitator": 200, "admin": 200}),
    ),
    "account/calendar/": ("/account/calendar/", dict.fromkeys(ROLES, 200) | {"anonymous": LOGIN}),
    # The secret is the key (calendar apps cannot sign in): a made-up one is refused for all.
    "calendar/<str:token>.ics": ("/calendar/not-a-real-token.ics", dict.fromkeys(ROLES, 404)),
    "council/": (
        "/council/",
        only({"facilitator": 200, "facilitator2": 302, "leader": 302, "admin": 200}),
    ),
    "council/<slug:slug>/": (
        "/council/riverside/",
        only({"facilitator": 200, "leader": 200, "admin": 200}),
    ),
    "council/<slug:slug>/report/": (
        "/council/riverside/report/",
        only({"facilitator": 200, "leader": 200, "admin": 200}),
    ),
    # Counts only, no names: no fresh confirmation (docs/information-governance.md).
    "council/<slug:slug>/report.pdf": (
        "/council/riverside/report.pdf",
        only({"facilitator": 200, "leader": 200, "admin": 200}),
    ),
    "council/<slug:slug>/export.csv": (
        "/council/riverside/export.csv",
        only({"facilitator": REAUTH, "leader": REAUTH, "admin": REAUTH}),
    ),
    "council/<slug:slug>/roster/": (
        "/council/riverside/roster/",
        only({"leader": 200, "admin": 200}),
    ),
    "council/<slug:slug>/contact/": (
        "/council/riverside/contact/",
        only({"leader": 200, "admin": 200}),
    ),
    # The leader sets their own council's pre-election periods (another council's: 403);
    # deleting one is POST only.
    "council/<slug:slug>/pre-election/": (
        "/council/riverside/pre-election/",
        only({"leader": 200, "admin": 200}),
    ),
    "council/<slug:slug>/pre-election/<int:period_id>/delete/": (
        "/council/riverside/pre-election/999999/delete/",
        dict.fromkeys(ROLES, 405),
    ),
    "council/<slug:slug>/roster/template.csv": (
        "/council/riverside/roster/template.csv",
        only({"leader": 200, "admin": 200}),
    ),
    "council/<slug:slug>/roster/upload/": (
        "/council/riverside/roster/upload/",
        only({"leader": REAUTH, "admin": REAUTH}),
    ),
    "council/<slug:slug>/roster/preview/<int:upload_id>/": (
        "/council/riverside/roster/preview/999999/",
        only({"leader": 404, "admin": 404}),
    ),
    "council/<slug:slug>/roster/invite/": (
        "/council/riverside/roster/invite/",
        only({"leader": 200, "admin": 200}),
    ),
    # One councillor's language for messages: the leader's own council's current councillors
    # only (another council's: 404, tested in tests/councils/test_roster_language_page.py).
    "council/<slug:slug>/roster/<int:user_id>/language/": (
        "/council/riverside/roster/{riverside_member}/language/",
        only({"leader": 200, "admin": 200}),
    ),
}

# Samples from the third-party trees: Wagtail's admin and allauth's own pages.
THIRD_PARTY = {
    # Signed in without admin access: a plain page saying so (it was a redirect loop).
    "/admin/": {"anonymous": LOGIN, "councillor": 403, "trainer": 200, "lead.trainer": 200,
                "facilitator": 403, "facilitator2": 403, "leader": 403, "admin": 200},
    # Our report inside the admin: whatever lets a person into the admin lets them read it.
    "/admin/reports/welsh/": {"anonymous": LOGIN, "councillor": 403, "trainer": 200,
                              "lead.trainer": 200, "facilitator": 403, "facilitator2": 403,
                              "leader": 403, "admin": 200},
    # Certificates (to withdraw one): platform admins and lead trainers only; a trainer is
    # sent back to the admin's home page, as for any admin page they may not see.
    "/admin/certificates/": {"anonymous": LOGIN, "councillor": 403, "trainer": 302,
                             "lead.trainer": 200, "facilitator": 403, "facilitator2": 403,
                             "leader": 403, "admin": 200},
    "/accounts/login/": dict.fromkeys(ROLES, 200) | {r: 302 for r in ROLES if r != "anonymous"},
    "/accounts/2fa/": dict.fromkeys(ROLES, 200) | {"anonymous": LOGIN},
    "/accounts/sessions/": dict.fromkeys(ROLES, 200) | {"anonymous": LOGIN},
}  # fmt: skip


def project_routes() -> set[str]:
    def walk(patterns, prefix=""):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                yield from walk(pattern.url_patterns, prefix + str(pattern.pattern))
            elif isinstance(pattern, URLPattern):
                yield prefix + str(pattern.pattern)

    routes = set()
    for route in walk(get_resolver().url_patterns):
        if route.startswith(DELEGATED_PREFIXES) or route.startswith("^(("):  # Wagtail's page tree
            continue
        routes.add(route)
    return routes


def welsh_routes() -> set[str]:
    """The routes served in Welsh too, under /cy/ (every page inside i18n_patterns)."""
    routes, outside = set(), set()
    for pattern in get_resolver().url_patterns:
        if isinstance(pattern, URLResolver) and isinstance(pattern.pattern, LocalePrefixPattern):
            routes.update(_walk(pattern.url_patterns))
        else:
            outside.update(_walk([pattern]))
    # Wagtail's own _util/login/ is inside its page-tree include too; ours stays outside /cy/.
    return (routes - outside) & set(MATRIX)


def _walk(patterns, prefix=""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from _walk(pattern.url_patterns, prefix + str(pattern.pattern))
        elif isinstance(pattern, URLPattern):
            yield prefix + str(pattern.pattern)


def test_every_url_pattern_has_a_row_in_the_matrix():
    routes = project_routes()
    assert routes - set(MATRIX) == set(), "add these URLs to the permission matrix"
    assert set(MATRIX) - routes == set(), "these matrix rows match no URL any more"


@pytest.fixture
def samples():
    cohort = Cohort.objects.get(name="North West regional cohort")
    quiz = QuizPage.objects.filter(kind="module").order_by("path").first()
    attempt = QuizAttempt.objects.exclude(user__email="councillor@example.org").first()
    return {
        "cohort": cohort.pk,
        "riverside_member": CouncillorProfile.objects.filter(
            council__slug="riverside", left_at__isnull=True
        )
        .order_by("pk")
        .first()
        .user_id,
        "member": cohort.memberships.exclude(user__email="councillor@example.org").first().user_id,
        "quiz": quiz.pk,
        "attempt": attempt.pk,
        "lesson": quiz.get_parent().get_children().first().pk,
        "module": quiz.get_parent().pk,
        "join_token": cohort.join_token,
        "session": cohort.sessions.filter(starts_at__gt=timezone.now()).first().pk,
        "certificate": Certificate.objects.exclude(user__email="councillor@example.org")
        .first()
        .public_id,
    }


def check(client, path, role, expected):
    if role != "anonymous":
        client.force_login(User.objects.get(email=f"{role}@example.org"))
    response = client.get(path)
    # A Welsh page sends people to the Welsh sign-in and confirmation pages.
    prefix = "/cy" if path.startswith("/cy/") else ""
    if expected == LOGIN:
        assert response.status_code == 302 and response.url.startswith(
            f"{prefix}/accounts/login/"
        ), (path, role)
    elif expected == REAUTH:
        assert response.status_code == 302 and response.url.startswith(
            f"{prefix}/accounts/reauthenticate/"
        ), (path, role)
    else:
        assert response.status_code == expected, (path, role, response.status_code)


@pytest.mark.parametrize("route", sorted(MATRIX))
@pytest.mark.parametrize("role", ROLES)
def test_project_url_gives_each_role_the_expected_status(client, samples, route, role):
    path, expected = MATRIX[route]
    check(client, path.format(**samples), role, expected[role])


def test_the_welsh_pages_are_the_english_ones_under_cy():
    assert "help/" in welsh_routes() and "account/" in welsh_routes()
    assert "healthz" not in welsh_routes() and "favicon.ico" not in welsh_routes()


# The same checks on the Welsh form of every page (/cy/...): the same people get the same answer.
@pytest.mark.parametrize("route", sorted(welsh_routes()))
@pytest.mark.parametrize("role", ROLES)
def test_the_welsh_page_gives_each_role_the_same_status(client, samples, route, role):
    path, expected = MATRIX[route]
    check(client, "/cy" + path.format(**samples), role, expected[role])


@pytest.mark.parametrize("path", sorted(THIRD_PARTY))
@pytest.mark.parametrize("role", ROLES)
def test_admin_and_account_pages_give_each_role_the_expected_status(client, path, role):
    check(client, path, role, THIRD_PARTY[path][role])


# allauth's pages in Welsh (Wagtail's admin is never under /cy/: it speaks each editor's own).
@pytest.mark.parametrize("path", sorted(p for p in THIRD_PARTY if p.startswith("/accounts/")))
@pytest.mark.parametrize("role", ROLES)
def test_the_welsh_account_pages_give_each_role_the_same_status(client, path, role):
    check(client, "/cy" + path, role, THIRD_PARTY[path][role])
