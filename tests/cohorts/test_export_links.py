"""The cohort pages' downloads (the learner list and the question analysis): every link says
what it downloads and in which format, and the Excel file has real dates, a frozen bold header
and readable columns."""

import io
import re
from collections import Counter

import pytest
from openpyxl import load_workbook

from courses.services import lesson_visit
from tests.helpers import confirm_identity

pytestmark = pytest.mark.django_db


def test_every_download_link_on_the_cohort_pages_has_a_name_of_its_own(client, world):
    client.force_login(world.facilitator)
    page = "".join(
        client.get(f"/cohorts/{world.cohort.pk}/{part}/").content.decode()
        for part in ("learners", "questions")
    )
    names = re.findall(r'<a class="govuk-link" href="/cohorts/\d+/export/[^"]*">([^<]+)</a>', page)
    assert len(names) == 4
    assert all(re.match(r"Download .+ \((CSV|Excel)\)$", name) for name in names), names
    assert [n for n, seen in Counter(names).items() if seen > 1] == []
    assert "Excel" not in names and "CSV" not in names


def test_the_learner_excel_file_has_last_active_as_a_date_cell(client, world):
    learner = world.councillors[0]
    lesson_visit(user=learner, lesson=world.programme.all_lessons[0])
    client.force_login(world.facilitator)
    confirm_identity(client)
    excel = client.get(f"/cohorts/{world.cohort.pk}/export/learners.xlsx")
    sheet = load_workbook(io.BytesIO(excel.content)).active
    header = [cell.value for cell in sheet[1]]
    column = header.index("Last active") + 1
    assert sheet.freeze_panes == "A2"
    assert all(cell.font.bold for cell in sheet[1])
    dated = [row[column - 1] for row in sheet.iter_rows(min_row=2) if row[column - 1].value]
    assert dated and all(cell.is_date for cell in dated)
