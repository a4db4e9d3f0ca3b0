"""Browser-security headers: a strict Content Security Policy on public and learner pages, a
documented relaxed one only for the Wagtail admin, and the usual hardening headers."""

import pytest

from tests.factories import StandardPageFactory, site_home

pytestmark = pytest.mark.django_db

STRICT = {
    "default-src": "'self'",
    "script-src": "'self'",
    "style-src": "'self'",
    "object-src": "'none'",
    "base-uri": "'none'",
    "frame-ancestors": "'none'",
}


def policy(response) -> dict[str, str]:
    header = response["Content-Security-Policy"]
    return {
        part.strip().split(" ", 1)[0]: part.strip().split(" ", 1)[1]
        for part in header.split(";")
        if part.strip()
    }


@pytest.mark.parametrize(
    "path", ["/", "/accounts/login/", "/learn/", "/journey/", "a standard page"]
)
def test_public_and_learner_pages_have_the_strict_policy(client, cast, path):
    if path == "a standard page":  # such as the privacy notice
        path = StandardPageFactory(parent=site_home(), title="Privacy notice").url
    client.force_login(cast["councillor"])
    found = policy(client.get(path))
    for directive, value in STRICT.items():
        assert found[directive] == value, directive
    assert "unsafe-inline" not in " ".join(found.values())


def test_the_admin_gets_the_relaxed_policy_and_only_the_admin(client, cast):
    client.force_login(cast["trainer"])
    found = policy(client.get("/admin/"))
    assert "'unsafe-inline'" in found["script-src"]
    assert found["object-src"] == "'none'"


def test_pages_do_not_use_inline_scripts_or_styles(client, cast):
    client.force_login(cast["councillor"])
    for path in ["/", "/learn/", "/journey/self-assessment/baseline/"]:
        html = client.get(path).content.decode()
        assert "<script>" not in html and "style=" not in html, path


def test_hardening_headers_are_sent(client, db):
    response = client.get("/")
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"]
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
