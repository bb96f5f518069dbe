"""The query that loads a routed page for serving is compiled once per page type, language and
database (home.languages.compiled), and run again with each page's id: every visit still
reads the page as it is now, in the visitor's language."""

import pytest

from django.db.models.sql.compiler import SQLCompiler

from events.calendar.models import EventPage
from home.languages import compiled
from tests.factories import EventPageFactory


@pytest.fixture(autouse=True)
def nothing_compiled_yet():
    compiled._compiled.clear()
    yield
    compiled._compiled.clear()


@pytest.fixture
def compiled_for(monkeypatch):
    """The models whose queries were compiled to SQL."""
    models = []
    original = SQLCompiler.as_sql

    def recording(compiler, *args, **kwargs):
        models.append(compiler.query.model)
        return original(compiler, *args, **kwargs)

    monkeypatch.setattr(SQLCompiler, "as_sql", recording)
    return models


def title_of(client, url):
    response = client.get(url, follow=True)
    assert response.status_code == 200, url
    return response.content.decode().split("<h1", 1)[1].split(">", 1)[1].split("<", 1)[0].strip()


def test_an_event_is_loaded_with_a_query_compiled_once(client, calendar_page, compiled_for):
    first = EventPageFactory(parent=calendar_page, title="Kulturabend", title_ar="أمسية ثقافية")
    second = EventPageFactory(parent=calendar_page, title="Sprachcafé")

    assert title_of(client, first.url) == "Kulturabend"
    assert EventPage in compiled_for
    compiled_for.clear()
    # Another event, in the same language: its own row, from the SQL compiled for the first.
    assert title_of(client, second.url) == "Sprachcafé"
    assert EventPage not in compiled_for
    # In Arabic the event reads its Arabic title.
    assert title_of(client, "/ar" + first.url[3:]) == "أمسية ثقافية"


def test_a_changed_event_is_read_as_it_is_now(client, calendar_page):
    event = EventPageFactory(parent=calendar_page, title="Kulturabend")
    assert title_of(client, event.url) == "Kulturabend"
    event.title_de = "Kulturabend mit Musik"
    event.save_revision().publish()
    assert title_of(client, event.url) == "Kulturabend mit Musik"


def test_a_page_gone_since_it_was_routed_is_not_found(calendar_page):
    event = EventPageFactory(parent=calendar_page)
    compiled.serving_get(EventPage, event.pk)
    gone = event.pk
    event.delete()
    with pytest.raises(EventPage.DoesNotExist):
        compiled.serving_get(EventPage, gone)


def test_a_serving_query_with_more_than_the_id_is_compiled_afresh_each_time(
    calendar_page, monkeypatch, compiled_for
):
    event = EventPageFactory(parent=calendar_page, title="Kulturabend")
    original = EventPage.serving_queryset.__func__
    monkeypatch.setattr(
        EventPage, "serving_queryset", classmethod(lambda cls: original(cls).filter(depth__gte=2))
    )
    compiled_for.clear()
    for _ in range(2):
        assert compiled.serving_get(EventPage, event.pk).title == "Kulturabend"
    # Tried once, known as not kept: each visit compiles only its own query.
    assert compiled_for.count(EventPage) == 3
