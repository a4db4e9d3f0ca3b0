"""The roster's optional language column: the language we write to each councillor in (Welsh
Language Standards). Blank keeps what the person chose; an unknown value is a row error."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from champions.accounts.models import User
from tests.councils.helpers import PASSWORD, make_council, make_leader
from tests.helpers import confirm_identity

pytestmark = pytest.mark.django_db

HEADER = "name,email,position,ward,year first elected,language\n"


@pytest.fixture
def council():
    return make_council("cymrushire")


@pytest.fixture
def leader_client(client, council):
    client.force_login(make_leader(council))
    confirm_identity(client, PASSWORD)
    return client


def import_file(client, council, text: str):
    upload = client.post(
        f"/council/{council.slug}/roster/upload/",
        {"file": SimpleUploadedFile("roster.csv", (HEADER + text).encode(), "text/csv")},
    )
    assert upload.status_code == 302, upload.content.decode()
    return client, upload.url


def test_the_language_column_sets_each_councillors_language(leader_client, council):
    client, preview = import_file(
        leader_client,
        council,
        "Ann Able,ann@cymrushire.example.org,leader,,,Cymraeg\n"
        "Bob Baker,bob@cymrushire.example.org,cabinet,,,English\n"
        "Cat Cole,cat@cymrushire.example.org,backbench,,,\n",
    )
    assert client.post(preview, {"action": "all"}).status_code == 302
    languages = dict(
        User.objects.filter(
            email__in=[
                "ann@cymrushire.example.org",
                "bob@cymrushire.example.org",
                "cat@cymrushire.example.org",
            ]
        ).values_list("email", "language")
    )
    assert languages == {
        "ann@cymrushire.example.org": "cy",
        "bob@cymrushire.example.org": "en-gb",
        "cat@cymrushire.example.org": "",
    }

    # A later file with the column empty keeps what each person chose; a value changes it.
    client, preview = import_file(
        leader_client,
        council,
        "Ann Able,ann@cymrushire.example.org,leader,,,\n"
        "Bob Baker,bob@cymrushire.example.org,cabinet,,,welsh\n"
        "Cat Cole,cat@cymrushire.example.org,backbench,,,\n",
    )
    assert client.post(preview, {"action": "all"}).status_code == 302
    assert User.objects.get(email="ann@cymrushire.example.org").language == "cy"
    assert User.objects.get(email="bob@cymrushire.example.org").language == "cy"


def test_an_unknown_language_is_a_row_error_and_nothing_is_written(leader_client, council):
    client, preview = import_file(
        leader_client, council, "Ann Able,ann@cymrushire.example.org,leader,,,French\n"
    )
    page = client.get(preview).content.decode()
    assert "is not a language we know. Use English or Welsh, or leave it empty" in page
    assert client.post(preview, {"action": "all"}).status_code in (200, 400)
    assert not User.objects.filter(email="ann@cymrushire.example.org").exists()


def test_the_template_file_has_the_language_column(leader_client, council):
    text = leader_client.get(f"/council/{council.slug}/roster/template.csv").content.decode()
    assert text.splitlines()[0].lstrip("\ufeff").endswith(",language")


def test_a_language_the_councillor_chose_themselves_is_kept_whatever_the_file_says(
    leader_client, council
):
    client, preview = import_file(
        leader_client, council, "Ann Able,ann@cymrushire.example.org,leader,,,\n"
    )
    assert client.post(preview, {"action": "all"}).status_code == 302
    ann = User.objects.get(email="ann@cymrushire.example.org")
    own = Client()
    own.force_login(ann)
    assert own.post("/account/language/", {"language": "cy"}).status_code == 302

    client, preview = import_file(
        leader_client, council, "Ann Able,ann@cymrushire.example.org,leader,,,English\n"
    )
    assert client.post(preview, {"action": "all"}).status_code == 302
    assert User.objects.get(email="ann@cymrushire.example.org").language == "cy"
