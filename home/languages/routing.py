"""Finding the page a visitor asked for in one query, however deep it sits (issue 18).

Wagtail walks the tree one level at a time: a query for the child by its slug, another for its
specific page, per level of the address. Here one query reads the pages along the address by
their translated `url_path` (which modeltranslation keeps for every language), together with
the page's ancestors and whether a view restriction sits on any of them. Each page read is then
checked to be what the slug walk would find: the child of the page before it whose slug in the
visitor's language (else the German one) is the next part of the address. Where the url paths
disagree with the slugs, routing goes on with the slug walk (`workarounds.route`), so the answer
is always the slug walk's.

The page found remembers its ancestors and whether it is public: its breadcrumbs, its parent
and Wagtail's view-restriction check read them instead of asking the database again.
"""

import functools
from dataclasses import dataclass, field

from django.db import connections
from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Coalesce
from django.http import Http404

from modeltranslation.utils import build_localized_fieldname
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, PageViewRestriction
from wagtail.url_routing import RouteResult

from home.languages import DEFAULT_LANGUAGE
from home.languages.compiled import serving_get


@dataclass
class Lineage:
    """The pages from the tree root down to the routed page's parent, as routing read them."""

    ancestors: list = field(default_factory=list)
    # Neither the page nor an ancestor (an alias counting as its original) has a view restriction.
    public: bool = False


def effective_slug(page, code) -> str:
    """The slug a reader of `code` sees: the translated one, else the German (`pages_with_slug`)."""
    german = getattr(page, build_localized_fieldname("slug", DEFAULT_LANGUAGE))
    if code == DEFAULT_LANGUAGE:
        return german
    return getattr(page, build_localized_fieldname("slug", code)) or german


def _ancestor_paths(page) -> list[str]:
    return [page.path[:end] for end in range(page.steplen, len(page.path) + 1, page.steplen)]


def pages_along(page, path_components, code):
    """The page's own ancestors (itself included) and the pages the address names below it.

    Returns (lineage, chain): `chain` holds, level by level, the child the slug walk would
    find, as far as the url paths lead; it is shorter than the address when they do not.
    """
    column = build_localized_fieldname("url_path", code)
    url_path = getattr(page, column, None)
    prefixes = []
    if url_path:
        for component in path_components:
            url_path += f"{component}/"
            prefixes.append(url_path)
    pages = _read_along(page, path_components, prefixes, code)
    lineage = [candidate for candidate in pages if candidate.depth <= page.depth]
    below = [candidate for candidate in pages if candidate.depth > page.depth]
    chain, parent = [], page
    for component in path_components:
        child = next(
            (
                candidate
                for candidate in below
                if candidate.depth == parent.depth + 1
                and candidate.path.startswith(parent.path)
                and effective_slug(candidate, code) == component
            ),
            None,
        )
        if child is None:
            break
        chain.append(child)
        parent = child
    return lineage, chain


def _read_along(page, path_components, prefixes, code):
    """The page's ancestors and, where ``prefixes`` (the url paths the address names) are known,
    the pages below it under those url paths whose slug is one of the address's parts; each
    with whether a view restriction sits on it (an alias counting as its original)."""
    database = Page.objects.db
    connection = connections[database]
    if connection.vendor == "postgresql":
        params = [_ancestor_paths(page)]
        if prefixes:
            params += [path_components] * len(_slug_languages(code))
            params += [prefixes, connection.ops.prep_for_like_query(page.path) + "%", page.depth]
        with connection.cursor() as cursor:
            cursor.execute(_along_sql(code, below=bool(prefixes)), params)
            rows = cursor.fetchall()
        # The columns are the page's own, in its fields' order: the instances are built as
        # Django's own iterable builds them, without matching the columns to the fields again.
        names = [field.attname for field in Page._meta.concrete_fields]
        pages = []
        for *values, restricted in rows:
            found = Page.from_db(database, names, values)
            found.restricted = restricted
            pages.append(found)
        return pages
    along = Q(path__in=_ancestor_paths(page))
    if prefixes:
        column = build_localized_fieldname("url_path", code)
        # The slug columns are indexed (home/migrations/0007), the url paths are not: the slugs
        # narrow the rows down first, at district scale a handful among 18,000 pages.
        slugs = Q()
        for language in _slug_languages(code):
            slugs |= Q(**{f"{build_localized_fieldname('slug', language)}__in": path_components})
        along |= (
            slugs & Q(**{f"{column}__in": prefixes}) & Q(path__startswith=page.path, depth__gt=page.depth)
        )
    restricted = PageViewRestriction.objects.filter(page_id=Coalesce(OuterRef("alias_of_id"), OuterRef("pk")))
    return list(Page.objects.filter(along).annotate(restricted=Exists(restricted)).order_by("path"))


