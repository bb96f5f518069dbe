"""The options of the directory's and the calendar's filters (towns, fields of activity,
communities, languages: `ListFilterSet.sorted_choices`) are written once per language and kept
(home.filtered_lists.LongSelect over SortedChoices), yet each visitor's choice is marked, a value
the portal does not know marks none, and a town renamed or added shows at once, with the page
cache off and on."""

from bs4 import BeautifulSoup

from organisations.models import Community, Town
from tests.factories import EventCalendarPageFactory
from tests.utils import sql_of

TAXONOMY_TABLES = (
    "organisations_town",
    "organisations_fieldofactivity",
    "organisations_community",
    "organisations_spokenlanguage",
)


def options(client, url, name="town", status=200):
    response = client.get(url)
    assert response.status_code == status, url
    select = BeautifulSoup(response.content, "html.parser").select_one(f"select[name={name}]")
    return [
        (option.get_text(), option.get("value"), option.has_attr("selected")) for option in select("option")
    ]


def taxonomy_read(client, url):
    """The taxonomy tables a visit reads in full (a chosen value is looked up by its key)."""
    return {
        table
        for sql in sql_of(client, url)
        for table in TAXONOMY_TABLES
        if f'FROM "{table}"' in sql and "WHERE" not in sql
    }


def test_the_options_are_written_once_per_language_and_each_choice_is_marked(client, directory):
    towns = options(client, "/de/organisationen/")
    assert towns[0] == ("Alle Städte", "", True)
    assert [name for name, *_ in towns[1:]] == sorted(Town.objects.values_list("name_de", flat=True))
    assert taxonomy_read(client, "/de/organisationen/") == set()
    # The same kept options, each visitor's choice marked in them.
    chosen = options(client, "/de/organisationen/?town=velbert")
    assert [value for _name, value, selected in chosen if selected] == ["velbert"]
    assert [value for _name, value, selected in options(client, "/de/organisationen/?town=haan")] == [
        value for _name, value, _selected in chosen
    ]
    communities = options(client, "/de/organisationen/?community=turkish", name="community")
    assert [value for _name, value, selected in communities if selected] == ["turkish"]
    # Arabic visitors read the names of their language, in their order, kept apart from German.
    arabic = options(client, "/ar/organisationen/")
    hilden = Town.objects.get(slug="hilden")
    assert (hilden.name_ar or hilden.name_de, "hilden", False) in arabic
    assert [name for name, *_ in arabic[1:]] == sorted((name for name, *_ in arabic[1:]), key=str.casefold)
    assert taxonomy_read(client, "/ar/organisationen/") == set()


def test_a_town_the_portal_does_not_know_marks_no_option(client, directory):
    shown = options(client, "/de/organisationen/?town=atlantis", status=400)
    assert [value for _name, value, selected in shown if selected] == []
    assert len(shown) == Town.objects.count() + 1


def test_a_renamed_town_or_a_new_community_shows_at_once(client, directory, home_page, page_cache_off_and_on):
    EventCalendarPageFactory(parent=home_page)
    assert ("Hilden", "hilden", False) in options(client, "/de/organisationen/")
    assert ("Hilden", "hilden", False) in options(client, "/de/veranstaltungen/")
    hilden = Town.objects.get(slug="hilden")
    hilden.name_de = "Hilden (Rheinland)"
    hilden.save()
    assert ("Hilden (Rheinland)", "hilden", False) in options(client, "/de/organisationen/")
    assert ("Hilden (Rheinland)", "hilden", False) in options(client, "/de/veranstaltungen/")

    Community.objects.create(name="Aramäisch", slug="aramaic")
    assert ("Aramäisch", "aramaic", False) in options(client, "/de/organisationen/", name="community")
