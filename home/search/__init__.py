"""The portal search: every live page, in the visitor's language, German where untranslated.

On PostgreSQL it is full-text search with the language's own configuration
(stemming for German, English, Turkish, Arabic, Russian, Greek, Italian;
`simple` elsewhere), on SQLite a plain word match; both rank title matches
first and current content above past events.
"""

import html
import re
from dataclasses import dataclass
from functools import reduce
from operator import or_

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db import connection
from django.db.models import BooleanField, Case, Count, Expression, F, Q, QuerySet, Value, When
from django.utils import timezone

from wagtail import hooks
from wagtail.models import Page, PageViewRestriction

from home import registry
from home.counted_pages import in_order
from home.models import PageText
from home.models.search import SEARCH_CONFIGS
from home.page_cache import fragments
from home.search.folding import around_first_match, fold, folded_with_positions
from home.search.text import MAX_QUERY_LENGTH, matching_texts, query_terms

SNIPPET_LENGTH = 240
HIGHLIGHT_WITHIN = 8_000
# What the results never show: the folded copies and the search vector double a text's row.
UNSHOWN = ("title_folded", "text_folded", "search_vector")


@dataclass
class SearchResult:
    text: PageText
    snippet: str  # safe HTML with <mark> around the matched words
    details: dict

    @property
    def page(self):
        return self.text.page

    # What tells results of the same name apart (the apps' `search_result_details` hooks).
    @property
    def organisation(self):
        return self.details.get("organisation")

    @property
    def organisation_in_german(self):
        return self.details.get("organisation_in_german", False)

    @property
    def town(self):
        """Where an event takes place, else where the organisation sits."""
        return self.details.get("venue_town") or self.details.get("town")


def kinds() -> list[str]:
    """The tabs of the results: the kinds the apps registered (home.registry), pages last."""
    return [known.kind for known in registry.search_kinds()]


def clean_query(raw: str) -> str:
    return " ".join((raw or "").split())[:MAX_QUERY_LENGTH]


def public_texts(texts):
    """`texts` of live public pages only, less those an app keeps out of its listings for now
    (the hook `search_hidden_pages` returns their ids as a query).

    A text exists only while its page is live (home.signals: published, unpublished), so the
    pages' table is not read for that. Wagtail's `public()` checks each of the 18,000 pages
    against every view restriction (~12 ms a search at the district's scale); the restricted
    sections are few, so their pages are excluded by path, and not looked for where there are none.
    """
    private = Q()
    for path in _private_sections():
        private |= Q(path__startswith=path)
    if private:
        texts = texts.exclude(page_id__in=Page.objects.filter(private).values("pk"))
    for hook in hooks.get_hooks("search_hidden_pages"):
        texts = texts.exclude(page_id__in=hook())
    return texts


def _private_sections() -> tuple[str, ...]:
    """The paths of the pages with a view restriction, each private with its subtree.

    Kept in the cache beside the frame (home.page_cache.fragments), whose tag every change of a
    page or of a restriction renews on every server: a search reads them with the frame's parts
    in its one round trip to the cache, where it asked PostgreSQL for them each time.
    """

    def read():
        return tuple(PageViewRestriction.objects.values_list("page__path", flat=True)), None

    return fragments.shared_fragment(None, "search:private-sections", {fragments.FRAME}, read)


def prefix_query(terms: list[str]) -> str:
    """A tsquery matching every word as a prefix: German compounds (“Theaterabend”) find “Theater”.

    Each word matches as written or folded (“tuerk” or “turk”, which the folded half of the
    index holds for “Türk…”). Only letters and digits reach the query, so no input can break
    its syntax.
    """
    words = [part for term in terms for part in re.findall(r"[^\W_]+", term)]
    alternatives = []
    for word in words:
        forms = dict.fromkeys([word.lower(), *re.findall(r"[^\W_]+", fold(word))])
        alternatives.append("(" + " | ".join(f"{form}:*" for form in forms) + ")")
    return " & ".join(alternatives)


def _use_full_text() -> bool:
    return connection.vendor == "postgresql"