def _slug_languages(code):
    """The slugs a reader of ``code`` may use: German's, and their own language's."""
    return tuple(dict.fromkeys((DEFAULT_LANGUAGE, code)))


@functools.cache
def _along_sql(code, below):
    """`_read_along`'s query on PostgreSQL, written once per language: its lists are arrays, so
    its text is the same for every address, where Django wrote an IN list as long as the address
    and compiled the whole query again on every request (a fifth of routing an event)."""
    quote = connections[Page.objects.db].ops.quote_name
    table = quote(Page._meta.db_table)
    restriction = quote(PageViewRestriction._meta.db_table)

    def column(name):
        return f"{table}.{quote(name)}"

    where = f"{column('path')} = ANY(%s)"
    if below:
        slugs = " OR ".join(
            f"{column(build_localized_fieldname('slug', language))} = ANY(%s)"
            for language in _slug_languages(code)
        )
        url_path = column(build_localized_fieldname("url_path", code))
        where += (
            f" OR (({slugs}) AND {url_path} = ANY(%s)"
            f" AND {column('path')}::text LIKE %s AND {column('depth')} > %s)"
        )
    columns = ", ".join(column(field.column) for field in Page._meta.concrete_fields)
    restricted_page = f"{restriction}.{quote('page_id')} = COALESCE({column('alias_of_id')}, {column('id')})"
    # Names from the models' metadata, quoted; every value the visitor sent is a parameter.
    restricted = f"EXISTS(SELECT 1 FROM {restriction} WHERE {restricted_page}) AS restricted"  # noqa: S608
    return f"SELECT {columns}, {restricted} FROM {table} WHERE {where} ORDER BY {column('path')}"  # noqa: S608


def specific_for_serving(page):
    """The page as its own type, with the rows its view reads on every visit loaded alongside.

    A page type names them in `serving_queryset` (its town, its organisation, its lists);
    Wagtail's `specific` loads the page alone and each of them costs a query of its own later.
    """
    model = page.specific_class
    serving_queryset = getattr(model, "serving_queryset", None)
    if serving_queryset is None:
        return page.specific
    return serving_get(model, page.pk)


def routes_itself(page, path_components) -> bool:
    """Whether the page answers the rest of the address itself (a routable page's sub-route,
    or a page type with routing of its own), so that routing must hand over to it."""
    from home.languages.workarounds import route

    model = page.specific_class
    if model is None or model.route is not route:
        return True
    if not (issubclass(model, RoutablePageMixin) and page.live):
        return False
    try:
        model.get_resolver().resolve("/" + "".join(f"{component}/" for component in path_components))
    except Http404:  # Resolver404: not one of its sub-routes
        return False
    return True


def route_along(page, request, path_components, code) -> tuple[RouteResult | None, Page | None]:
    """Route below `page` through the pages read in one query: (the route, None), or where they
    run out (None, the last page found) for the slug walk to go on from there."""
    lineage, chain = pages_along(page, path_components, code)
    for level, child in enumerate(chain, start=1):
        remaining = path_components[level:]
        if remaining and not routes_itself(child, remaining):
            continue
        result = specific_for_serving(child).route(request, remaining)
        _remember_lineage(result, child, lineage + chain[: level - 1], complete=len(lineage) == page.depth)
        return result, None
    return None, (chain[-1] if chain else page)


def route_to_itself(page, request, code) -> RouteResult:
    """The address names the page routing starts from (the portal home): its own type, and its
    ancestors with their view restrictions in one query."""
    lineage, _chain = pages_along(page, [], code)
    result = specific_for_serving(page).route(request, [])
    if lineage and lineage[-1].pk == page.pk:
        _remember_lineage(result, lineage[-1], lineage[:-1], complete=len(lineage) == page.depth)
    return result


def _remember_lineage(result, page, ancestors, complete):
    # A page type with routing of its own may answer with another page, whose lineage is unknown.
    if result.page.pk == page.pk:
        result.page.routed_lineage = Lineage(
            ancestors=ancestors,
            public=complete and not any(ancestor.restricted for ancestor in [*ancestors, page]),
        )
        # treebeard's get_parent() keeps its answer here; the parent was read with the rest.
        if ancestors and ancestors[-1].path == page.path[: -page.steplen]:
            result.page._cached_parent_obj = ancestors[-1]
