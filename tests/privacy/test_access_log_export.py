"""The access log's admin export (Wagtail's own CSV and Excel) passes the formula guard."""

import csv
import io

import pytest
from openpyxl import load_workbook

from privacy.constants import AccessAction
from privacy.models import AccessLogEntry
from tests.conftest import sign_in

pytestmark = pytest.mark.django_db


def test_an_actor_name_that_looks_like_a_formula_is_neutralised_in_csv_and_excel(client, demo):
    AccessLogEntry.objects.create(
        actor_name="=cmd|' /C calc'!A0", action=AccessAction.VIEWED_LEARNER, path="/x/"
    )
    sign_in(client, "admin@example.org")

    exported = client.get("/admin/access_log/?export=csv")
    text = b"".join(exported.streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[1][1] == "'=cmd|' /C calc'!A0"

    exported = client.get("/admin/access_log/?export=xlsx")
    sheet = load_workbook(io.BytesIO(b"".join(exported.streaming_content))).active
    values = list(sheet.iter_rows(min_row=2, values_only=True))
    assert values[0][1] == "'=cmd|' /C calc'!A0"
