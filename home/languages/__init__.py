"""What the portal knows about its languages and about translated content.

A page "exists" in a language when its title is translated into it; every
other field falls back to German on its own. These helpers answer which
language a visitor really sees for a field, so that German fallback text can
be marked with `lang="de" dir="ltr"` wherever it appears.
"""

from dataclasses import dataclass

from django.conf import settings
from django.utils import translation

from modeltranslation.utils import build_localized_fieldname
from wagtail.fields import StreamValue
from wagtail.rich_text import RichText

DEFAULT_LANGUAGE = settings.LANGUAGE_CODE


@dataclass(frozen=True)
class Language:
    code: str
    name: str  # the language's name in itself, e.g. "Türkçe"

    @property
    def is_rtl(self) -> bool:
        return self.code in settings.LANGUAGES_BIDI

    @property
    def direction(self) -> str:
        return "rtl" if self.is_rtl else "ltr"


LANGUAGES = tuple(Language(code, name) for code, name in settings.LANGUAGES)
LANGUAGE_CODES = tuple(language.code for language in LANGUAGES)
_BY_CODE = {language.code: language for language in LANGUAGES}


def get_language(code: str) -> Language:
    return _BY_CODE[code]


def active_language() -> Language:
    """The language of the current request, German if none is active."""
    code = translation.get_language() or DEFAULT_LANGUAGE
    return _BY_CODE.get(code, _BY_CODE[DEFAULT_LANGUAGE])


def has_value(value) -> bool:
    """Whether a translation field holds something a reader would see."""
    if value is None:
        return False
    if isinstance(value, StreamValue):
        return len(value) > 0
    if isinstance(value, RichText):
        value = value.source
    if isinstance(value, str):
        return bool(value.strip())
    return True


def localized_value(obj, field_name: str, code: str):
    return getattr(obj, build_localized_fieldname(field_name, code), None)


def is_translated(obj, field_name: str, code: str) -> bool:
    """A translation exists and is not just the German copied over (a draft starting point)."""
    value = localized_value(obj, field_name, code)
    if not has_value(value):
        return False
    return code == DEFAULT_LANGUAGE or _comparable(value) != _comparable(
        localized_value(obj, field_name, DEFAULT_LANGUAGE)
    )


def _comparable(value):
    if isinstance(value, StreamValue):
        return value.get_prep_value() and [
            (block["type"], block["value"]) for block in value.get_prep_value()
        ]
    if isinstance(value, RichText):
        return value.source
    return value


def shown_language(obj, field_name: str, code: str | None = None) -> str:
    """The language in which `obj.<field_name>` is shown to a reader of `code`."""
    code = code or active_language().code
    if is_translated(obj, field_name, code):
        return code
    return DEFAULT_LANGUAGE


def is_fallback(obj, field_name: str, code: str | None = None) -> bool:
    code = code or active_language().code
    return code != DEFAULT_LANGUAGE and shown_language(obj, field_name, code) != code
