"""The directory's cards are rendered once per language and kept, each as a part of its
organisation's page (organisations.templatetags.organisation_tags.organisation_cards), yet never
show what is no longer true: a renamed and republished profile, a renamed field of activity and a
profile that turns stale overnight show at once with the page cache off and on, the note "also
active in" follows the town filtered by, and a visit that finds every card kept reads neither
the cards' fields of activity nor their logo sizes."""

import datetime

import time_machine
from bs4 import BeautifulSoup

from home.page_cache import renew
from home.page_cache.fragments import PARTS
from organisations.models import FieldOfActivity, OrganisationPage, Town
from organisations.models.freshness import STALE_AFTER
from tests.factories import OrganisationPageFactory, PortalImageFactory, bulk_organisations
from tests.utils import sql_of, tables_read

DIRECTORY = "/de/organisationen/"
# What only a card reads: its fields of activity and its logo's sizes.
CARD_TABLES = ('"organisations_organisationpage_fields_of_activity"', '"home_portalrendition"')


def cards(client, url=DIRECTORY):
    response = client.get(url)
    assert response.status_code == 200, url
    soup = BeautifulSoup(response.content, "html.parser")
    return soup.select_one(".organisation-list")


def card_texts(client, url=DIRECTORY):
    listed = cards(client, url)
    return [card.get_text(" ", strip=True) for card in listed.select(".organisation-card")] if listed else []


def test_a_visit_that_finds_the_cards_kept_reads_none_of_what_only_cards_show(client, directory):
    culture = FieldOfActivity.objects.get(slug="culture")
    for number in range(3):
        logo, fields = PortalImageFactory(), [culture]
        OrganisationPageFactory(parent=directory, title=f"Nr. {number}", logo=logo, fields_of_activity=fields)
    assert tables_read(client, DIRECTORY, CARD_TABLES)
    assert tables_read(client, DIRECTORY, CARD_TABLES) == []
    # The same cards either way, byte for byte: kept, and rendered afresh.
    shown = str(cards(client))
    renew({PARTS})
    assert str(cards(client)) == shown
    assert shown.count('class="organisation-card"') == 3
    assert "Kultur" in shown and "<img" in shown


def test_a_changed_profile_and_a_renamed_field_show_at_once(client, directory, page_cache_off_and_on):
    culture = FieldOfActivity.objects.get(slug="culture")
    organisation = OrganisationPageFactory(parent=directory, title="Anatolia", fields_of_activity=[culture])
    assert len(card_texts(client)) == 1
    assert "Anatolia" in card_texts(client)[0]

    organisation.title = "Anatolia Kulturverein"
    organisation.short_description = "Musik und Tanz aus Anatolien."
    organisation.save_revision().publish()
    shown = card_texts(client)[0]
    assert "Anatolia Kulturverein" in shown and "Musik und Tanz aus Anatolien." in shown

    culture.name_de = "Kultur und Kunst"
    culture.save()
    assert "Kultur und Kunst" in card_texts(client)[0]


def test_also_active_in_follows_the_town_filtered_by(client, directory):
    organisation = OrganisationPageFactory(parent=directory, title="Brücke Hilden-Haan")
    organisation.towns_served.set([Town.objects.get(slug="haan")])
    organisation.save_revision().publish()
    assert "auch aktiv in Haan" in card_texts(client, f"{DIRECTORY}?town=haan")[0]
    assert "auch aktiv" not in card_texts(client, f"{DIRECTORY}?town=hilden")[0]
    assert "auch aktiv" not in card_texts(client)[0]
    organisation.towns_served.add(Town.objects.get(slug="erkrath"))
    organisation.save_revision().publish()
    assert "auch aktiv in Erkrath" in card_texts(client, f"{DIRECTORY}?town=erkrath")[0]
    assert "auch aktiv in Haan" in card_texts(client, f"{DIRECTORY}?town=haan")[0]


def test_a_profile_that_turns_stale_overnight_is_marked_the_next_day(client, directory):
    with time_machine.travel("2026-11-20 10:00 +0100", tick=False) as traveller:
        organisation = OrganisationPageFactory(parent=directory, title="Anatolia")
        a_year_ago = datetime.date(2026, 11, 20) - STALE_AFTER + datetime.timedelta(days=1)
        OrganisationPage.objects.filter(pk=organisation.pk).update(last_checked=a_year_ago)
        assert "nicht geprüft" not in card_texts(client)[0]
        traveller.move_to("2026-11-21 08:00 +0100")
        assert "nicht geprüft" in card_texts(client)[0]


def test_each_language_keeps_cards_of_its_own(client, directory):
    OrganisationPageFactory(parent=directory, title="Anatolia", title_tr="Anadolu", slug_tr="anadolu")
    assert "Anatolia" in card_texts(client)[0]
    assert "Anadolu" in card_texts(client, "/tr/kuruluslar/")[0]
    assert "Anatolia" in card_texts(client)[0]


def test_the_cards_cost_the_same_queries_for_5_and_50_organisations(client, directory):
    def queries():
        """Rendering the cards, then reading them back."""
        renew({PARTS})
        return len(sql_of(client, DIRECTORY)), len(sql_of(client, DIRECTORY))

    bulk_organisations(directory, 5, published=True)
    cards(client)  # the site's settings are made on the first visit
    few = queries()
    bulk_organisations(directory, 45, published=True)
    assert queries() == few