@dataclass
class Match:
    """A query's matching texts and the two conditions that come first in their order."""

    language: str
    texts: QuerySet  # the matching texts, unordered and unranked
    titles: QuerySet  # those with every word in the title, read off the title's own index
    words: QuerySet | None  # those whose words match, read off the words' index (PostgreSQL)
    current: Q  # not a past event
    in_title: Q  # every word in the title
    relevance: Expression  # ranks the texts within a tier


def match(language: str, terms: list[str]) -> Match:
    """The texts holding every word of `terms`, in the visitor's language."""
    in_title = Q()
    for term in terms:
        in_title &= Q(title_folded__contains=fold(term))
    current = Q(ends_at__isnull=True) | Q(ends_at__gte=timezone.now())
    if _use_full_text():
        config = SEARCH_CONFIGS.get(language, "simple")
        words = SearchQuery(prefix_query(terms), config=config, search_type="raw")
        # A word inside a title's compound (“cafe” in “Sprachcafé”) is found too, and ranks as
        # a title match; full-text search matches word beginnings only.
        public = public_texts(PageText.objects.filter(language=language))
        by_words = public.filter(search_vector=words)
        texts = public.filter(Q(search_vector=words) | in_title)
        titles = public.filter(in_title)
        relevance = SearchRank(F("search_vector"), words, weights=[0.1, 0.2, 0.4, 1.0])
    else:
        texts = public_texts(matching_texts(language, terms))
        titles = texts.filter(in_title)
        by_words = None
        relevance = F("title_rank")
    return Match(
        language=language,
        texts=texts,
        titles=titles,
        words=by_words,
        current=current,
        in_title=in_title,
        relevance=relevance,
    )


def search(language: str, raw_query: str):
    """The matches of a visitor's query (None without words to look for) and its words."""
    terms = query_terms(clean_query(raw_query))
    return (match(language, terms) if terms else None), terms


# The tiers of the results' order, first to last: current title matches, other current matches,
# past title matches, other past matches, as (current, in title).
TIERS = ((True, True), (True, False), (False, True), (False, False))


def _flag(condition: Q) -> Case:
    return Case(When(condition, then=Value(True)), default=Value(False), output_field=BooleanField())


def _tier(found: Match, current: bool, in_title: bool) -> Q:
    return (found.current if current else ~found.current) & (found.in_title if in_title else ~found.in_title)


def _sizes(found: Match, flags: dict, kind: str) -> tuple[dict, dict]:
    """How many matches each kind holds, and each tier of the chosen kind (else of all)."""
    counts, sizes = dict.fromkeys(kinds(), 0), dict.fromkeys(TIERS, 0)
    for row in _counted(found, flags):
        counts[row["kind"]] = counts.get(row["kind"], 0) + row["size"]
        if not kind or row["kind"] == kind:
            sizes[row["is_current"], row["is_title_match"]] += row["size"]
    return counts, sizes


def _counted(found: Match, flags: dict) -> list[dict]:
    """The number of matches per kind and flags, as rows of kind, the flags and size."""
    if found.words is None:
        return list(
            found.texts.annotate(**flags).values("kind", *flags).annotate(size=Count("pk")).order_by()
        )
    # The words' matches and the title's, each off its own index, made one set by their ids. As
    # one condition (words OR title), PostgreSQL rechecked every text the lossy title index
    # shared a block with against its words, reading the search vectors of most matches.
    branches = [
        matches.annotate(**flags).values("pk", "kind", *flags).order_by()
        for matches in (found.words, found.titles)
    ]
    # Django cannot group a union; the union is its own SQL with its parameters, and the
    # columns are the flags' names above, never a visitor's input.
    sql, params = branches[0].union(branches[1]).query.sql_with_params()
    columns = ", ".join(("kind", *flags))
    grouped = f"SELECT {columns}, COUNT(*) FROM ({sql}) AS found GROUP BY {columns}"  # noqa: S608
    with connection.cursor() as cursor:
        cursor.execute(grouped, params)
        return [dict(zip(("kind", *flags, "size"), row, strict=True)) for row in cursor.fetchall()]


