"""`FieldReader` reads translated fields as modeltranslation does, without asking the language each time."""

import pytest

from django.conf import settings
from django.utils import translation

from modeltranslation import fields as modeltranslation_fields

from events.calendar.models import EventPage
from home.languages.reading import FieldReader
from organisations.models import Town
from tests.factories import EventPageFactory

LANGUAGES = [code for code, _name in settings.LANGUAGES]


@pytest.fixture
def event(calendar_page):
    return EventPageFactory(
        parent=calendar_page,
        title="Sprachcafé",
        title_ar="مقهى اللغة",
        title_tr="",  # empty: German
        teaser="Deutsch üben.",
        teaser_uk="Практикуйте німецьку.",
        cancellation_note="",
        venue_town=Town.objects.create(name="Neandertal", name_pl="Neandertal-Dolina", slug="neandertal"),
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_reader_reads_each_text_as_the_field_itself_in_every_language(event, language):
    loaded = EventPage.objects.select_related("venue_town").get(pk=event.pk)
    # Loaded without the other languages' titles: the reader loads a deferred column as the field does.
    deferred = EventPage.objects.defer("title_ar", "title_de").get(pk=event.pk)
    with translation.override(language):
        read = FieldReader()
        for obj, name in [
            (loaded, "title"),
            (loaded, "teaser"),
            (loaded, "cancellation_note"),
            (loaded, "slug"),
            (loaded.venue_town, "name"),
            (deferred, "title"),
        ]:
            assert read(obj, name) == getattr(obj, name), (language, name)
        assert read(loaded, "title") == {"ar": "مقهى اللغة"}.get(language, "Sprachcafé")
        assert read(loaded, "teaser") == {"uk": "Практикуйте німецьку."}.get(language, "Deutsch üben.")
        assert read(loaded.venue_town, "name") == {"pl": "Neandertal-Dolina"}.get(language, "Neandertal")
        assert read(loaded, "cancellation_note") == ""
        # Fields modeltranslation does not translate are read as they are.
        assert read(loaded, "venue_name") == loaded.venue_name


def test_a_reader_asks_for_the_language_once_however_many_fields_it_reads(event, monkeypatch):
    asked = []
    original = modeltranslation_fields.get_language

    def counting():
        asked.append(1)
        return original()

    monkeypatch.setattr(modeltranslation_fields, "get_language", counting)
    loaded = EventPage.objects.get(pk=event.pk)
    with translation.override("ar"):
        titles = [loaded.title for _ in range(50)]
        assert len(asked) == 50
        asked.clear()
        read = FieldReader()
        assert [read(loaded, "title") for _ in range(50)] == titles
    assert asked == []
