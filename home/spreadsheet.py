"""Exported spreadsheets never run what a visitor typed.

A contact message's subject "=HYPERLINK(…)" or "=cmd|…" is a formula to Excel and
LibreOffice when the CSV is opened. Every CSV the admin exports (listings of contact
messages, Wagtail's reports, form submissions) is written by Wagtail's
SpreadsheetExportMixin; `protect_csv_exports()` makes it pass each cell through
`spreadsheet_safe`. Wagtail's XLSX export already stores such cells as text.
"""

import csv
from functools import wraps

from django.http import HttpResponse

# What Excel, LibreOffice and Google Sheets read as the start of a formula (OWASP: CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value):
    """A text cell that would start a formula, prefixed with an apostrophe so it stays text."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def csv_response(filename, header, rows):
    """A table as a CSV download, every cell safe to open in a spreadsheet.

    Starts with the byte order mark: without it Excel reads UTF-8 as Windows-1252, and a
    Turkish or Arabic page title arrives garbled.
    """
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.write("\ufeff")
    writer = csv.writer(response)
    writer.writerow(header)
    for row in rows:
        writer.writerow([spreadsheet_safe(cell) for cell in row])
    return response


def protect_csv_exports():
    from wagtail.admin.views.mixins import SpreadsheetExportMixin

    original = SpreadsheetExportMixin.preprocess_field_value
    if getattr(original, "spreadsheet_safe", False):
        return

    @wraps(original)
    def preprocess_field_value(self, field, value, export_format):
        processed = original(self, field, value, export_format)
        return spreadsheet_safe(processed) if export_format == self.FORMAT_CSV else processed

    preprocess_field_value.spreadsheet_safe = True
    SpreadsheetExportMixin.preprocess_field_value = preprocess_field_value
