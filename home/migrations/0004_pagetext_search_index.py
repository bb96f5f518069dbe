"""A GIN index on the per-language search vectors, on PostgreSQL (SQLite searches without)."""

from django.db import migrations


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            "CREATE INDEX IF NOT EXISTS home_pagetext_search_vector_gin ON home_pagetext USING gin (search_vector)"
        )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS home_pagetext_search_vector_gin")


class Migration(migrations.Migration):
    dependencies = [("home", "0003_pagetext_kind_and_search")]

    operations = [migrations.RunPython(create_index, drop_index)]
