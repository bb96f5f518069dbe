"""The RSS and Atom feeds of a news list, per language and filter."""

import datetime

from django.utils import timezone

from events.feeds import PortalFeed


class NewsFeed(PortalFeed):
    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.teaser

    def item_pubdate(self, item):
        return timezone.make_aware(datetime.datetime.combine(item.date, datetime.time(8)))

    def item_updateddate(self, item):
        return item.last_published_at
