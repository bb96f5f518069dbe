"""Each page type renders in a fixed number of queries, whatever the portal holds (issue 18).

Counted as a visitor meets them with the page cache off: the second request of a page, after a
first one warmed the caches (the request's site, Wagtail's site root paths, the cached menu and
footer).
The budgets are upper bounds measured on this content; a change that adds a query per page type
has to raise them here, on purpose. The 5-vs-50 tests beside each app show the counts also
stay flat as content grows.
"""

import datetime

import pytest

from django.test import override_settings
from django.utils import timezone

from events.press.models import PressReleaseImage
from organisations.models import OrganisationSocialLink, SpokenLanguage, Town
from tests.factories import (
    EventCalendarPageFactory,
    EventPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    OrganisationContentPageFactory,
    OrganisationIndexPageFactory,
    OrganisationPageFactory,
    PortalImageFactory,
    PressArchivePageFactory,
    PressReleasePageFactory,
    StandardPageFactory,
)
from tests.utils import count_queries

# Queries per page type (issue 18: at most 12; the subsite, with its header's pictures, takes 11).
# The request's site comes from the cache without a query (home/sites.py).
# Routing reads the whole address in one query with its view restrictions
# (home/languages/routing.py), listings leave out private sections inside their own query
# (home/view_restrictions.py), and each page type loads what its page reads with it
# (`serving_queryset`). The event page includes its registration form. A list's pictures come
# in its own query and their renditions in one more (`ImageSize.renditions_of`).
BUDGETS = {
    # The hero picture comes with the page; the towns are read once for the section and the task;
    # the calendar, news and directory it links to are kept with the sites (home.sites.site_page).
    "/de/": 7,
    "/de/ueber-uns/": 3,  # reads the portal settings: is this the privacy statement?
    # The organisations' logos: their images and renditions in two queries for the whole list.
    "/de/organisationen/": 10,
    # The subsite header's logo and cover come with the page; their renditions in one query.
    "/de/organisationen/anatolia/": 11,
    # A page of the subsite reads no profile lists: it shows none.
    "/de/organisationen/anatolia/angebote/": 4,
    # Every entry rendered afresh (as counted here) reads its events' towns and organisations in
    # one query more (`read_for_entries`); a list that finds them kept does not.
    "/de/veranstaltungen/": 9,
    "/de/organisationen/anatolia/sprachcafe/": 7,
    "/de/presse/": 10,
    "/de/presse/jahresbericht/": 10,
    "/de/aktuelles/": 6,
    # A search in the press archive matches once, for the year counts and the page's releases.
    "/de/presse/?q=Jahresbericht": 10,
    # Other languages read whether a translation was machine-made.
    "/tr/": 8,
}


@pytest.fixture(autouse=True)
def page_cache_off():
    with override_settings(PAGE_CACHE_SECONDS=0):
        yield


@pytest.fixture
def portal(home_page):
    # Pictures where the district's pages have them (make bench): the home page's hero, a news
    # item's and a press release's. Each comes with its page or list, its renditions in one query.
    home_page.hero_image = PortalImageFactory()
    home_page.save_revision().publish()
    StandardPageFactory(parent=home_page, title="Über uns", slug="ueber-uns", show_in_menus=True)
    directory = OrganisationIndexPageFactory(parent=home_page, show_in_menus=True)
    organisation = OrganisationPageFactory(
        parent=directory,
        title="Anatolia Kulturverein",
        slug="anatolia",
        street="Mittelstraße 12",
        postcode="40721",
        spoken_languages=list(SpokenLanguage.objects.filter(code__in=["de", "tr"])),
        # The subsite header shows both (make bench found a query for each).
        logo=PortalImageFactory(),
        cover_image=PortalImageFactory(),
    )
    organisation.towns_served.set(Town.objects.filter(slug__in=["hilden", "haan"]))
    organisation.social_links = [
        OrganisationSocialLink(platform="instagram", url="https://instagram.example/a")
    ]
    organisation.save_revision().publish()
    OrganisationContentPageFactory(parent=organisation, title="Angebote", slug="angebote")
    EventCalendarPageFactory(parent=home_page, show_in_menus=True)
    EventPageFactory(parent=organisation, title="Sprachcafé", slug="sprachcafe")
    news = NewsIndexPageFactory(parent=home_page)
    NewsPageFactory(
        parent=news, title="Neues", slug="neues", organisation=organisation, image=PortalImageFactory()
    )
    archive = PressArchivePageFactory(parent=home_page, show_in_menus=True)
    release = PressReleasePageFactory(
        parent=archive,
        title="Jahresbericht",
        slug="jahresbericht",
        release_date=timezone.localdate() - datetime.timedelta(days=1),
    )
    release.images = [PressReleaseImage(image=PortalImageFactory())]
    release.save_revision().publish()


@pytest.mark.parametrize("url", list(BUDGETS))
def test_each_page_type_stays_within_its_query_budget(client, portal, url):
    assert count_queries(client, url) <= BUDGETS[url]
