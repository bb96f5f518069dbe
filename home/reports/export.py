"""A report's table as a CSV download, every cell safe to open in a spreadsheet."""

import csv

from django.http import HttpResponse

from home.spreadsheet import spreadsheet_safe


def csv_response(filename, header, rows):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    writer = csv.writer(response)
    writer.writerow(header)
    for row in rows:
        writer.writerow([spreadsheet_safe(cell) for cell in row])
    return response
