"""RSS and Atom feeds of news, upcoming events and press releases, per language and filter.

Every feed and entry names its author (RFC 4287 4.1.1: an organisation's items are the
organisation's, the rest the district's). An entry shown in German because it has no
translation says so, as the HTML pages do: `xml:lang="de"` on the Atom entry, `dc:language`
in RSS, which has no per-item language of its own.
"""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _

from home.languages import active_language, shown_language

FEED_LENGTH = 30
DUBLIN_CORE = "http://purl.org/dc/elements/1.1/"


class PortalAtom1Feed(Atom1Feed):
    def item_attributes(self, item):
        language = item.get("content_language")
        return {"xml:lang": language} if language else {}


class PortalRss201rev2Feed(Rss201rev2Feed):
    def rss_attributes(self):
        return {**super().rss_attributes(), "xmlns:dc": DUBLIN_CORE}

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        if item.get("content_language"):
            handler.addQuickElement("dc:language", item["content_language"])


class PortalFeed(Feed):
    """A feed attached to a page; `items()` comes from the page's own query."""

    feed_type = PortalRss201rev2Feed

    def __init__(self, page):
        super().__init__()
        self.page = page

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def link(self):
        return self.page.url

    def feed_url(self):
        return self.request.get_full_path()

    def title(self):
        return f"{self.page.title} – mokme"

    def description(self):
        return getattr(self.page, "intro", "") or self.page.title

    def item_link(self, item):
        return item.url

    def author_name(self):
        return _("District of Mettmann")

    def author_link(self):
        return self.request.build_absolute_uri("/")

    def item_page(self, item):
        """The page whose texts the entry shows."""
        return item

    def item_author_name(self, item):
        organisation = getattr(self.item_page(item), "organisation", None)
        return organisation.title if organisation is not None else self.author_name()

    def item_extra_kwargs(self, item):
        language = shown_language(self.item_page(item), "title")
        return {"content_language": language} if language != active_language().code else {}


class NewsRssFeed(PortalFeed):
    def items(self):
        from events.news_views import news_for

        news, _organisation = news_for(self.page, self.request)
        return news[:FEED_LENGTH]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.teaser

    def item_pubdate(self, item):
        return timezone.make_aware(datetime.datetime.combine(item.date, datetime.time(8)))

    def item_updateddate(self, item):
        return item.last_published_at


class NewsAtomFeed(NewsRssFeed):
    feed_type = PortalAtom1Feed
    subtitle = PortalFeed.description


class UpcomingEventsRssFeed(PortalFeed):
    def description(self):
        return _("Upcoming events of the migrant organisations in the district of Mettmann")

    def items(self):
        from events.calendar_views import occurrences_for_listing
        from events.filters import read_filters

        _form, filters = read_filters(self.request)
        occurrences = filters.apply(occurrences_for_listing().filter(end__gte=timezone.now()))
        return occurrences.order_by("start", "pk")[:FEED_LENGTH]

    def item_title(self, item):
        when = timezone.localtime(item.start).strftime("%d.%m.%Y")
        prefix = f"[{_('Cancelled')}] " if item.is_cancelled else ""
        return f"{prefix}{when}: {item.event.title}"

    def item_description(self, item):
        return item.event.teaser

    def item_link(self, item):
        return item.event.url

    def item_page(self, item):
        return item.event

    def item_author_name(self, item):
        # The occurrence carries the organisation (selected with it), the event does not.
        return item.organisation.title if item.organisation is not None else self.author_name()

    def item_guid(self, item):
        return (
            f"occurrence-{item.event_id}-{timezone.localtime(item.original_start or item.start):%Y%m%dT%H%M}"
        )

    def item_guid_is_permalink(self, item):
        return False

    def item_pubdate(self, item):
        return item.event.first_published_at or item.start

    def item_updateddate(self, item):
        return item.event.last_published_at or item.start


class UpcomingEventsAtomFeed(UpcomingEventsRssFeed):
    feed_type = PortalAtom1Feed
    subtitle = UpcomingEventsRssFeed.description


class PressRssFeed(PortalFeed):
    def author_name(self):
        return _("Press office of the District of Mettmann")

    def item_author_name(self, item):
        return self.author_name()

    def items(self):
        from events.press_views import filtered_releases

        releases, _context = filtered_releases(self.page, self.request)
        return releases[:FEED_LENGTH]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.teaser or item.subtitle

    def item_pubdate(self, item):
        return item.first_published_at or timezone.make_aware(
            datetime.datetime.combine(item.release_date, datetime.time(8))
        )

    def item_updateddate(self, item):
        return item.corrected_at or item.last_published_at


class PressAtomFeed(PressRssFeed):
    feed_type = PortalAtom1Feed
    subtitle = PortalFeed.description
