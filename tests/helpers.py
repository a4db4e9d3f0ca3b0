"""Plain helpers shared by the tests: signing in as a person would, reading emailed codes, looking
at a page the way a reader does, answering a quiz. Fixtures live in the conftest files; builders
for people, councils, cohorts and pages live in tests/factories.py."""

import email
import io
import re
import time
from collections.abc import Callable
from email.header import decode_header, make_header
from pathlib import Path

import pypdf
import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from django.core.cache import cache
from django.db import transaction

from champions.accounts.models import CouncillorProfile, User

# The password and authenticator secret every test account gets. They are the same values as
# the demo's published ones, so one ``sign_in`` works for demo people and factory-made people.
PASSWORD = "correct-horse-battery-staple"
TOTP_SECRET = "JBSWY3DPEHPK3PXP"

ROSTER_HEADER = "name,email,position,ward,year first elected\n"


# --- signing in ---------------------------------------------------------------------------------


def totp_code(secret: str = TOTP_SECRET, *, good_for: float = 0) -> str:
    """What an authenticator app shows now for this secret. With ``good_for`` (seconds), waits
    for the next code when this one would change sooner, as a person does when the app's timer
    is nearly out: allauth accepts only the current 30-second window's code, so a code typed in
    the window's last moment is otherwise refused now and then."""
    left = 30 - time.time() % 30
    if left < good_for:
        time.sleep(left + 0.1)
    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))


def sign_in(client, email: str, password: str = PASSWORD):
    """Signs in through allauth's real forms: the password, then, for staff, the code from their
    authenticator app."""
    response = client.post("/accounts/login/", {"login": email, "password": password})
    assert response.status_code == 302, f"sign-in as {email} failed"
    if response.url.startswith("/accounts/2fa/authenticate/"):
        code = totp_code(good_for=3)
        # allauth refuses a code already used in this 30-second window; forget it so a test can
        # sign the same person in twice without waiting for the authenticator to move on.
        user_id = User.objects.get(email__iexact=email).pk
        cache.delete(f"allauth.mfa.totp.used?user={user_id}&code={code}")
        response = client.post(response.url, {"code": code})
        assert response.status_code == 302, f"two-step sign-in as {email} failed"
    return response


def emailed_code(message) -> str:
    """The sign-in code in an allauth email."""
    match = re.search(r"^\s*([A-Z0-9]{4}-[A-Z0-9]{4})\s*$", message.body, re.MULTILINE)
    assert match, message.body
    return match.group(1)


def confirm_identity(client, password: str = PASSWORD):
    """Re-authenticates with the password, as allauth asks before sensitive actions (exports)."""
    response = client.post("/accounts/reauthenticate/", {"password": password})
    assert response.status_code == 302, "re-authentication failed"
    return response


def confirm_identity_by_code(client, response, outbox):
    """allauth's confirmation for someone without a password: from the redirect ``response`` to
    the code page, ask for a code and type it in. Returns the response to the code, which
    redirects back to where they were going."""
    while response.status_code == 302 and "/accounts/reauthenticate/" in response.url:
        page = client.get(response.url)
        if page.status_code != 200:
            response = page
            continue
        assert "Email me a code" in page.content.decode()
        recipient = page.context["form"].fields["recipient"].choices[0][0]
        before = len(outbox)
        step = client.post(response.url, {"recipient": recipient})
        assert step.status_code == 302, "asking for a confirmation code failed"
        assert len(outbox) == before + 1 and outbox[-1].to == [recipient]
        return client.post(step.url, {"code": emailed_code(outbox[-1])})
    raise AssertionError(f"not asked to confirm: {response.status_code}")


# --- reading pages ------------------------------------------------------------------------------


def h1_count(html: str) -> int:
    return len(re.findall(r"<h1[\s>]", html))


def main_html(html: str) -> str:
    """The page's <main> element: what the page itself shows, without header and footer."""
    match = re.search(r"<main\b.*?</main>", html, re.S)
    assert match, "the page has no <main>"
    return match.group(0)


def visible_text(html: str) -> str:
    """Text a reader sees: tags removed, whitespace collapsed."""
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).strip()


# --- quizzes ------------------------------------------------------------------------------------


def pdf_text(content: bytes) -> str:
    """The PDF's words with the spaces between them made single. A text extractor reads a
    kerned pair such as "Te" as two words ("T estbridge"), so ``same_words`` compares text
    with the spaces taken out."""
    reader = pypdf.PdfReader(io.BytesIO(content))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages)).strip()


def same_words(text: str) -> str:
    return re.sub(r"\s+", "", text)


def answers_for(attempt, *, right: int) -> dict[str, list[str]]:
    """The right answer to the first ``right`` questions drawn, a wrong one to the rest."""
    answers = {}
    for n, question in enumerate(attempt.snapshot["questions"]):
        good = [o["id"] for o in question["options"] if o["correct"]]
        bad = [o["id"] for o in question["options"] if not o["correct"]]
        answers[question["id"]] = good if n < right else bad[:1]
    return answers


def post_data(answers: dict[str, list[str]]) -> dict[str, list[str]]:
    """Answers as the quiz form posts them."""
    return {f"q-{qid}": chosen for qid, chosen in answers.items()}


# --- rosters ------------------------------------------------------------------------------------


def roster_csv(rows: list[tuple]) -> bytes:
    """A roster file as a council leader would upload it."""
    lines = [",".join(str(cell) for cell in row) for row in rows]
    return (ROSTER_HEADER + "\n".join(lines) + "\n").encode()


def people_counts() -> tuple[int, int, int]:
    """People, councillor profiles and email addresses: what a failed import must not change."""
    return (
        User.objects.count(),
        CouncillorProfile.objects.count(),
        EmailAddress.objects.count(),
    )


# --- worlds shared by a module's tests ----------------------------------------------------------


def built_once_per_module(build: Callable):
    """A module-scoped fixture: ``build()`` runs once, inside a transaction that is rolled back
    when the module's tests are done. Each test still runs in its own savepoint, so what one test
    changes the next never sees. Objects are shared, though: fixtures that hand them to tests
    should read them afresh (``Model.objects.get(pk=...)``) so that no test sees another's
    unsaved changes."""

    @pytest.fixture(scope="module")
    def fixture(django_db_setup, django_db_blocker):
        with django_db_blocker.unblock():
            outer = transaction.atomic()
            outer.__enter__()
            try:
                built = build()
            except BaseException:
                transaction.set_rollback(True)
                outer.__exit__(None, None, None)
                raise
        try:
            yield built
        finally:
            with django_db_blocker.unblock():
                transaction.set_rollback(True)
                outer.__exit__(None, None, None)

    return fixture


# --- emails as they arrive ----------------------------------------------------------------------


def subject_of(message) -> str:
    """The subject a mail program shows: a Django email (from mail.outbox) or a parsed one, its
    header decoded (a Welsh and English subject is long and may hold accented letters, so it is
    folded and encoded on the way out)."""
    if hasattr(message, "message"):
        message = message.message()
    unfolded = re.sub(r"\r?\n(?=[ \t])", "", str(message["Subject"]))
    return str(make_header(decode_header(unfolded)))


def logged_emails(mail_dir: Path) -> list[email.message.Message]:
    """Every email Django's file backend wrote in ``mail_dir`` (a line of 79 dashes after each)."""
    found = []
    for path in sorted(Path(mail_dir).glob("*.log")):
        for chunk in path.read_text(errors="replace").split("\n" + "-" * 79 + "\n"):
            if chunk.strip():
                found.append(email.message_from_string(chunk.lstrip("\n")))
    return found
