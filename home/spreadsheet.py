"""Exported spreadsheets never run what a visitor typed.

A contact message's subject "=HYPERLINK(…)" or "=cmd|…" is a formula to Excel and
LibreOffice when the CSV is opened. Every CSV the admin exports (listings of contact
messages, Wagtail's reports, form submissions) is written by Wagtail's
SpreadsheetExportMixin; `protect_csv_exports()` makes it pass each cell through
`spreadsheet_safe`. Wagtail's XLSX export already stores such cells as text.
"""

from functools import wraps

# What Excel, LibreOffice and Google Sheets read as the start of a formula (OWASP: CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value):
    """A text cell that would start a formula, prefixed with an apostrophe so it stays text."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


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
