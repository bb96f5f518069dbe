"""The RSS and Atom feeds of the press archive, per language and filter."""

import datetime

from django.utils import timezone
from django.utils.translation import gettext as _

from events.feeds import PortalFeed


class PressFeed(PortalFeed):
    def author_name(self):
        return _("Press office of the District of Mettmann")

    def item_author_name(self, item):
        return self.author_name()

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
