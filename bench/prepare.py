"""The Django side of the benchmark, run in the harness's own process against the throwaway
database (``django.setup()`` with the same production settings as the server).

Signed-in pages need a session: ``session_for`` writes one the way ``django.contrib.auth.login``
does (user id, backend, password hash) and, for staff, as if they had just passed two-step
sign-in and re-authenticated, recording it the way allauth's ``record_authentication`` does,
so the CSV export (which asks for recent re-authentication) answers at once."""

import secrets
import time
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.db import connection
from django.db.models import Count
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils.module_loading import import_string

CSRF = secrets.token_hex(16)  # a 32-character CSRF secret, sent as cookie and form field
BACKEND = "django.contrib.auth.backends.ModelBackend"


def session_for(user, *, staff: bool = False) -> str:
    store = import_string(f"{settings.SESSION_ENGINE}.SessionStore")()
    now = int(time.time())
    store[SESSION_KEY] = str(user.pk)
    store[BACKEND_SESSION_KEY] = BACKEND
    store[HASH_SESSION_KEY] = user.get_session_auth_hash()
    store["signed_in_at"] = now
    store["last_seen"] = now
    if staff:
        _record_recent_sign_in(store, user)
    store.create()
    return store.session_key


def _record_recent_sign_in(store, user) -> None:
    from allauth.mfa.models import Authenticator

    authenticator = Authenticator.objects.filter(user=user, type="totp").first()
    at = time.time()
    store["account_authentication_methods_user"] = str(user.pk)
    store["account_authentication_methods"] = [
        {"method": "password", "at": at, "email": user.email},
        {"method": "mfa", "at": at, "id": authenticator.pk if authenticator else None,
         "type": "totp"},
        # What allauth's reauthenticate_by_password adds: the export's recent re-authentication.
        {"method": "password", "at": at, "email": user.email, "reauthenticated": True},
    ]  # fmt: skip


def renew_reauthentication(session_key: str) -> None:
    """allauth accepts a re-authentication for 5 minutes; the benchmark runs longer."""
    from champions.accounts.models import User

    store = import_string(f"{settings.SESSION_ENGINE}.SessionStore")(session_key=session_key)
    user = User.objects.get(pk=store[SESSION_KEY])
    _record_recent_sign_in(store, user)
    store["last_seen"] = int(time.time())
    store.save()


def cookie(session_key: str) -> str:
    return f"sessionid={session_key}; csrftoken={CSRF}"


