"""The home page's four entry points lead a newcomer where they say, in every script.

Each link (and the town form) is followed with the test client as a visitor's browser would:
the page answers and shows what the entry point promised.
"""

import datetime

import pytest
import time_machine
from bs4 import BeautifulSoup

from django.utils import translation

from events.calendar.models import EventCalendarPage
from organisations.models import FieldOfActivity, Town
from tests.factories import EventCalendarPageFactory, EventPageFactory, OrganisationPageFactory, berlin
from tests.organisation_fixtures import directory  # noqa: F401
from tests.utils import count_queries

NOW = "2026-11-26 10:00 +0100"  # a Thursday

# (language, home page) – Arabic right to left, Kurmancî a language Django does not know.
LANGUAGES = ["de", "ar", "kmr"]


@pytest.fixture
def portal(home_page, directory):  # noqa: F811
    with time_machine.travel(NOW, tick=False):
        calendar = EventCalendarPageFactory(parent=home_page, title_ar="الفعاليات", slug_ar="alfaaliyat")
        OrganisationPageFactory(
            parent=directory, title="Anatolia Kulturverein", town=Town.objects.get(slug="hilden")
        )
        OrganisationPageFactory(
            parent=directory, title="Bereket Elternverein", town=Town.objects.get(slug="velbert")
        )
        OrganisationPageFactory(
            parent=directory,
            title="Beratungsstelle Miteinander",
            town=Town.objects.get(slug="velbert"),
            fields_of_activity=list(FieldOfActivity.objects.filter(slug="counselling")),
        )
        EventPageFactory(parent=calendar, title="Sprachcafé am Dienstag", start=berlin(2026, 12, 1, 18))
        EventPageFactory(parent=calendar, title="Fest im Dezember", start=berlin(2026, 12, 12, 11))
    return home_page


def soup_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return BeautifulSoup(response.content, "html.parser")


def task_links(soup):
    return [(a.get_text(strip=True), a["href"]) for a in soup.select(".task-list .task-title a")]


def organisation_names(soup):
    return sorted(h3.get_text(strip=True) for h3 in soup.select(".organisation-card h3"))


@time_machine.travel(NOW, tick=False)
@pytest.mark.parametrize("language", LANGUAGES)
def test_four_entry_points_lead_where_they_say(client, portal, language):
    home = soup_of(client, f"/{language}/")
    links = task_links(home)
    assert len(links) == 4
    with translation.override(language):
        expected_titles = [
            translation.gettext("Find an organisation near you"),
            translation.gettext("Events this week"),
            translation.gettext("Advice and help"),
            translation.gettext("For organisations: join the portal"),
        ]
    assert [title for title, _ in links] == expected_titles
    # Each card carries its own picture, drawn in the page itself (no icon font, no other origin).
    assert [len(li.select("svg.task-icon")) for li in home.select(".task-list > li")] == [1, 1, 1, 1]

    (_, directory_url), (_, events_url), (_, advice_url), (_, join_url) = links
    assert directory_url.startswith(f"/{language}/")

    # Find an organisation near you: choosing a town sends the form to the directory, filtered.
    form = home.select_one(".task-form")
    assert form["method"] == "get" and form["action"] == directory_url
    select = form.select_one("select[name=town]")
    assert form.select_one(f"label[for={select['id']}]") is not None
    assert "velbert" in [option["value"] for option in select.select("option")]
    assert organisation_names(soup_of(client, f"{form['action']}?town=velbert")) == [
        "Beratungsstelle Miteinander",
        "Bereket Elternverein",
    ]
    assert len(soup_of(client, form["action"]).select(".organisation-card")) == 3

    # This week's events: the coming seven days, not the festival in two weeks.
    events = soup_of(client, events_url)
    titles = [a.get_text(strip=True) for a in events.select(".occurrence h3 a")]
    assert titles == ["Sprachcafé am Dienstag"]
    assert events.select_one("select[name=when] option[selected]")["value"] == "week"

    # Advice and help: the organisations that counsel.
    assert organisation_names(soup_of(client, advice_url)) == ["Beratungsstelle Miteinander"]

    # For organisations: the application form, in the visitor's language.
    join = soup_of(client, join_url)
    assert join.html["lang"] == language
    assert join.select_one("form[method=post] input[name=name]") is not None


def test_the_entry_points_cost_the_same_queries_for_few_and_many_organisations(client, portal, directory):  # noqa: F811
    calendar = portal.get_children().type(EventCalendarPage).first()
    few = count_queries(client, "/de/")
    for number in range(20):
        OrganisationPageFactory(
            parent=directory, title=f"Verein {number}", town=Town.objects.get(slug="haan")
        )
        EventPageFactory(parent=calendar, start=berlin(2027, 1, 1, 18) + datetime.timedelta(days=number))
    assert count_queries(client, "/de/") == few


@pytest.mark.parametrize("language", ["de", "ar"])
def test_without_directory_and_calendar_only_joining_is_offered(client, home_page, language):
    links = task_links(soup_of(client, f"/{language}/"))
    assert len(links) == 1
    assert soup_of(client, links[0][1]).select_one("form[method=post]") is not None
