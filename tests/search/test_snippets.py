"""A result's snippet: the passage around the first match, found in the folded text."""

import pytest

from home import search as portal_search
from home.search import SNIPPET_LENGTH, _highlight, _matched_words, _passage
from home.search.folding import fold, folded_with_positions

FILLER = "Die Straße am Bauernhof, Grüße von Goethe und der Quelle. "


def snippet_folding_everything(text: str, terms: list[str]) -> str:
    """The snippet as it was made before: the matches found in the whole text folded letter by
    letter."""
    folded, positions = folded_with_positions(text)
    pattern = _matched_words(terms)
    spans = [(positions[m.start()], positions[m.end() - 1] + 1) for m in pattern.finditer(folded)]
    return _passage(text, spans)


TEXTS = [
    "Türkischer Kulturverein lädt ein. " + FILLER * 100,
    FILLER * 2 + "Tuerkische Musik <live> & mehr. " + FILLER * 100,
    FILLER * 120 + "Am Ende: türkisches Frühstück.",
    "ß" * 300 + " türk " + "ue" * 300 + " Türk",
    "Bauer" * 40 + "e türk",
    "Bué Äe " * 200 + "türk " + "ué" * 100 + " Türk",
    "ué" * 2000 + " Türkçe",
    FILLER * 30,
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("terms", [["türk"], ["tuerk"], ["Turk", "Musik"], ["quelle"]])
def test_a_snippet_is_the_one_folding_the_whole_text_gives(text, terms):
    text = text[: portal_search.HIGHLIGHT_WITHIN]
    assert _highlight(text, terms) == snippet_folding_everything(text, terms)


def test_a_long_text_is_folded_letter_by_letter_only_around_its_first_match(monkeypatch):
    # Folding with positions goes letter by letter in Python: ten long press releases made
    # 11 ms of a search's 26 ms of CPU (make bench, a common word).
    folded = []

    def spy(text):
        folded.append(len(text))
        return folded_with_positions(text)

    monkeypatch.setattr(portal_search, "folded_with_positions", spy)
    text = "Kulturverein Mettmann lädt ein. " * 120 + "Türkischer Abend. " + FILLER * 100
    snippet = _highlight(text, ["turk"])
    assert "<mark>Türk</mark>ischer Abend" in snippet
    assert len(text) > 8_000 and max(folded) < 2 * SNIPPET_LENGTH


@pytest.mark.parametrize(
    "text",
    [*TEXTS, "Straße", "İstanbul Ümit", "Goethe Mauer Aeoe aee", "Ærø Œuvre", "no fold at all", ""],
)
def test_folding_with_positions_gives_the_fold_and_where_each_letter_came_from(text):
    folded, positions = folded_with_positions(text)
    assert folded == fold(text)
    assert len(positions) == len(folded) and positions == sorted(positions)
    # Each folded letter is the fold of the letter it came from (or part of it: ß → ss).
    assert all(folded[index] in fold(text[position]) for index, position in enumerate(positions))