def scenario(*, submissions: int) -> dict:
    """Who requests what: a mid-programme councillor of the 500-learner cohort, its
    facilitator, the leader of the largest council, the platform admin, and ``submissions``
    open quiz attempts (with answers) for other members of the cohort."""
    from champions.accounts.models import CouncilLeadership, User
    from cohorts.models import Cohort
    from courses.queries import learner_programmes, programme_overview
    from quizzes.constants import QuizKind
    from quizzes.models import QuizPage

    cohort = (
        Cohort.objects.annotate(n=Count("memberships"))
        .filter(name__startswith="Synthetic")
        .order_by("-n", "pk")
        .first()
    )
    if cohort is None:
        raise SystemExit("No synthetic cohort: run generate_synthetic first.")
    members = list(
        User.objects.filter(cohort_memberships__cohort=cohort)
        .annotate(attempts=Count("quiz_attempts"))
        .order_by("-attempts", "pk")
    )
    councillor, lesson_url, module_id = None, None, None
    for person in members[len(members) // 4 :]:  # busy, but not the keenest
        overview = programme_overview(programme=learner_programmes(user=person)[0], user=person)
        if overview.next_lesson is not None and overview.lessons_done >= 5:
            councillor = person
            lesson_url = overview.next_lesson.url
            module_id = next(m.id for m in overview.modules if overview.next_lesson in m.lessons)
            break
    module_quizzes = list(
        QuizPage.objects.live().filter(kind=QuizKind.MODULE).descendant_of(cohort.programme)
    )
    quiz = next(q for q in module_quizzes if q.get_parent().id == module_id)
    facilitator = cohort.facilitators.first()
    leadership = (
        CouncilLeadership.objects.filter(council__slug__startswith="synthetic-")
        .annotate(n=Count("council__councillors"))
        .select_related("council", "user")
        .order_by("-n", "pk")
        .first()
    )
    admin = User.objects.get(email="admin@example.org")
    sessions = {
        "councillor": session_for(councillor),
        "facilitator": session_for(facilitator, staff=True),
        "leader": session_for(leadership.user, staff=True),
        "admin": session_for(admin, staff=True),
    }
    # Submitters: the cohort's other members first, then learners of other cohorts (each may
    # hold one open attempt per quiz, so thousands of attempts need hundreds of people).
    others = User.objects.filter(enrolments__programme=cohort.programme).exclude(
        pk__in=[m.pk for m in members]
    )
    needed = submissions // max(1, len(module_quizzes)) + 1
    pool = [m for m in members if m.pk != councillor.pk]
    pool += list(others.order_by("pk")[: max(0, needed - len(pool))])
    return {
        "cohort_id": cohort.pk,
        "cohort_size": len(members),
        "councillor": councillor.email,
        "council": leadership.council.slug,
        "council_size": leadership.n,
        "lesson_url": lesson_url,
        "quiz_url": quiz.url,
        "sessions": sessions,
        "submissions": open_attempts(pool, module_quizzes, submissions),
    }


def open_attempts(pool, quizzes, count: int) -> list[dict]:
    """Open attempts started through ``attempt_start``, each with a full set of answers (a
    mix of right and wrong), so every POST is a real first submission."""
    import random

    from quizzes.models import QuizAttempt
    from quizzes.services import attempt_start

    rng = random.Random(7)
    rows, sessions = [], {}
    people = pool[: max(1, min(len(pool), count // len(quizzes) + 1))]
    for n in range(count):
        person = people[n % len(people)]
        quiz = quizzes[(n // len(people)) % len(quizzes)]
        if QuizAttempt.objects.filter(user=person, quiz=quiz, submitted_at__isnull=True).exists():
            continue
        attempt = attempt_start(user=person, quiz=quiz, seed=rng.randrange(2**32))
        fields = [("csrfmiddlewaretoken", CSRF)]
        for q in attempt.snapshot["questions"]:
            right = [o["id"] for o in q["options"] if o["correct"]]
            other = [o["id"] for o in q["options"] if not o["correct"]]
            chosen = right if rng.random() < 0.8 or not other else [rng.choice(other)]
            fields += [(f"q-{q['id']}", option) for option in chosen]
        if person.pk not in sessions:
            sessions[person.pk] = session_for(person)
        rows.append(
            {
                "cookie": cookie(sessions[person.pk]),
                "path": f"/quizzes/attempts/{attempt.pk}/",
                "body": urlencode(fields),
                "attempt_id": attempt.pk,
            }
        )
    return rows


def query_counts(
    pages: dict[str, dict], extra_submission: dict | None, *, timed: int = 7
) -> tuple[dict[str, int], dict[str, float]]:
    """SQL queries per request for each page, counted in-process with the same data, sessions
    and settings as the server (the second of two requests, so per-process caches are warm),
    and the median time of ``timed`` more requests one at a time: the page's own cost, with
    no queue in front of it."""
    import statistics

    counts, times = {}, {}
    for name, page in pages.items():
        if page.get("method") == "POST":
            continue
        client = Client(HTTP_HOST="127.0.0.1")
        client.cookies.load(page["cookie"])
        client.get(page["path"])
        with CaptureQueriesContext(connection) as captured:
            response = client.get(page["path"])
        assert response.status_code == 200, (name, response.status_code)
        counts[name] = len(captured)
        samples = []
        for _ in range(timed):
            started = time.perf_counter()
            client.get(page["path"])
            samples.append((time.perf_counter() - started) * 1000)
        times[name] = statistics.median(samples)
    if extra_submission is not None:
        client = Client(HTTP_HOST="127.0.0.1")
        client.cookies.load(extra_submission["cookie"])
        with CaptureQueriesContext(connection) as captured:
            response = client.post(
                extra_submission["path"],
                extra_submission["body"],
                content_type="application/x-www-form-urlencoded",
            )
        assert response.status_code == 302, response.status_code
        counts["quiz submission"] = len(captured)
    return counts, times


def submitted(attempt_ids: list[int]) -> int:
    from quizzes.models import QuizAttempt

    return QuizAttempt.objects.filter(pk__in=attempt_ids, submitted_at__isnull=False).count()
