"""Folding Latin and Greek letters so that “tuerk”, “turk” and “Turk” all find “Türk…”.

Visitors type without the keys for ü, ş or é, or write ü as “ue” as on German keyboards
abroad. One fold, the same in Python, in PostgreSQL and in SQLite: accents are dropped
(ü→u, ş→s, é→e, ά→α), ß/æ/œ become ss/ae/oe, and a vowel followed by “e” loses the “e”
(ue→u, ae→a, oe→o), so “Türk”, “Tuerk” and “Turk” all fold to “turk”. Arabic, Persian and
Cyrillic letters are left exactly as they are (й is not и, and Arabic has its own rules).

PostgreSQL needs no extension for it (no `unaccent`, which a hosting plan may not allow):
the fold is built from `translate`, `replace` and `regexp_replace`; SQLite gets the Python
function itself, registered on its connection.
"""

import re
import unicodedata

from django.db.models import Func, TextField, Value
from django.db.models.functions import Lower, Replace

# Letters that fold to more than one letter (translate() maps one to one).
_EXPANSIONS = {"ß": "ss", "ẞ": "SS", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE"}
# Letters without a decomposition that readers still take for their plain letter.
_PLAIN = {"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ħ": "h", "Ħ": "H"}
_RANGES = [(0x00C0, 0x024F), (0x1E00, 0x1EFF), (0x0386, 0x03CE), (0x1F00, 0x1FFF)]


def _plain_letter(character: str) -> str | None:
    base = "".join(
        part for part in unicodedata.normalize("NFD", character) if not unicodedata.combining(part)
    )
    return base if len(base) == 1 and base != character else None


def _single_letter_map() -> dict[str, str]:
    mapping = dict(_PLAIN)
    for first, last in _RANGES:
        for code in range(first, last + 1):
            character = chr(code)
            plain = _plain_letter(character)
            if plain:
                mapping[character] = plain
    return mapping


SINGLE = _single_letter_map()
_TABLE = str.maketrans({**SINGLE, **_EXPANSIONS})
# The “e” after a, o or u, as German writes umlauts without the dots.
DIGRAPH = r"([aouAOU])[eE]"
_DIGRAPH = re.compile(DIGRAPH)


def fold(text: str) -> str:
    """The folded, lower-case form of a text (or a visitor's word)."""
    return _folded_translation((text or "").translate(_TABLE))


def _folded_translation(translated: str) -> str:
    """`fold` of a text whose letters are already translated through `_TABLE`."""
    return _DIGRAPH.sub(r"\1", translated).lower()


def folded_with_positions(text: str) -> tuple[str, list[int]]:
    """`fold(text)` and, for each of its characters, the position in `text` it comes from.

    Lets a snippet mark “Türk” in the original text where the folded query “turk” matched.
    """
    translated = text.translate(_TABLE)
    lowered = translated.lower()
    if len(translated) == len(text) == len(lowered):
        # Letter for letter, as almost every text: only the “e” of a digraph drops out, found
        # by the pattern `fold` uses, and no letter is looked at one by one in Python.
        dropped = [found.start() + 1 for found in _DIGRAPH.finditer(translated)]
        if not dropped:
            return lowered, list(range(len(text)))
        kept = sorted(set(range(len(text))).difference(dropped))
        return "".join(lowered[position] for position in kept), kept
    characters, positions = [], []
    after_vowel = False
    for position, character in enumerate(text):
        for part in character.translate(_TABLE):
            if after_vowel and part in "eE":
                after_vowel = False
                continue
            after_vowel = part in "aouAOU"
            for lowered in part.lower():
                characters.append(lowered)
                positions.append(position)
    return "".join(characters), positions


# The letters of a text looked at first for its first match (around_first_match).
LEAD = 600
# Letters whose fold is longer than they are: ß → ss, and İ, which lower() makes two letters.
_LONGER = re.compile("[" + "".join(_EXPANSIONS) + "İ]")


def around_first_match(text: str, pattern: re.Pattern, *, before: int, after: int) -> tuple[int, int]:
    """Where in `text` to fold letter by letter to see the first match of `pattern` (a folded
    word) with `before` letters ahead of it and `after` behind: a stretch, not the whole text.

    `folded_with_positions` is slow in Python (ten long results, 11 ms a search); `fold` is
    not, and tells where the match lies in the fold. Each letter folds to one letter but those
    that fold longer (ß) and the “e” a digraph drops, so the match's place in `text` is at most
    that many letters away from its place in the fold.
    """
    # The text's lead is translated first: the first match mostly lies near the start, and
    # translating letter by letter costs ~45 ns a letter (40 µs of a 1,000-letter result).
    # A letter folds alike whatever follows it, so the lead's fold begins the whole text's;
    # a match in it is the first of the whole text, unless a word could reach past the lead
    # (the pattern's own length bounds a word's).
    translated = text[:LEAD].translate(_TABLE)
    lead = _folded_translation(translated)
    found = pattern.search(lead)
    if len(text) > LEAD and (not found or found.start() + len(pattern.pattern) >= len(lead)):
        # The whole text, translated once, for its fold and for its digraphs.
        translated = text.translate(_TABLE)
        found = pattern.search(_folded_translation(translated))
    if not found:
        return 0, min(len(text), after)
    # Only letters ahead of the match count, and it lies no further in than the fold's place
    # and every dropped “e” of the whole text. Digraphs are counted as the fold sees them,
    # after the accents are gone (“ué” drops its “é”).
    ahead = text[: found.end() + len(_DIGRAPH.findall(translated))]
    longer, dropped = len(_LONGER.findall(ahead)), len(_DIGRAPH.findall(ahead.translate(_TABLE)))
    start = max(0, found.start() - longer - before)
    # A stretch starting on an “e” (or “é”) could keep one the whole fold drops after a, o or u;
    # any other letter folds alike wherever the stretch starts.
    while start and text[start].translate(_TABLE)[:1] in ("e", "E"):
        start -= 1
    return start, min(len(text), found.end() + dropped + after)


class Folded(Func):
    """The SQL of `fold(column)`: PostgreSQL builds it from its string functions, SQLite calls
    the Python function."""

    function = "MOKME_FOLD"
    arity = 1
    output_field = TextField()

    def as_postgresql(self, compiler, connection, **extra_context):
        expression = self.source_expressions[0]
        for letter, replacement in _EXPANSIONS.items():
            expression = Replace(expression, Value(letter), Value(replacement), output_field=TextField())
        expression = Func(
            expression,
            Value("".join(SINGLE)),
            Value("".join(SINGLE.values())),
            function="TRANSLATE",
            output_field=TextField(),
        )
        expression = Func(
            expression,
            Value(DIGRAPH),
            Value(r"\1"),
            Value("g"),
            function="REGEXP_REPLACE",
            output_field=TextField(),
        )
        return Lower(expression).as_sql(compiler, connection)

    def as_sqlite(self, compiler, connection, **extra_context):
        connection.ensure_connection()
        connection.connection.create_function("MOKME_FOLD", 1, fold, deterministic=True)
        return super().as_sql(compiler, connection, **extra_context)
