"""An index for the search's title match (PostgreSQL only).

The portal search finds a word inside a title's compound ("cafe" in "Sprachcafé") with
`title_folded LIKE '%cafe%'`, beside the full-text match. No index answers a LIKE with a leading
wildcard but a trigram index, so the OR of both made PostgreSQL read every page and its text:
~200 ms for a common word at the district's scale, twice (results and counts per kind). With
it, both conditions are bitmap index scans (~50 ms and ~35 ms).

pg_trgm is a trusted extension (PostgreSQL 13 and later): the database's owner may create it.
"""

from django.db import migrations

INDEX = "home_pagetext_title_trigram"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON home_pagetext USING gin (title_folded gin_trgm_ops)"
        )


def drop_index(apps, schema_editor):
    # The extension stays: other database objects may have come to use it.
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("home", "0017_page_text_folded")]

    operations = [migrations.RunPython(create_index, drop_index, elidable=False)]
