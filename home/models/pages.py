"""The portal's own pages: the home page and standard content pages."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from home import registry
from home.blocks import BodyBlock, FeaturedContentStreamBlock
from home.images import prefetch_featured_renditions
from home.tasks import home_tasks

from .base import BasePage
from .site_settings import PortalSettings


class PortalHomePage(BasePage):
    translation_markers = ("title", "hero_heading")
    shows_last_checked = False

    hero_heading = models.CharField(_("hero heading"), max_length=200, blank=True)
    hero_text = models.TextField(_("hero text"), blank=True, max_length=600)
    hero_image = models.ForeignKey(
        "home.PortalImage",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    featured = StreamField(
        FeaturedContentStreamBlock(),
        verbose_name=_("featured content"),
        blank=True,
    )

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [FieldPanel("hero_heading"), FieldPanel("hero_text"), FieldPanel("hero_image")],
            heading=_("Hero"),
        ),
        FieldPanel("intro"),
        FieldPanel("featured"),
    ]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("hero_text"),
        index.SearchField("intro"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    # The directory, calendar, news and press archive join this list from their apps'
    # ready() (home.registry), so that `home` names none of them.
    subpage_types = registry.home_page_children
    max_count = 1

    class Meta:
        verbose_name = _("portal home page")

    @property
    def page_cache_listings(self):
        # Teasers of every kind (home_page_sections hooks): publishing any item renews the page.
        return tuple(registry.home_page_listings)

    @classmethod
    def serving_queryset(cls):
        # The hero picture is shown on every visit (home.languages.routing).
        return cls.objects.select_related("hero_image")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        prefetch_featured_renditions(self.featured)
        context["home_tasks"] = home_tasks(request, self)
        # Other apps add their teasers (organisations, events, press) through
        # the `home_page_sections` hook, so that `home` imports none of them.
        context["home_sections"] = [
            section
            for hook in hooks.get_hooks("home_page_sections")
            if (section := hook(request, self)) is not None
        ]
        return context


class StandardPage(BasePage):
    """About, Leichte Sprache, Impressum, Datenschutz, Barrierefreiheit and the like."""

    translation_markers = ("title", "intro")

    intro = models.TextField(_("introduction"), blank=True, max_length=800)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("intro"), FieldPanel("body")]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    parent_page_types = ["home.PortalHomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The privacy statement is edited text; what depends on the server's configuration
        # (e.g. the machine translation engine) is added by `privacy_statement_sections` hooks.
        if PortalSettings.for_request(request).privacy_page_id == self.pk:
            context["privacy_sections"] = [
                section
                for hook in hooks.get_hooks("privacy_statement_sections")
                if (section := hook(request, self)) is not None
            ]
        return context

    class Meta:
        verbose_name = _("standard page")
