"""The press archive's form: the year is a select like the other filters, its counts follow the
search and the other filters, and the form has one submit button."""

import pytest
from bs4 import BeautifulSoup

from tests.utils import count_queries


def form_of(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, url
    return BeautifulSoup(response.content, "html.parser").select_one("form.filter-form")


def year_options(form):
    return [" ".join(option.get_text().split()) for option in form.select("select[name=year] option")]


def test_year_is_a_select_with_the_count_of_each_year(client, releases):
    form = form_of(client, "/de/presse/")
    assert year_options(form)[1:] == ["2025 (2)", "2024 (1)", "2023 (1)"]
    assert len(form.select("button[type=submit], input[type=submit]")) == 1


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("q=Bündnispartner", ["2025 (1)", "2024 (1)"]),
        ("topic=ehrenamt", ["2025 (1)", "2023 (1)"]),
        ("town=hilden&month=3&year=2024", ["2024 (1)"]),
        # A year with nothing left under the other filters stays chosen, with its zero.
        ("q=Bündnispartner&year=2023", ["2025 (1)", "2024 (1)", "2023 (0)"]),
    ],
)
def test_year_counts_follow_the_search_and_the_other_filters(client, releases, query, expected):
    form = form_of(client, f"/de/presse/?{query}")
    assert year_options(form)[1:] == expected
    chosen = form.select_one("select[name=year] option[selected]")
    if "year=" in query:
        assert chosen["value"] == query.split("year=")[1]


def test_a_year_not_understood_keeps_the_form_and_says_so(client, releases):
    form = form_of(client, "/de/presse/?year=abc", status=400)
    assert form.select_one("select[name=year]") is not None


def test_year_counts_cost_the_same_queries_for_a_search(client, releases):
    assert count_queries(client, "/de/presse/?q=Bündnispartner&topic=integration") == count_queries(
        client, "/de/presse/?topic=integration"
    )
