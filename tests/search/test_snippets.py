"""A result's snippet: the passage around the first match, found in the folded text."""

import pytest

from home import search as portal_search
from home.search import SNIPPET_LENGTH, _highlight, _matched_words, _passage, folding
from home.search.folding import LEAD, fold, folded_with_positions

FILLER = "Die Straße am Bauernhof, Grüße von Goethe und der Quelle. "


def snippet_folding_everything(text: str, terms: list[str]) -> str:
    """The snippet as it was made before: the matches found in the whole text folded letter by
    letter."""
    folded, positions = folded_with_positions(text)
    pattern = _matched_words(terms)
    spans = [(positions[m.start()], positions[m.end() - 1] + 1) for m in pattern.finditer(folded)]
    return _passage(text, spans)


def lengths_passed_to(monkeypatch, module, name) -> list[int]:
    """The lengths of the texts `module.name` is called with from now on (a list that fills)."""
    lengths, real = [], getattr(module, name)

    def spy(text):
        lengths.append(len(text))
        return real(text)

    monkeypatch.setattr(module, name, spy)
    return lengths


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
    folded = lengths_passed_to(monkeypatch, portal_search, "folded_with_positions")
    text = "Kulturverein Mettmann lädt ein. " * 120 + "Türkischer Abend. " + FILLER * 100
    snippet = _highlight(text, ["turk"])
    assert "<mark>Türk</mark>ischer Abend" in snippet
    assert len(text) > 8_000 and max(folded) < 2 * SNIPPET_LENGTH


# Where a text's lead (folding.LEAD letters, translated first) ends: a word across its end, an
# "ue" split by it, an ß run before it, a Greek capital sigma that lower-cases as final only
# when cut off there, and a shorter word of the query inside a longer one's match.
AT_THE_LEAD = [
    ("Verein " * 85 + "Türkisch " + FILLER * 20, ["türk"]),
    ("Verein " * 85 + "aTü" + "rkisch " + FILLER * 20 + " Türk", ["türk"]),
    ("x" * (LEAD - 1) + "ue" + " türk " + FILLER * 20, ["tuerk", "xu"]),
    ("ß" * 295 + " Grüße an die Quelle " + FILLER * 20, ["grusse", "quelle"]),
    ("α" * (LEAD - 4) + "ΟΔΟΣΑ " + "β" * 50 + " ΟΔΟΣ. " + "γ" * 700, ["ΟΔΟΣ"]),
    ("Verein " * 84 + "Integrationsrat " + FILLER * 20, ["integ", "integrationsrat"]),
]


@pytest.mark.parametrize(("text", "terms"), AT_THE_LEAD)
def test_a_match_at_the_end_of_a_texts_lead_gives_the_whole_texts_snippet(text, terms):
    assert _highlight(text, terms) == snippet_folding_everything(text, terms)


def test_a_long_text_matching_early_is_translated_only_in_its_lead(monkeypatch):
    # Translating a text for its fold costs ~45 ns a letter: ten results of 1,000 letters each
    # were a twentieth of a search's CPU, where the match was mostly in the first lines.
    translated = lengths_passed_to(monkeypatch, folding, "_folded_translation")
    text = "Türkischer Kulturverein lädt ein. " + FILLER * 100
    assert "<mark>Türk</mark>ischer" in _highlight(text, ["turk"])
    # The lead's translation: its ß and æ are two letters each.
    assert len(text) > 5 * LEAD and translated and max(translated) < 2 * LEAD


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
