"""Commitments and learning records in a real browser, over the demo: the facilitator's counts
for their cohort (no private text), the council leader's learning records, and the councillor's
own record and commitments pages. axe and the reflow check (320 px) on every new page.

Then the issue's first "done when": a councillor completes the programme (the demo councillor,
brought to the last quiz through the services; they pass it in the browser), downloads the
certificate PDF (its text names them and the programme) and the credential; an independent
check verifies the credential's signature with the published keys (joserfc) and validates it
against the Open Badges 3.0 JSON schema (ours; and 1EdTech's own with
`make credential-conformance`); a one-character change fails on the public
verification page; after withdrawal that page says so. Setting a commitment and answering a
follow-up are covered by tests/recognition at the server."""

import io
import json
import os
import subprocess
import sys
import urllib.request
import warnings
from pathlib import Path

import pypdf
import pytest
from joserfc import jws
from joserfc.jwk import KeySet
from playwright.sync_api import expect

from tests.recognition import ob3_schema

from .audit import Audit
from .conftest import ROOT
from .people import person_for, sign_in_with_password
from .test_councillor_journey import _answer_quiz

pytestmark = pytest.mark.browser

COHORT = "North West regional cohort"


@pytest.mark.parametrize("javascript", [True, False], ids=["javascript", "no-javascript"])
def test_facilitator_leader_and_councillor_see_commitments_and_learning_records(
    live_site, new_page, javascript
):
    audit = Audit(javascript=javascript)

    facilitator = new_page(javascript=javascript)
    sign_in_with_password(facilitator, live_site, "facilitator@example.org")
    facilitator.goto(live_site("/cohorts/"))
    facilitator.get_by_role("link", name=COHORT).first.click()
    facilitator.goto(facilitator.url.rstrip("/") + "/commitments/")
    expect(facilitator.get_by_role("heading", level=1)).to_have_text("Commitments")
    expect(facilitator.get_by_text("Commitments set")).to_be_visible()
    audit.check(facilitator, "a cohort's commitments (facilitator)")

    leader = new_page(javascript=javascript)
    sign_in_with_password(leader, live_site, "leader@example.org")
    leader.get_by_role("link", name="Councillors' learning records").click()
    expect(leader.get_by_role("heading", level=1)).to_have_text("Learning records")
    expect(leader.get_by_role("table").first).to_contain_text("Completed on")
    audit.check(leader, "the council's learning records (leader)")

    councillor = new_page(javascript=javascript)
    sign_in_with_password(councillor, live_site, "councillor@example.org")
    councillor.goto(live_site("/learn/"))
    councillor.get_by_role("link", name="Your learning record").click()
    expect(councillor.get_by_role("heading", level=1)).to_have_text("Your learning record")
    audit.check(councillor, "your learning record")
    councillor.goto(live_site("/learn/commitments/"))
    expect(councillor.get_by_role("heading", level=1)).to_have_text("Your commitments")
    audit.check(councillor, "your commitments")

    audit.assert_clean()


# Run in the test server's own database: every lesson read and every module quiz but the last
# core one passed, through the services, as weeks of study would leave it. Prints the last
# quiz's address, the councillor's name and the programme's title.
TO_THE_LAST_QUIZ = """
from champions.accounts.models import User
from courses.models import LessonPage, ModulePage, ProgrammePage, AssessmentPass
from courses.services import lesson_mark_complete
from quizzes.models import QuizPage
from quizzes.services import attempt_start, attempt_submit
me = User.objects.get(email="councillor@example.org")
programme = ProgrammePage.objects.live().first()
modules = list(ModulePage.objects.child_of(programme).live().order_by("path"))
core = [m for m in modules if m.kind == "core"]
for lesson in LessonPage.objects.descendant_of(programme).live():
    lesson_mark_complete(user=me, lesson=lesson)
for module in core[:-1]:
    quiz = QuizPage.objects.child_of(module).live().get(kind="module")
    if AssessmentPass.objects.filter(user=me, page=quiz).exists():
        continue
    attempt = attempt_start(user=me, quiz=quiz, seed=1)
    attempt_submit(user=me, attempt_id=attempt.pk, answers={
        q["id"]: [o["id"] for o in q["options"] if o["correct"]]
        for q in attempt.snapshot["questions"]})
print(QuizPage.objects.child_of(core[-1]).live().get(kind="module").url)
print(me.get_full_name())
print(programme.title)
"""


