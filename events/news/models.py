"""News of the portal and of the organisations."""

import datetime

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.search import index

from home.blocks import BodyBlock
from home.models import BasePage
from organisations.access.page_forms import OrganisationLanguagesForm
from organisations.models import OrganisationOwnedMixin


class NewsIndexPage(RoutablePageMixin, BasePage):
    """The portal's news, newest first, with feeds."""

    # Every item of its kind, and the organisation filter names every organisation.
    page_cache_listings = ("news", "organisations")
    # The organisation filter and the page number; any other query is never stored.
    page_cache_parameters = frozenset({"organisation", "page"})

    translation_markers = ("title", "intro")

    intro = models.TextField(_("introduction"), blank=True, max_length=800)

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]

    parent_page_types = ["home.PortalHomePage"]
    subpage_types = ["news.NewsPage"]
    max_count = 1

    class Meta:
        verbose_name = _("news index")

    def news_items(self):
        return NewsPage.objects.child_of(self).live().public().order_by("-date", "-pk")

    @path("")
    def listing(self, request):
        from events.news.views import news_index_view

        return news_index_view(self, request)

    @path("feed/rss/")
    def rss(self, request):
        from events.news.feeds import NewsRssFeed

        return NewsRssFeed(self)(request)

    @path("feed/atom/")
    def atom(self, request):
        from events.news.feeds import NewsAtomFeed

        return NewsAtomFeed(self)(request)


class NewsPage(OrganisationOwnedMixin, BasePage):
    page_cache_kind = "news"

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
        context["organisation"] = self.organisation
        return context
