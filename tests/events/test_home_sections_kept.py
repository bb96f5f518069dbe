"""The home page's sections (next dates, latest news, organisations per town) are rendered once
per language and kept (home.page_cache.fragments.shared_part), yet never show what is no longer
true: a date that has ended leaves the list on time, a publish or unpublish shows at once, with
the page cache off and on, and a cache that fails only makes the page render them afresh."""

import datetime
from unittest import mock

import pytest
import time_machine
from bs4 import BeautifulSoup

from organisations.models import Town
from tests.factories import EventPageFactory, NewsPageFactory, OrganisationPageFactory, berlin
from tests.utils import sql_of

NOW = "2026-11-20 10:00 +0100"
SECTION_TABLES = ("calendar_eventoccurrence", "news_newspage", "organisations_organisationpage")


@pytest.fixture
def portal(calendar_page, news_index, directory):
    hilden = Town.objects.get(slug="hilden")
    anatolia = OrganisationPageFactory(parent=directory, title="Anatolia", title_ar="الأناضول", town=hilden)
    EventPageFactory(
        parent=anatolia, title="Kulturabend", title_ar="أمسية ثقافية", start=berlin(2026, 11, 24, 19)
    )
    NewsPageFactory(parent=news_index, title="Sommerfest", date=datetime.date(2026, 11, 17))
    return {"calendar": calendar_page, "news": news_index, "directory": directory, "anatolia": anatolia}


def sections(client, url="/de/"):
    response = client.get(url)
    assert response.status_code == 200, url
    page = BeautifulSoup(response.content, "html.parser")
    events = page.find("section", attrs={"aria-labelledby": "home-events"})
    news = page.find("section", attrs={"aria-labelledby": "home-news"})
    towns = page.select_one("#home-organisations")
    return {
        "events": [link.get_text(strip=True) for link in events.select("h3 a")],
        "news": [link.get_text(strip=True) for link in news.select("h3 a")],
        "towns": [chip.get_text(" ", strip=True) for chip in towns.parent.select(".chip")] if towns else None,
    }


def tables_read(client, url):
    return {table for sql in sql_of(client, url) for table in SECTION_TABLES if table in sql}


@time_machine.travel(NOW, tick=False)
def test_the_sections_are_rendered_once_per_language_and_read_back(client, portal):
    german = sections(client)
    assert german == {"events": ["Kulturabend"], "news": ["Sommerfest"], "towns": ["Hilden (1)"]}
    # The next German visitor gets the same sections without their queries.
    assert tables_read(client, "/de/") == set()
    assert sections(client) == german
    # An Arabic visitor's are rendered in Arabic, once.
    assert tables_read(client, "/ar/") == set(SECTION_TABLES)
    assert sections(client, "/ar/")["events"] == ["أمسية ثقافية"]
    assert tables_read(client, "/ar/") == set()


def test_a_date_that_ends_leaves_the_next_dates_on_time_without_any_change(client, calendar_page, news_index):
    with time_machine.travel(NOW, tick=False) as traveller:
        running = EventPageFactory(
            parent=calendar_page,
            title="Frühstück",
            start=berlin(2026, 11, 20, 9),
            end=berlin(2026, 11, 20, 11),
        )
        for day in range(21, 27):
            EventPageFactory(parent=calendar_page, title=f"Sprachcafé {day}", start=berlin(2026, 11, day, 18))
        shown = sections(client)["events"]
        assert shown == ["Frühstück", *(f"Sprachcafé {day}" for day in range(21, 25))]

        traveller.move_to(running.end - datetime.timedelta(minutes=1))
        assert sections(client)["events"] == shown
        traveller.move_to(running.end + datetime.timedelta(minutes=1))
        assert sections(client)["events"] == [f"Sprachcafé {day}" for day in range(21, 26)]


@time_machine.travel(NOW, tick=False)
def test_publishing_and_unpublishing_show_on_the_home_page_at_once(client, portal, page_cache_off_and_on):
    assert sections(client) == {"events": ["Kulturabend"], "news": ["Sommerfest"], "towns": ["Hilden (1)"]}

    EventPageFactory(parent=portal["calendar"], title="Fußballturnier", start=berlin(2026, 11, 22, 15))
    NewsPageFactory(parent=portal["news"], title="Neuer Vorstand", date=datetime.date(2026, 11, 19))
    OrganisationPageFactory(
        parent=portal["directory"], title="Bereket", town=Town.objects.get(slug="velbert")
    )
    assert sections(client) == {
        "events": ["Fußballturnier", "Kulturabend"],
        "news": ["Neuer Vorstand", "Sommerfest"],
        "towns": ["Hilden (1)", "Velbert (1)"],
    }

    portal["anatolia"].get_children().live().first().specific.unpublish()
    assert sections(client)["events"] == ["Fußballturnier"]
    portal["anatolia"].unpublish()
    assert sections(client)["towns"] == ["Velbert (1)"]


@time_machine.travel(NOW, tick=False)
def test_a_renamed_town_is_named_anew_in_the_kept_sections(client, portal, page_cache_off_and_on):
    assert sections(client)["towns"] == ["Hilden (1)"]
    town = Town.objects.get(slug="hilden")
    town.name_de = "Hilden (Rheinland)"
    town.save()
    assert sections(client)["towns"] == ["Hilden (Rheinland) (1)"]


@time_machine.travel(NOW, tick=False)
def test_a_failing_cache_renders_the_sections_afresh(client, portal):
    expected = sections(client)
    with mock.patch("home.page_cache.fragments.cache") as failing:
        failing.get_many.side_effect = ConnectionError("Redis is away")
        failing.set.side_effect = ConnectionError("Redis is away")
        assert tables_read(client, "/de/") == set(SECTION_TABLES)
        assert sections(client) == expected


def subsite_filter_links(content):
    page = BeautifulSoup(content, "html.parser")
    section = page.find("section", attrs={"aria-labelledby": "subsite-events"})
    return [link["href"] for link in section.select(".actions a")], [
        a.get_text(strip=True) for a in section.select("h3 a")
    ]


@time_machine.travel(NOW, tick=False)
def test_a_subsites_dates_and_news_are_kept_but_never_from_or_for_a_preview(client, portal):
    anatolia = portal["anatolia"]
    # Visitors ask for the site's own host name, as the editor's preview does.
    client.defaults["HTTP_HOST"] = anatolia.get_site().hostname
    response = client.get(anatolia.url)
    links, dates = subsite_filter_links(response.content)
    assert dates == ["Kulturabend"] and all("organisation=anatolia" in link for link in links)
    assert tables_read(client, anatolia.url).isdisjoint({"calendar_eventoccurrence", "news_newspage"})

    # An editor previews a draft with another address: the preview shows the draft's links…
    draft = type(anatolia).objects.get(pk=anatolia.pk)
    draft.slug_de = "anatolia-hilden"
    preview = draft.make_preview_request()
    links, dates = subsite_filter_links(preview.content)
    assert dates == ["Kulturabend"] and all("organisation=anatolia-hilden" in link for link in links)
    # …and visitors keep the published ones.
    links, _dates = subsite_filter_links(client.get(anatolia.url).content)
    assert all("organisation=anatolia&" in f"{link}&" for link in links)
