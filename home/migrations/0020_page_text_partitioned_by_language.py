"""The page texts in one table per language (PostgreSQL only).

Every search reads one language's texts, but the eleven languages' rows lay interleaved: a common
word's 4,400 German matches sat in 4,400 different blocks of the table, and counting them
visited each (~12 ms at the district's scale). Partitioned by language, a language's texts lie
together: the planner reads only that language's table, and the same matches sit in a quarter
of the blocks. Each partition has its own search indexes, made from the partitioned table's,
which replace the partial indexes per language of migration 0019.

The table keeps Django's constraints and indexes under their names, read from the catalogue;
only the primary key gains the language, as PostgreSQL asks of a partitioned table. The codes
are 0019's, written out there: a migration must not change when the portal's languages do; a
text in any other language lands in `home_pagetext_other`.
"""

from importlib import import_module

from django.db import migrations

# Migration 0019's languages and its indexes, by the names it gave them: the indexes over all
# languages it replaced are made again here, on the partitioned table (and so per partition),
# and going back restores its partial indexes with its own function.
per_language = import_module("home.migrations.0019_page_text_search_indexes_per_language")

TABLE = "home_pagetext"
LANGUAGES = per_language.LANGUAGES
SEARCH_INDEXES = per_language.OLD_INDEXES


def _constraints_and_indexes(cursor):
    cursor.execute(
        "SELECT conname, contype, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = %s::regclass",
        [TABLE],
    )
    constraints = cursor.fetchall()
    cursor.execute(
        "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() AND tablename = %s",
        [TABLE],
    )
    searched = set(SEARCH_INDEXES) | {name for name, _method, _code in per_language._per_language()}
    kept = {name for name, _type, _definition in constraints}
    indexes = [(name, definition) for name, definition in cursor.fetchall() if name not in kept | searched]
    return constraints, indexes


def _rebuild(schema_editor, *, partitioned):
    """Copies the texts into a new table, partitioned by language or not, under the same names."""
    if schema_editor.connection.vendor != "postgresql":
        return
    execute = schema_editor.execute
    with schema_editor.connection.cursor() as cursor:
        constraints, indexes = _constraints_and_indexes(cursor)
    old = f"{TABLE}_before"
    execute(f"ALTER TABLE {TABLE} RENAME TO {old}")
    partition_by = " PARTITION BY LIST (language)" if partitioned else ""
    execute(f"CREATE TABLE {TABLE} (LIKE {old} INCLUDING DEFAULTS INCLUDING IDENTITY){partition_by}")
    if partitioned:
        for code in LANGUAGES:
            execute(f"CREATE TABLE {TABLE}_{code} PARTITION OF {TABLE} FOR VALUES IN ('{code}')")
        execute(f"CREATE TABLE {TABLE}_other PARTITION OF {TABLE} DEFAULT")
    execute(f"INSERT INTO {TABLE} SELECT * FROM {old}")
    execute(f"DROP TABLE {old}")
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("SELECT pg_get_serial_sequence(%s, 'id')", [TABLE])
        (sequence,) = cursor.fetchone()
    # The new identity's sequence was named beside the old one's; it takes the old name again.
    if sequence.rpartition(".")[2] != f"{TABLE}_id_seq":
        execute(f"ALTER SEQUENCE {sequence} RENAME TO {TABLE}_id_seq")
    execute(
        f"SELECT setval(pg_get_serial_sequence('{TABLE}', 'id'), COALESCE(MAX(id), 0) + 1, false) FROM {TABLE}"
    )
    for name, kind, definition in constraints:
        if kind == "p":
            definition = "PRIMARY KEY (id, language)" if partitioned else "PRIMARY KEY (id)"
        execute(f"ALTER TABLE {TABLE} ADD CONSTRAINT {name} {definition}")
    for _name, definition in indexes:
        # A partitioned table's own index reads "ON ONLY"; either table takes it as "ON".
        execute(definition.replace(" ON ONLY ", " ON ", 1))
    if partitioned:
        # Made on every partition, each over its own language's texts.
        for name, method in SEARCH_INDEXES.items():
            execute(f"CREATE INDEX {name} ON {TABLE} USING {method}")
    else:
        per_language.create_indexes(None, schema_editor)
    execute(f"ANALYZE {TABLE}")


def partition(apps, schema_editor):
    _rebuild(schema_editor, partitioned=True)


def unpartition(apps, schema_editor):
    _rebuild(schema_editor, partitioned=False)


class Migration(migrations.Migration):
    # The copy is done in one transaction with the rename, so that no text is lost halfway.
    dependencies = [("home", "0019_page_text_search_indexes_per_language")]

    operations = [migrations.RunPython(partition, unpartition, elidable=False)]
