"""An index on how long each date lasts, so that the longest one is read in one step.

The calendar bounds "still running" queries by the longest date's length (events/calendar/
models.py, _not_ended_before). PostgreSQL only: the SQLite demo holds a few hundred dates.
"""

from django.db import migrations

INDEX = "calendar_occurrence_length_idx"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f'CREATE INDEX IF NOT EXISTS {INDEX} ON calendar_eventoccurrence (("end" - "start"))'
        )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("calendar", "0002_page_last_checked")]

    operations = [migrations.RunPython(create_index, drop_index, elidable=False)]
