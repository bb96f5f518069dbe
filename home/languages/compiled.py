"""The query that loads a routed page for serving, compiled once per process (issue 18).

`specific_for_serving` loads the page a visitor asked for with the rows its view reads on every
visit (`serving_queryset`: an event with its town, its organisation, the organisation's town and
pictures). Every page model carries its translated fields in eleven languages, so that one row
is 140–390 columns, and Django compiled the same SELECT again on every request (an event's
384 columns: ~4 ms alone, 1.5–2 ms of a visit). The SQL differs only in the page's id,
so it is compiled once per page type, language and database and run again with the new id;
Django's own iterable then builds the objects and runs the prefetches as `.get()` would.

A query whose parameters are more than the id (a serving queryset that filters on something
else) is compiled afresh each time, as before.
"""

import copy
import threading

from django.db import connections
from django.utils.translation import get_language

# An id no page has: its place among the compiled query's parameters is where the real id goes.
_PROBE = -7_340_033

# (model, language, database) → (compiler, sql), or None for a query that cannot be kept.
_compiled: dict = {}
_lock = threading.Lock()
_NOT_YET = object()


def _compiled_for(queryset, key):
    entry = _compiled.get(key, _NOT_YET)
    if entry is _NOT_YET:
        compiler = queryset.filter(pk=_PROBE).query.get_compiler(using=queryset.db)
        sql, params = compiler.as_sql()
        entry = (compiler, sql) if tuple(params) == (_PROBE,) else None
        with _lock:
            _compiled.setdefault(key, entry)
    return entry


def serving_get(model, pk):
    """`model.serving_queryset().get(pk=pk)`, without compiling its SQL again."""
    queryset = model.serving_queryset()
    db = queryset.db
    key = (model, get_language(), db)
    entry = _compiled_for(queryset, key)
    if entry is None:
        return queryset.get(pk=pk)
    compiler, sql = entry
    # A shallow copy per use: the compiled state (columns, converters' fields) is only read,
    # and each thread runs it on its own connection.
    ready = copy.copy(compiler)
    ready.connection = connections[db]
    ready.as_sql = lambda *args, **kwargs: (sql, (pk,))
    one = queryset.filter(pk=pk)
    one.query.get_compiler = lambda *args, **kwargs: ready
    found = list(one)
    if not found:
        raise model.DoesNotExist(f"{model._meta.object_name} {pk} does not exist.")
    return found[0]
