"""The portal search: every live page, in the visitor's language, German where untranslated.

On PostgreSQL it is full-text search with the language's own configuration
(stemming for German, English, Turkish, Arabic, Russian, Greek, Italian;
`simple` elsewhere), on SQLite a plain word match; both rank title matches
first and current content above past events.
"""

import html
import re
from dataclasses import dataclass

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db import connection
from django.db.models import Case, F, FloatField, IntegerField, Q, Value, When
from django.utils import timezone

from wagtail import hooks
from wagtail.models import Page

from home import registry
from home.counted_pages import counted_page, in_order
from home.models import PageText
from home.models.search import SEARCH_CONFIGS
from home.search.folding import fold, folded_with_positions
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


def public_pages():
    """Live public pages, less those an app keeps out of its listings for now (the hook
    `search_hidden_pages` returns their ids as a query: it stays inside the search's own)."""
    pages = Page.objects.live().public()
    for hook in hooks.get_hooks("search_hidden_pages"):
        pages = pages.exclude(pk__in=hook())
    return pages.values("pk")


def searchable_texts(language: str):
    return PageText.objects.filter(language=language, page_id__in=public_pages())


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


def search(language: str, raw_query: str):
    """The matching texts (unevaluated), ordered: current first, then by relevance."""
    query = clean_query(raw_query)
    terms = query_terms(query)
    if not terms:
        return PageText.objects.none(), terms
    texts = searchable_texts(language)
    current = Case(
        When(Q(ends_at__isnull=True) | Q(ends_at__gte=timezone.now()), then=Value(1)),
        default=Value(0),
        output_field=IntegerField(),
    )
    if _use_full_text():
        config = SEARCH_CONFIGS.get(language, "simple")
        search_query = SearchQuery(prefix_query(terms), config=config, search_type="raw")
        # A word inside a title's compound (“cafe” in “Sprachcafé”) is found too, and ranks as
        # a title match; full-text search matches word beginnings only.
        in_title = Q()
        for term in terms:
            in_title &= Q(title_folded__contains=fold(term))
        texts = texts.filter(Q(search_vector=search_query) | in_title).annotate(
            relevance=SearchRank(F("search_vector"), search_query, weights=[0.1, 0.2, 0.4, 1.0])
            + Case(When(in_title, then=Value(1.0)), default=Value(0.0), output_field=FloatField()),
        )
    else:
        texts = matching_texts(language, terms).filter(page_id__in=public_pages())
        texts = texts.annotate(relevance=Case(default=F("title_rank"), output_field=FloatField()))
    texts = (
        texts.annotate(current=current)
        .select_related("page")
        # The database sorts every match (4,400 for a common word) before it takes a page of
        # them: without the folded text and the search vector, which the results never show, the
        # rows are half as wide and the sort stays in memory (it spilled to disk, ~20 ms).
        .defer(*UNSHOWN)
        .order_by("-current", "-relevance", "title", "pk")
    )
    return texts, terms


def page_of_results(texts, *, kind: str, start: int, stop: int):
    """The counts per kind (the tabs) and the texts `start` to `stop` of the chosen kind, else of
    all: the words are matched and ranked once for both."""
    counted = counted_page(texts, "kind", chosen=kind or None, start=start, stop=stop)
    counts = {known: counted.counts.get(known, 0) for known in kinds()}
    page = PageText.objects.filter(pk__in=counted.ids).select_related("page").defer(*UNSHOWN)
    return counts, in_order(page, counted.ids) if counted.ids else []


def _highlight(text: str, terms: list[str]) -> str:
    """A passage around the first match, HTML-escaped, with the words marked.

    Matching is done on the folded text (home.search.folding), so “tuerk” marks “Türk”.
    """
    if not text:
        return ""
    # Folding goes letter by letter in Python: a long press release is looked at up to here.
    text = text[:HIGHLIGHT_WITHIN]
    folded, positions = folded_with_positions(text)
    words = sorted({fold(term) for term in terms} - {""}, key=len, reverse=True)
    pattern = re.compile("|".join(re.escape(word) for word in words)) if words else None
    spans = []
    if pattern:
        for found in pattern.finditer(folded):
            spans.append((positions[found.start()], positions[found.end() - 1] + 1))
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


def results(page_of_texts, terms) -> list[SearchResult]:
    texts = list(page_of_texts)
    # Apps add what they know about their pages (an event's next date) in one query per app.
    details = {text.page_id: {} for text in texts}
    for hook in hooks.get_hooks("search_result_details"):
        for page_id, extra in hook([text.page_id for text in texts]).items():
            details.setdefault(page_id, {}).update(extra)
    found = []
    for text in texts:
        snippet = _highlight(text.text, terms)
        found.append(SearchResult(text=text, snippet=snippet, details=details.get(text.page_id, {})))
    return found
