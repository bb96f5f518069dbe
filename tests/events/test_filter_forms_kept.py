"""The filter forms of the calendar, the directory and the press archive are the same for every
visitor of a language who chose the same filters: kept as parts of their page, per choice
(`kept_part` with `ListFilterSet.kept_as`), so that a visit that finds one kept renders none of
its fields. Each choice shows as chosen; a value not understood and the archive's free text are
rendered afresh, with their marks and words, and never kept."""

import pytest
from bs4 import BeautifulSoup

from django.test.signals import template_rendered

from home.filtered_lists import ListFilterSet
from tests.factories import PressArchivePageFactory

CALENDAR, DIRECTORY, ARCHIVE = "/de/veranstaltungen/", "/de/organisationen/", "/de/presse/"


@pytest.fixture
def lists(home_page, calendar_page, directory):
    PressArchivePageFactory(parent=home_page)


def visit(client, url, status=200):
    """The form shown and whether it was rendered (its fold button's template) on this visit."""
    rendered = []

    def record(sender, template, **kwargs):
        rendered.append(template.name)

    template_rendered.connect(record)
    try:
        response = client.get(url)
    finally:
        template_rendered.disconnect(record)
    assert response.status_code == status, url
    form = BeautifulSoup(response.content, "html.parser").select_one("form.filter-form")
    return form, "home/includes/filter_toggle.html" in rendered


@pytest.mark.parametrize("url", [CALENDAR, DIRECTORY, ARCHIVE])
def test_a_visit_that_finds_the_form_kept_renders_none_of_it(client, lists, url):
    fresh, rendered = visit(client, url)
    assert rendered
    kept, rendered = visit(client, f"{url}?page=1")
    assert not rendered
    assert str(kept) == str(fresh)


@pytest.mark.parametrize("url", [CALENDAR, DIRECTORY, ARCHIVE])
def test_a_visit_that_finds_the_form_kept_builds_none(client, lists, url, monkeypatch):
    # Building the form copies its fields and sorts its options (~0.7 ms of a list's 15).
    built = []
    prepare_form = ListFilterSet.prepare_form

    def counted(self, form):
        built.append(type(self).__name__)
        return prepare_form(self, form)

    monkeypatch.setattr(ListFilterSet, "prepare_form", counted)
    visit(client, url)
    assert built
    built.clear()
    visit(client, url)
    assert built == []


@pytest.mark.parametrize("url", [CALENDAR, DIRECTORY])
def test_each_choice_shows_as_chosen_in_its_own_kept_form(client, lists, url):
    def chosen(query):
        form, _rendered = visit(client, f"{url}?{query}")
        return form.select_one('select[name="town"] option[selected]')["value"]

    for _ in range(2):
        assert chosen("town=hilden") == "hilden"
        assert chosen("town=ratingen") == "ratingen"
    # One choice in any order, or with a page number, is one kept form.
    _form, rendered = visit(client, f"{url}?page=1&town=hilden")
    assert not rendered


@pytest.mark.parametrize("url", [CALENDAR, DIRECTORY, ARCHIVE])
def test_a_value_not_understood_is_marked_every_time_and_never_kept(client, lists, url):
    for _ in range(2):
        form, rendered = visit(client, f"{url}?town=atlantis", status=400)
        assert rendered
        assert form.select_one('[name="town"]')["aria-invalid"] == "true"
        assert form.select_one("details").has_attr("open")


def test_the_archives_search_words_are_shown_and_never_kept(client, lists):
    for words in ("Integration", "Ehrenamt im Kreis"):
        for _ in range(2):
            form, rendered = visit(client, f"{ARCHIVE}?q={words}")
            assert rendered
            assert form.select_one('input[name="q"]')["value"] == words
