"""The RSS and Atom feeds of upcoming events, per language and filter."""

from django.utils import timezone
from django.utils.translation import gettext as _

from events.feeds import PortalFeed


class UpcomingEventsFeed(PortalFeed):
    def description(self):
        return _("Upcoming events of the migrant organisations in the district of Mettmann")

    def feed_items(self, listed):
        return listed.upcoming().order_by("start", "pk")

    def item_title(self, item):
        when = timezone.localtime(item.start).strftime("%d.%m.%Y")
        prefix = f"[{_('Cancelled')}] " if item.is_cancelled else ""
        return f"{prefix}{when}: {item.event.title}"

    def item_description(self, item):
        return item.event.teaser

    def item_link(self, item):
        return item.event.get_url(self.request)

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
