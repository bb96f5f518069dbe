"""The search's indexes, one per language (PostgreSQL only).

Every search is in one language, yet the indexes over all eleven gave PostgreSQL the matches of
every language to intersect with the language's 18,000 texts: for a common word at the
district's scale, 40,000 vector matches and 11,000 title matches to find 4,400 German texts
(~11 ms before a single text was read). A partial index per language holds only that
language's texts, so the same match is read off 4,400 entries (~1.5 ms).

The codes are written out: a migration must not change when the portal's languages do.
"""

from django.db import migrations

LANGUAGES = ("de", "en", "tr", "ar", "fa", "pl", "ru", "uk", "el", "it", "kmr")
OLD_INDEXES = {
    "home_pagetext_search_vector_gin": "gin (search_vector)",
    "home_pagetext_title_trigram": "gin (title_folded gin_trgm_ops)",
}


def _per_language():
    for code in LANGUAGES:
        yield f"home_pagetext_search_vector_{code}", "gin (search_vector)", code
        yield f"home_pagetext_title_trigram_{code}", "gin (title_folded gin_trgm_ops)", code


def create_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, method, code in _per_language():
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {name} ON home_pagetext USING {method} WHERE language = '{code}'"
        )
    for name in OLD_INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


def restore_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, method in OLD_INDEXES.items():
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {name} ON home_pagetext USING {method}")
    for name, _method, _code in _per_language():
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("home", "0018_page_text_title_trigram_index")]

    operations = [migrations.RunPython(create_indexes, restore_indexes, elidable=False)]
