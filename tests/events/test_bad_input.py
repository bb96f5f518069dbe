"""Bad input found by the fuzz tests: a 404 or 400 instead of the error page."""

import pytest


@pytest.mark.parametrize(
    "day_path", ["2026/2/99999999999999999999/", "2026/2/2147483648/", "2026/9999999999999999999999/1/"]
)
def test_a_day_number_too_large_for_a_date_is_not_found(client, calendar_page, day_path):
    response = client.get(f"/de/veranstaltungen/{day_path}")
    assert response.status_code == 404


def test_an_existing_day_still_opens(client, calendar_page):
    assert client.get("/de/veranstaltungen/2026/2/28/").status_code == 200


def test_a_superscript_page_number_in_the_news_is_refused_clearly(client, news_index):
    response = client.get("/de/aktuelles/", {"page": "²"})
    assert response.status_code == 400


def test_a_nul_byte_in_the_organisation_filter_is_an_unknown_organisation(client, news_index):
    # PostgreSQL refuses NUL in a query: this was a 500 there.
    response = client.get("/de/aktuelles/?organisation=anatolia%00")
    assert response.status_code == 400
    assert "Das Portal kennt diese Organisation nicht" in response.content.decode()
    assert client.get("/de/aktuelles/feed/rss/?organisation=%00").status_code == 400
