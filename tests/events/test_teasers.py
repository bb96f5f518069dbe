"""The home page's next dates and latest news: what they show, selected without the rest."""

import datetime

import time_machine
from bs4 import BeautifulSoup

from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import EventPageFactory, NewsPageFactory, OrganisationPageFactory, berlin

NOW = "2026-11-20 10:00 +0100"


def _selects(sql, table):
    return sql.startswith("SELECT") and f'FROM "{table}"' in sql


@time_machine.travel(NOW, tick=False)
def test_the_home_page_teasers_select_only_the_visitors_language_and_german(
    client, calendar_page, news_index, directory
):
    """The next dates and the latest news show their texts in the visitor's language, German
    (marked) where untranslated, and select no other language's columns and no long texts."""
    organisation = OrganisationPageFactory(parent=directory, title="Anatolia", title_ar="الأناضول")
    EventPageFactory(
        parent=organisation, title="Kulturabend", title_ar="أمسية ثقافية", start=berlin(2026, 11, 24, 19)
    )
    EventPageFactory(parent=calendar_page, title="Fußballturnier", start=berlin(2026, 11, 25, 15))
    NewsPageFactory(
        # An organisation's news are its subsite's pages.
        parent=organisation,
        title="Neuer Vorstand",
        title_ar="مجلس إدارة جديد",
        teaser="Gewählt.",
        date=datetime.date(2026, 11, 18),
    )
    NewsPageFactory(parent=news_index, title="Sommerfest", date=datetime.date(2026, 11, 17))

    with CaptureQueriesContext(connection) as queries:
        response = client.get("/ar/")
    assert response.status_code == 200
    page = BeautifulSoup(response.content, "html.parser")
    events = page.find("section", attrs={"aria-labelledby": "home-events"})
    titles = {link.get_text(strip=True): link.get("lang") for link in events.select("h3 a")}
    assert titles == {"أمسية ثقافية": None, "Fußballturnier": "de"}
    assert "الأناضول" in events.get_text()
    news = page.find("section", attrs={"aria-labelledby": "home-news"})
    headlines = {link.get_text(strip=True): link.get("lang") for link in news.select("h3 a")}
    assert headlines == {"مجلس إدارة جديد": None, "Sommerfest": "de"}
    assert "Gewählt." in news.get_text() and "الأناضول" in news.get_text()

    sqls = [query["sql"] for query in queries.captured_queries]
    dates_read = [sql for sql in sqls if _selects(sql, "calendar_eventoccurrence") and '"title_ar"' in sql]
    news_read = [sql for sql in sqls if _selects(sql, "news_newspage") and '"teaser_ar"' in sql]
    assert len(dates_read) == 1 and len(news_read) == 1
    for sql in dates_read + news_read:
        assert '"title_de"' in sql
        assert '"title_en"' not in sql and '"title_tr"' not in sql
        assert '"body_de"' not in sql and '"body"' not in sql
