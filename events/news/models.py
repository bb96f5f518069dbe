"""News of the portal and of the organisations."""

import datetime

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from events.feeds import FeedRoutesMixin
from events.news import views
from events.news.feeds import NewsFeed
from events.news.filters import NewsFilterSet
from home.blocks import BodyBlock
from home.filtered_lists import read_filters
from home.images import LISTING_THUMBNAIL, picture_columns
from home.languages import LANGUAGE_CODES
from home.languages.reading import columns_read
from home.models import BasePage
from organisations.access.page_forms import OrganisationLanguagesForm
from organisations.models import OrganisationOwnedMixin

# A list never shows the organisation's long texts.
_ORGANISATION_TEXTS = [f"organisation__body_{code}" for code in LANGUAGE_CODES] + ["organisation__body"]


class NewsPageQuerySet(PageQuerySet):
    def published_under(self, root):
        """The live public news below `root` (the portal's and the organisations'), newest first,
        with what a list shows."""
        return (
            self.live()
            .public()
            .descendant_of(root)
            .defer_streamfields()
            .select_related("organisation", "image")
            .defer(*_ORGANISATION_TEXTS)
            .prefetch_related(LISTING_THUMBNAIL.renditions_of("image"))
            .order_by("-date", "-pk")
        )

    def teasers(self, root):
        """`published_under(root)` with only what the home page's and a subsite's latest news
        show (news/includes/news_item.html): the item's texts in the visitor's language and
        German, its organisation's name, its whole picture. Every column of both pages in
        eleven languages took more time to compile and convert than the query to run (the home
        page's three items 7.7 → 3.5 ms)."""
        return self.published_under(root).only(
            *_TEASER_NEWS,
            *columns_read("title", "url_path", "teaser"),
            *columns_read("title", related="organisation__"),
            *picture_columns("image"),
        )


# What a teaser of a news item reads besides its texts and picture.
_TEASER_NEWS = ("date", "organisation_id", "image_id")


class NewsIndexPage(FeedRoutesMixin, RoutablePageMixin, BasePage):
    """The portal's news, newest first, with feeds."""

    # Every item of its kind, and the organisation filter names every organisation.
    page_cache_listings = ("news", "organisations")
    # The organisation filter and the page number; any other query is never stored.
    page_cache_parameters = frozenset({*NewsFilterSet.base_filters, "page"})

    translation_markers = ("title", "intro")

    intro = models.TextField(_("introduction"), blank=True, max_length=800)

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]

    parent_page_types = ["home.PortalHomePage"]
    subpage_types = ["news.NewsPage"]
    max_count = 1

    class Meta:
        verbose_name = _("news index")

    feed_class = NewsFeed

    def list_filters(self, request):
        """The filter over every news item of the site: the portal's and the organisations'."""
        return read_filters(NewsFilterSet, request, NewsPage.objects.published_under(self.get_parent()))

    @path("")
    def listing(self, request):
        return views.news_index_view(self, request)


class NewsPage(OrganisationOwnedMixin, BasePage):
    page_cache_kind = "news"

    objects = PageManager.from_queryset(NewsPageQuerySet)()

    translation_markers = ("title", "teaser")

    date = models.DateField(_("date"), default=datetime.date.today, db_index=True)
    teaser = models.TextField(_("teaser"), max_length=400, blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("date"),
        FieldPanel("teaser"),
        FieldPanel("image"),
        FieldPanel("body"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("teaser"), index.SearchField("body")]

    base_form_class = OrganisationLanguagesForm

    parent_page_types = ["news.NewsIndexPage", "organisations.OrganisationPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The organisation's header pictures are read where the header is rendered (subsite_header).
        context["organisation"] = self.organisation
        return context