def page_of_results(found: Match | None, *, kind: str, start: int, stop: int):
    """The counts per kind (the tabs) and the texts `start` to `stop` of the chosen kind, else of
    all.

    The results are ordered current first, then title matches, then by relevance. The first two
    need no ranking: one query counts the matches per kind and tier, and a second ranks only the
    tiers that reach into the requested page. Ranking reads every ranked text's search vector,
    the costly part of a search: a common word matches 4,400 texts at the district's scale, and
    a first page of its results ranks the thousand with the word in their title.
    """
    if found is None:
        return dict.fromkeys(kinds(), 0), []
    flags = {"is_current": _flag(found.current), "is_title_match": _flag(found.in_title)}
    counts, sizes = _sizes(found, flags, kind)
    reaching, before, first = [], 0, 0
    for tier in TIERS:
        if sizes[tier] and before < stop and before + sizes[tier] > start:
            first = first if reaching else before
            reaching.append(tier)
        before += sizes[tier]
    if not reaching:
        return counts, []
    # Title matches alone are read off the title's index, without the words' vectors.
    texts = found.titles if all(in_title for _current, in_title in reaching) else found.texts
    if len(reaching) < len([tier for tier in TIERS if sizes[tier]]):
        texts = texts.filter(reduce(or_, (_tier(found, *tier) for tier in reaching)))
    if kind:
        texts = texts.filter(kind=kind)
    ids = list(
        texts.annotate(**flags, relevance=found.relevance)
        .order_by("-is_current", "-is_title_match", "-relevance", "title", "pk")
        .values_list("pk", flat=True)[start - first : stop - first]
    )
    # By language too: only the language's own table is read (migration home 0020).
    shown = (
        PageText.objects.filter(language=found.language, pk__in=ids).select_related("page").defer(*UNSHOWN)
    )
    return counts, in_order(shown, ids)


def _matched_words(terms: list[str]) -> re.Pattern | None:
    """The folded words of a query, longest first, as one pattern (None without any)."""
    words = sorted({fold(term) for term in terms} - {""}, key=len, reverse=True)
    return re.compile("|".join(re.escape(word) for word in words)) if words else None


def _passage(text: str, spans: list[tuple[int, int]]) -> str:
    """The passage of `text` around the first of `spans` (start, end), HTML-escaped, with the
    spans inside it marked."""
    start = max(0, spans[0][0] - SNIPPET_LENGTH // 3) if spans else 0
    end = start + SNIPPET_LENGTH
    pieces, cursor = [], start
    for span_start, span_end in spans:
        if span_start < cursor or span_end > end:
            continue
        pieces.append(html.escape(text[cursor:span_start]))
        pieces.append(f"<mark>{html.escape(text[span_start:span_end])}</mark>")
        cursor = span_end
    pieces.append(html.escape(text[cursor:end]))
    prefix = "… " if start else ""
    suffix = " …" if end < len(text) else ""
    return f"{prefix}{''.join(pieces)}{suffix}"


def _highlight(text: str, terms: list[str]) -> str:
    """A passage around the first match, HTML-escaped, with the words marked.

    Matching is done on the folded text (home.search.folding), so “tuerk” marks “Türk”.
    """
    if not text:
        return ""
    text = text[:HIGHLIGHT_WITHIN]
    pattern = _matched_words(terms)
    spans = []
    if pattern:
        # Folding with positions goes letter by letter: only the stretch the passage can show.
        stretch_start, stretch_end = around_first_match(
            text, pattern, before=SNIPPET_LENGTH // 3, after=SNIPPET_LENGTH
        )
        folded, positions = folded_with_positions(text[stretch_start:stretch_end])
        for found in pattern.finditer(folded):
            spans.append(
                (stretch_start + positions[found.start()], stretch_start + positions[found.end() - 1] + 1)
            )
    return _passage(text, spans)


def results(page_of_texts, terms) -> list[SearchResult]:
    texts = list(page_of_texts)
    # Apps add what they know about their pages (an event's next date), given the results'
    # pages (their paths and types, read with the texts): an app with none of them reads nothing.
    details = {text.page_id: {} for text in texts}
    for hook in hooks.get_hooks("search_result_details"):
        for page_id, extra in hook([text.page for text in texts]).items():
            details.setdefault(page_id, {}).update(extra)
    found = []
    for text in texts:
        snippet = _highlight(text.text, terms)
        found.append(SearchResult(text=text, snippet=snippet, details=details.get(text.page_id, {})))
    return found
