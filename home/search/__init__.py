"""The portal search: every live page, in the visitor's language, German where untranslated.

On PostgreSQL it is full-text search with the language's own configuration
(stemming for German, English, Turkish, Arabic, Russian, Greek, Italian;
`simple` elsewhere), on SQLite a plain word match; both rank title matches
first and current content above past events.
"""

import html
import re
from dataclasses import dataclass

from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank
from django.db import connection
from django.db.models import Case, Count, F, FloatField, IntegerField, Q, TextField, Value, When
from django.db.models.functions import Replace
from django.utils import timezone

from wagtail import hooks
from wagtail.models import Page

from home import registry
from home.models import PageText
from home.models.search import SEARCH_CONFIGS
from home.search.text import MAX_QUERY_LENGTH, matching_texts, query_terms

_MARK_START, _MARK_END = "\x02", "\x03"
SNIPPET_LENGTH = 240


@dataclass
class SearchResult:
    text: PageText
    snippet: str  # safe HTML with <mark> around the matched words
    details: dict

    @property
    def page(self):
        return self.text.page


def kinds() -> list[str]:
    """The tabs of the results: the kinds the apps registered (home.registry), pages last."""
    return [known.kind for known in registry.search_kinds()]


def clean_query(raw: str) -> str:
    return " ".join((raw or "").split())[:MAX_QUERY_LENGTH]


def searchable_texts(language: str):
    public_pages = Page.objects.live().public().values("pk")
    return PageText.objects.filter(language=language, page_id__in=public_pages)


def prefix_query(terms: list[str]) -> str:
    """A tsquery matching every word as a prefix: German compounds (“Theaterabend”) find “Theater”.

    Only letters and digits reach the query, so no input can break its syntax.
    """
    words = [part for term in terms for part in re.findall(r"[^\W_]+", term)]
    return " & ".join(f"{word}:*" for word in words)


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
        texts = texts.filter(search_vector=search_query).annotate(
            relevance=SearchRank(F("search_vector"), search_query, weights=[0.1, 0.2, 0.4, 1.0]),
            headline=SearchHeadline(
                _shielded("text"),
                search_query,
                config=config,
                start_sel=_MARK_START,
                stop_sel=_MARK_END,
                max_words=35,
                min_words=15,
            ),
        )
    else:
        texts = matching_texts(language, terms, pages=None).filter(
            page_id__in=Page.objects.live().public().values("pk")
        )
        texts = texts.annotate(relevance=Case(default=F("title_rank"), output_field=FloatField()))
    texts = (
        texts.annotate(current=current)
        .select_related("page")
        .order_by("-current", "-relevance", "title", "pk")
    )
    return texts, terms


def kind_counts(texts) -> dict[str, int]:
    counts = dict(texts.order_by().values_list("kind").annotate(count=Count("pk")))
    return {kind: counts.get(kind, 0) for kind in kinds()}


def _highlight(text: str, terms: list[str]) -> str:
    """A passage around the first match, HTML-escaped, with the words marked."""
    if not text:
        return ""
    pattern = re.compile("|".join(re.escape(term) for term in terms), re.IGNORECASE) if terms else None
    match = pattern.search(text) if pattern else None
    start = max(0, match.start() - SNIPPET_LENGTH // 3) if match else 0
    passage = text[start : start + SNIPPET_LENGTH]
    prefix = "… " if start else ""
    suffix = " …" if start + SNIPPET_LENGTH < len(text) else ""
    escaped = html.escape(passage)
    if pattern:
        escaped_pattern = re.compile("|".join(re.escape(html.escape(term)) for term in terms), re.IGNORECASE)
        escaped = escaped_pattern.sub(lambda found: f"<mark>{found.group(0)}</mark>", escaped)
    return f"{prefix}{escaped}{suffix}"


# PostgreSQL's parser reads "<…" as a tag and leaves it out of headlines; the
# angle brackets travel as private-use characters and come back afterwards.
_SHIELD = {"<": "\ue000", ">": "\ue001"}


def _shielded(column):
    inner = Replace(F(column), Value("<"), Value(_SHIELD["<"]), output_field=TextField())
    return Replace(inner, Value(">"), Value(_SHIELD[">"]), output_field=TextField())


def _headline_html(headline: str) -> str:
    for character, stand_in in _SHIELD.items():
        headline = headline.replace(stand_in, character)
    escaped = html.escape(headline)
    return escaped.replace(_MARK_START, "<mark>").replace(_MARK_END, "</mark>")


def results(page_of_texts, terms) -> list[SearchResult]:
    texts = list(page_of_texts)
    # Apps add what they know about their pages (an event's next date) in one query per app.
    details = {text.page_id: {} for text in texts}
    for hook in hooks.get_hooks("search_result_details"):
        for page_id, extra in hook([text.page_id for text in texts]).items():
            details.setdefault(page_id, {}).update(extra)
    found = []
    for text in texts:
        headline = getattr(text, "headline", None)
        snippet = _headline_html(headline) if headline else _highlight(text.text, terms)
        found.append(SearchResult(text=text, snippet=snippet, details=details.get(text.page_id, {})))
    return found
