"""Searching the per-language page text (`PageText`) with words from a visitor's query.

Quotes, operators and odd characters are treated as plain text; very long
input is cut. Every word must occur, accent- and umlaut-tolerant (“tuerk” finds
“Türk…”, see home.search.folding); pages with the words in their title rank first.
"""

import re
from functools import reduce
from operator import add

from django.db.models import Case, IntegerField, OuterRef, Q, Subquery, Value, When

from home import registry
from home.models import PageText
from home.search.folding import fold

MAX_QUERY_LENGTH = 200
MAX_TERMS = 8
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*", re.UNICODE)


def query_terms(raw: str) -> list[str]:
    """The words of a query, without quotes, operators and duplicates."""
    terms = []
    for term in _WORD.findall((raw or "")[:MAX_QUERY_LENGTH]):
        folded = term.casefold()
        if folded not in (existing.casefold() for existing in terms):
            terms.append(term)
    return terms[:MAX_TERMS]


def _title_rank(folded_terms: list[str]):
    # How many of the words the title holds: pages with the words in their title rank first.
    return reduce(
        add,
        (
            Case(
                When(title_folded__contains=term, then=Value(1)),
                default=Value(0),
                output_field=IntegerField(),
            )
            for term in folded_terms
        ),
    )


def matching_texts(language: str, terms: list[str]):
    texts = PageText.objects.filter(language=language)
    folded_terms = [fold(term) for term in terms]
    for term in folded_terms:
        texts = texts.filter(Q(title_folded__contains=term) | Q(text_folded__contains=term))
    return texts.annotate(title_rank=_title_rank(folded_terms))


def search_pages(pages, language: str, raw_query: str):
    """`pages` narrowed to those matching the query, annotated with `title_rank` for ordering."""
    terms = query_terms(raw_query)
    if not terms:
        return pages.none().annotate(title_rank=Value(0)), terms
    # The texts are not narrowed to `pages` again: the pages' own filter does that, and
    # repeating it inside the match made PostgreSQL check every matching release's tree and
    # view restrictions twice (the press archive's search for a common word 56 → 47 ms).
    texts = matching_texts(language, terms)
    kind = registry.registered_search_kind_of(pages.model)
    if kind is not None:
        # Only the texts of that kind are read word by word: the press archive's 5,000 releases
        # of the language's 18,600 texts. In the language's own table (migration home 0020)
        # PostgreSQL otherwise chose to read all of them (~90 instead of ~55 ms).
        texts = texts.filter(kind=kind)
    # The rank reads the matched page's own row (unique per page and language) instead of
    # repeating the match for every page listed.
    rank = PageText.objects.filter(language=language, page_id=OuterRef("pk")).annotate(
        title_rank=_title_rank([fold(term) for term in terms])
    )
    ranked = pages.filter(pk__in=texts.values("page_id")).annotate(
        title_rank=Subquery(rank.values("title_rank")[:1])
    )
    return ranked, terms
