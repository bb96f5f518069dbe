"""Indexes on the translated slug columns of wagtailcore_page.

wagtail-modeltranslation adds `slug_de`, `slug_tr` … to Wagtail's page table without indexes;
home.languages.workarounds (ROUTING) finds a page's child by those columns, which without an index reads the whole
page table on every request (12 ms at 18,000 pages). On a new database the columns do not exist
yet at this point (modeltranslation adds them after all migrations), so they are added here
with modeltranslation's own statements, which it then finds present and skips.
"""

from django.db import migrations

from home.languages import LANGUAGE_CODES


def _index(code):
    return f"mokme_page_slug_{code}"


def add_slug_indexes(apps, schema_editor):
    from modeltranslation.management.commands.sync_translation_fields import Command as SyncFields
    from wagtail.models import Page

    connection = schema_editor.connection
    with connection.cursor() as cursor:
        columns = {
            column.name
            for column in connection.introspection.get_table_description(cursor, "wagtailcore_page")
        }
    missing = [code for code in LANGUAGE_CODES if f"slug_{code}" not in columns]
    for statement in SyncFields().get_sync_sql("slug", missing, Page):
        schema_editor.execute(statement)
    for code in LANGUAGE_CODES:
        schema_editor.execute(
            f'CREATE INDEX IF NOT EXISTS {_index(code)} ON wagtailcore_page ("slug_{code}")'
        )


def drop_slug_indexes(apps, schema_editor):
    for code in LANGUAGE_CODES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {_index(code)}")


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0006_image_alt_text_translated"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [migrations.RunPython(add_slug_indexes, drop_slug_indexes)]
