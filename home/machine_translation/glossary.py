"""The glossary applied around the engine: before, each term is protected — DeepL leaves a
``<span translate="no">`` alone (tag_handling html), LibreTranslate gets a placeholder — and
after, the span or placeholder becomes the kept term or the language's fixed translation."""

import re

from home.machine_translation.engines import DeepL
from home.models import GlossaryTerm

TAG = re.compile(r"(<[^>]*>)")
KEPT_SPAN = re.compile(r'<span translate="no" data-glossary="(\d+)">.*?</span>', re.S)
PLACEHOLDER = re.compile(r"\[G(\d+)\]")


def glossary_for(code: str) -> list[tuple[str, str]]:
    """(German term, what it becomes in `code`), longest first so that the longer term wins."""
    entries = []
    for term in GlossaryTerm.objects.all():
        becomes = term.term if term.keep else (getattr(term, f"translation_{code}", "") or "").strip()
        if becomes:
            entries.append((term.term, becomes))
    return sorted(entries, key=lambda entry: -len(entry[0]))


def _pattern(entries):
    terms = "|".join(re.escape(term) for term, _becomes in entries)
    return re.compile(rf"(?<!\w)({terms})(?!\w)")


def protect(texts: list[str], entries, engine) -> list[str]:
    if not entries:
        return texts
    pattern = _pattern(entries)
    index = {term: number for number, (term, _becomes) in enumerate(entries)}

    def mark(match):
        number = index[match[1]]
        if isinstance(engine, DeepL):
            return f'<span translate="no" data-glossary="{number}">{entries[number][1]}</span>'
        return f"[G{number}]"

    def protect_one(text):
        # Only text between tags: an address or attribute stays as it was.
        parts = TAG.split(text)
        return "".join(part if part.startswith("<") else pattern.sub(mark, part) for part in parts)

    return [protect_one(text) for text in texts]


def restore(texts: list[str], entries) -> list[str]:
    if not entries:
        return texts

    def becomes(match):
        number = int(match[1])
        return entries[number][1] if number < len(entries) else match[0]

    return [PLACEHOLDER.sub(becomes, KEPT_SPAN.sub(becomes, text)) for text in texts]
