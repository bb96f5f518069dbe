"""The organisation filter's options (every public organisation of the district) are written once
per language and kept (events.filter_fields.LongSelect), yet each visitor's choice is marked and a
published, renamed, unpublished or private organisation shows in the list at once."""

import pytest
from bs4 import BeautifulSoup

from tests.factories import OrganisationPageFactory
from tests.utils import sql_of


@pytest.fixture
def organisations(calendar_page, directory):
    return {
        "anatolia": OrganisationPageFactory(parent=directory, title="Anatolia", title_ar="الأناضول"),
        "bereket": OrganisationPageFactory(parent=directory, title="Bereket"),
    }


def options(client, url):
    response = client.get(url, follow=True)
    assert response.status_code == 200, url
    select = BeautifulSoup(response.content, "html.parser").select_one("select[name=organisation]")
    return [
        (option.get_text(), option.get("value"), option.has_attr("selected")) for option in select("option")
    ]


def options_read(client, url):
    return [sql for sql in sql_of(client, url, follow=True) if 'FROM "organisations_organisationpage"' in sql]


def test_the_options_are_written_once_per_language_and_each_choice_is_marked(client, organisations):
    assert options(client, "/de/veranstaltungen/") == [
        ("Alle Organisationen", "", True),
        ("Anatolia", "anatolia", False),
        ("Bereket", "bereket", False),
    ]
    assert options_read(client, "/de/veranstaltungen/") == []
    # The same kept options, each visitor's choice marked in them.
    assert [selected for *_, selected in options(client, "/de/veranstaltungen/?organisation=bereket")] == [
        False,
        False,
        True,
    ]
    assert [selected for *_, selected in options(client, "/de/veranstaltungen/?organisation=anatolia")] == [
        False,
        True,
        False,
    ]
    # The news and the press archive offer the same options; Arabic visitors read their names.
    assert options_read(client, "/ar/veranstaltungen/") != []
    assert ("الأناضول", "anatolia", False) in options(client, "/ar/veranstaltungen/")
    assert options_read(client, "/ar/veranstaltungen/") == []


def test_a_published_renamed_unpublished_or_private_organisation_shows_at_once(
    client, organisations, directory, page_cache_off_and_on
):
    from wagtail.models import PageViewRestriction

    def names():
        return [name for name, *_ in options(client, "/de/veranstaltungen/")][1:]

    assert names() == ["Anatolia", "Bereket"]
    OrganisationPageFactory(parent=directory, title="Cemiyet")
    assert names() == ["Anatolia", "Bereket", "Cemiyet"]
    anatolia = organisations["anatolia"]
    anatolia.title_de = "Anatolia Hilden"
    anatolia.save_revision().publish()
    assert names() == ["Anatolia Hilden", "Bereket", "Cemiyet"]
    organisations["bereket"].unpublish()
    assert names() == ["Anatolia Hilden", "Cemiyet"]
    PageViewRestriction.objects.create(page=anatolia, restriction_type="login")
    assert names() == ["Cemiyet"]
