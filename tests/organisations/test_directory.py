"""The directory: filters alone and combined, text filter, A–Z, pagination, bad input."""

import pytest
from bs4 import BeautifulSoup

from organisations import directory as directory_module
from organisations.models import Community, FieldOfActivity, SpokenLanguage, Town
from tests.factories import OrganisationPageFactory, bulk_organisations
from tests.utils import count_queries


def names(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, response.status_code
    soup = BeautifulSoup(response.content, "html.parser")
    return [a.get_text(strip=True) for a in soup.select(".organisation-card h3 a")], soup


@pytest.fixture
def listed(directory):
    def make(title, town="hilden", fields=(), communities=(), languages=(), **kwargs):
        return OrganisationPageFactory(
            parent=directory,
            title=title,
            town=Town.objects.get(slug=town),
            fields_of_activity=list(FieldOfActivity.objects.filter(slug__in=fields)),
            communities=list(Community.objects.filter(slug__in=communities)),
            spoken_languages=list(SpokenLanguage.objects.filter(code__in=languages)),
            **kwargs,
        )

    make(
        "Zeytin Kulturverein",
        town="hilden",
        fields=["culture"],
        communities=["turkish"],
        languages=["tr", "de"],
    )
    make(
        "Amal Elternverein",
        town="velbert",
        fields=["parents", "education"],
        communities=["arab"],
        languages=["ar"],
    )
    make("Bosna Sportclub", town="velbert", fields=["sport"], communities=["balkan"], languages=["bs"])
    make(
        "Ukraine hilft Ratingen",
        town="ratingen",
        fields=["refugee-support", "counselling"],
        communities=["ukrainian"],
        languages=["uk", "ru"],
        short_description="Beratung und Sprachcafé für Geflüchtete aus der Ukraine.",
    )
    make("Entwurf e.V.", live=False)
    return make


def test_lists_live_organisations_a_to_z(client, listed):
    found, _soup = names(client, "/de/organisationen/")
    assert found == ["Amal Elternverein", "Bosna Sportclub", "Ukraine hilft Ratingen", "Zeytin Kulturverein"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("town=velbert", ["Amal Elternverein", "Bosna Sportclub"]),
        ("field=sport", ["Bosna Sportclub"]),
        ("community=turkish", ["Zeytin Kulturverein"]),
        ("language=uk", ["Ukraine hilft Ratingen"]),
        ("q=sprachcaf", ["Ukraine hilft Ratingen"]),  # description, any case
        ("q=KULTUR", ["Zeytin Kulturverein"]),  # name
        ("town=velbert&field=education", ["Amal Elternverein"]),
        ("town=velbert&language=bs&community=balkan", ["Bosna Sportclub"]),
        ("town=hilden&field=sport", []),
    ],
)
def test_filters_alone_and_combined(client, listed, query, expected):
    found, soup = names(client, f"/de/organisationen/?{query}")
    assert found == expected
    # The form keeps the state of the URL.
    for pair in query.split("&"):
        name, value = pair.split("=")
        control = soup.select_one("form.filter-form").find(attrs={"name": name})
        selected = (
            control.find("option", selected=True)["value"] if control.name == "select" else control["value"]
        )
        assert selected == value


def test_town_filter_includes_organisations_active_there(client, listed):
    organisation = listed("Brücke Hilden-Haan", town="hilden")
    organisation.towns_served.set([Town.objects.get(slug="haan")])
    organisation.save_revision().publish()
    found, _soup = names(client, "/de/organisationen/?town=haan")
    assert found == ["Brücke Hilden-Haan"]


def test_empty_result_says_so_and_offers_to_clear(client, listed):
    found, soup = names(client, "/de/organisationen/?town=hilden&field=sport")
    assert found == []
    empty = soup.select_one(".empty-state")
    assert "Keine Organisation" in empty.get_text()
    assert empty.find("a")["href"] == "/de/organisationen/"


def test_active_filters_can_be_removed_one_by_one(client, listed):
    _found, soup = names(client, "/de/organisationen/?town=velbert&field=sport")
    chips = {chip.get_text(" ", strip=True): chip["href"] for chip in soup.select(".active-filters a")}
    assert chips["Stadt: Velbert ×"] == "?field=sport"
    assert chips["Tätigkeitsfeld: Sport ×"] == "?town=velbert"


