"""Readable URL slugs from German titles: “Fußball für alle” becomes fussball-fuer-alle."""

from django.utils.text import slugify

GERMAN_LETTERS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})


def german_slug(text: str, max_length: int = 80) -> str:
    return slugify(text.translate(GERMAN_LETTERS))[:max_length].strip("-")