def manage(database: Path, *args: str) -> str:
    env = {k: v for k, v in os.environ.items() if k not in ("DEBUG", "SITE_URL", "REDIS_URL")}
    env.update(
        DATABASE_URL=f"sqlite:///{database}", DJANGO_SETTINGS_MODULE="champions.settings.dev"
    )
    done = subprocess.run(  # noqa: S603 - our own manage.py with fixed arguments
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True,
        text=True, timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


def test_councillor_completes_the_programme_and_their_credential_checks_out(
    live_site, new_page, tmp_path
):
    audit = Audit(javascript=True)
    database = tmp_path / "db.sqlite3"  # the live site's own copy of the demo
    quiz_url, name, programme = manage(database, "shell", "-c", TO_THE_LAST_QUIZ).splitlines()[-3:]

    page = new_page()
    person = person_for(page, keyboard=False)
    main = page.locator("main")
    sign_in_with_password(page, live_site, "councillor@example.org")
    page.goto(live_site("/learn/record/"))
    expect(main).to_contain_text("When you have completed every core module")

    # The last quiz, passed in the browser, completes the programme.
    page.goto(live_site(quiz_url))
    page.get_by_role("button", name="Start the quiz").click()
    _answer_quiz(page, person, right=True)
    page.get_by_role("button", name="Submit my answers").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("You passed")

    page.goto(live_site("/learn/record/"))
    page.get_by_role("link", name="Your certificate for").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Certificate of completion")
    expect(main).to_contain_text(name)
    audit.check(page, "your certificate")

    with page.expect_download() as pdf:
        page.get_by_role("link", name="Download your certificate (PDF)").click()
    reader = pypdf.PdfReader(io.BytesIO(Path(pdf.value.path()).read_bytes()))
    text = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
    assert name in text and f"completed {programme}," in text

    with page.expect_download() as jwt:
        page.get_by_role("link", name="Download your Open Badge").click()
    token = Path(jwt.value.path()).read_text().strip()

    # The independent check: our published keys, joserfc, the OB 3.0 schemas.
    with urllib.request.urlopen(live_site("/credentials/keys.json")) as response:  # noqa: S310
        keys = KeySet.import_key_set(json.load(response))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # joserfc notes RFC 9864's new name for EdDSA
        signed = jws.deserialize_compact(token, keys, algorithms=["EdDSA"])
    assert signed.headers()["typ"] == "vc+jwt"
    credential = json.loads(signed.payload)
    validated = ob3_schema.validate(credential)  # ours, and 1EdTech's when given
    print("Credential valid against:", ", ".join(validated))
    assert credential["credentialSubject"]["identifier"][0]["identityHash"] == name

    # The public verification page: valid; a one-character change is not.
    page.get_by_role("link", name="/credentials/").click()
    expect(main).to_contain_text("Valid")
    header, payload, signature = token.split(".")
    tampered = f"{header}.{payload[:-1]}{'A' if payload[-1] != 'A' else 'B'}.{signature}"
    page.get_by_label("Paste a credential to check it").fill(tampered)
    page.get_by_role("button", name="Check the credential").click()
    expect(main).to_contain_text("Not valid: the signature does not match")
    page.get_by_label("Paste a credential to check it").fill(token)
    page.get_by_role("button", name="Check the credential").click()
    expect(main).to_contain_text("Valid: we issued this credential")
    audit.check(page, "checking a certificate (public)")

    public_id = page.url.rstrip("/").rsplit("/", 1)[-1]
    manage(database, "revoke_certificate", public_id, "--reason", "Issued in error.")
    page.reload()
    expect(main).to_contain_text("This certificate was withdrawn on")
    audit.assert_clean()