@pytest.mark.parametrize(
    ("query", "field"),
    [("town=atlantis", "town"), ("field=%3Cscript%3E", "field"), ("language=xx&community=", "language")],
)
def test_unknown_filter_values_answer_400_with_the_directory_marking_them(client, listed, query, field):
    found, soup = names(client, f"/de/organisationen/?{query}", status=400)
    assert found == []
    assert soup.h1.get_text(strip=True) == "Organisationen"
    assert soup.select_one(f'form [name="{field}"]')["aria-invalid"] == "true"
    assert soup.select_one(".filters-not-understood")["role"] == "alert"
    assert soup.select_one(".filter-actions a")["href"] == "/de/organisationen/"


def test_a_filter_name_the_directory_does_not_have_changes_nothing(client, listed):
    found, _soup = names(client, "/de/organisationen/?town[]=1")
    assert len(found) == 4


@pytest.mark.parametrize(
    ("page", "status"), [("abc", 400), ("-1", 400), ("0", 400), ("1.5", 400), ("99", 404)]
)
def test_bad_page_numbers_get_a_clear_answer(client, listed, page, status):
    response = client.get(f"/de/organisationen/?page={page}")
    assert response.status_code == status
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["lang"] == "de"
    assert soup.h1.get_text(strip=True) in (
        "Diese Anfrage kann nicht beantwortet werden",
        "Seite nicht gefunden",
    )


def test_long_text_query_is_accepted_and_trimmed(client, listed):
    response = client.get("/de/organisationen/?q=" + "x" * 5000)
    assert response.status_code == 200


def test_paginates_twenty_a_page(client, directory):
    for number in range(25):
        OrganisationPageFactory(parent=directory, title=f"Verein {number:02d}")
    first, soup = names(client, "/de/organisationen/")
    assert len(first) == 20
    assert soup.select_one('.pagination a[rel="next"]')["href"] == "?page=2"
    second, _soup = names(client, "/de/organisationen/?page=2")
    assert second == [f"Verein {number}" for number in range(20, 25)]


def test_pagination_keeps_the_filters(client, directory):
    for number in range(25):
        OrganisationPageFactory(
            parent=directory, title=f"Verein {number:02d}", town=Town.objects.get(slug="haan")
        )
    _found, soup = names(client, "/de/organisationen/?town=haan")
    assert soup.select_one('.pagination a[rel="next"]')["href"] == "?town=haan&page=2"


def test_directory_in_turkish_uses_translated_names_and_marks_german(client, listed):
    found, soup = names(client, "/tr/kuruluslar/?field=parents")
    assert found == ["Amal Elternverein"]
    tags = {tag.get_text(): tag.get("lang") for tag in soup.select(".tag-list li")}
    assert tags == {"Ebeveynler ve aile": None, "Eğitim": None}
    assert soup.select_one(".organisation-card h3 a")["lang"] == "de"  # name only in German


@pytest.mark.slow
def test_query_count_does_not_grow_with_organisations(client, directory, monkeypatch):
    monkeypatch.setattr(directory_module, "PER_PAGE", 50)
    culture = list(FieldOfActivity.objects.filter(slug__in=["culture", "youth"]))

    for _ in range(5):
        OrganisationPageFactory(parent=directory, fields_of_activity=culture)
    with_five = count_queries(client, "/de/organisationen/")
    filtered_five = count_queries(client, "/de/organisationen/?field=culture&town=hilden&q=verein")
    # The large set as rows: published in Hilden with the same fields, so both lists show all 50.
    bulk_organisations(directory, 45, published=True, fields_of_activity=culture)
    assert len(names(client, "/de/organisationen/?field=culture&town=hilden&q=verein")[0]) == 50
    assert count_queries(client, "/de/organisationen/") == with_five
    assert count_queries(client, "/de/organisationen/?field=culture&town=hilden&q=verein") == filtered_five
    bulk_organisations(directory, 450)  # 500 in the database, still 50 on a page
    assert count_queries(client, "/de/organisationen/?page=3") == with_five
    assert count_queries(client, "/de/organisationen/?field=culture&town=hilden&q=verein") == filtered_five
