"""What the RSS and Atom feeds of news, upcoming events and press releases share.

Every feed and entry names its author (RFC 4287 4.1.1: an organisation's items are the
organisation's, the rest the district's). An entry shown in German because it has no
translation says so, as the HTML pages do: `xml:lang="de"` on the Atom entry, `dc:language`
in RSS, which has no per-item language of its own.
"""

from django.contrib.syndication.views import Feed
from django.core.exceptions import BadRequest
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _

from wagtail.contrib.routable_page.models import path

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
    """A feed of a list page: the page's filtered list (`page.list_filters(request)`), as RSS or
    as Atom; a subclass says how an entry reads."""

    feed_type = PortalRss201rev2Feed

    def __init__(self, page, *, atom=False):
        super().__init__()
        self.page = page
        if atom:
            self.feed_type = PortalAtom1Feed

    def items(self):
        filters = self.page.list_filters(self.request)
        if filters.not_understood:
            # A feed reader shows no form: the answer names the values instead.
            raise BadRequest(
                _("The feed does not understand this filter value: %(values)s")
                % {"values": filters.bad_values()}
            )
        return self.feed_items(filters.qs)[:FEED_LENGTH]

    def feed_items(self, listed):
        """The entries of the filtered list, newest or soonest first."""
        return listed

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def link(self):
        return self.page.get_url(self.request)

    def feed_url(self):
        return self.request.get_full_path()

    def title(self):
        return f"{self.page.title} – mokme"

    def description(self):
        return getattr(self.page, "intro", "") or self.page.title

    def subtitle(self):
        # Atom's subtitle; RSS carries the description only.
        return self.description()

    def item_link(self, item):
        return item.get_url(self.request)

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


class FeedRoutesMixin:
    """The `feed/rss/` and `feed/atom/` routes of a list page (before `RoutablePageMixin` in the
    bases): its `feed_class` over the page's filtered list."""

    feed_class = PortalFeed

    @path("feed/rss/")
    def rss(self, request):
        return self.feed_class(self)(request)

    @path("feed/atom/")
    def atom(self, request):
        return self.feed_class(self, atom=True)(request)
