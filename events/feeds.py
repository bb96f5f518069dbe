"""RSS and Atom feeds of news, upcoming events and press releases, per language and filter."""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _

FEED_LENGTH = 30


class PortalFeed(Feed):
    """A feed attached to a page; `items()` comes from the page's own query."""

    feed_type = Rss201rev2Feed

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
    feed_type = Atom1Feed
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
    feed_type = Atom1Feed
    subtitle = UpcomingEventsRssFeed.description


class PressRssFeed(PortalFeed):
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
    feed_type = Atom1Feed
    subtitle = PortalFeed.description
