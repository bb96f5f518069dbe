"""The press office's releases, contacts and topics, and the press archive."""

import datetime

from django import forms
from django.conf import settings
from django.db import models
from django.db.models import Count, Prefetch, prefetch_related_objects
from django.db.models.functions import ExtractYear
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from events.feeds import FeedRoutesMixin
from events.press import views
from events.press.feeds import PressFeed
from events.press.filters import PressFilterSet
from events.related_pages import RelatedPagesWidget
from home.blocks import BodyBlock
from home.filtered_lists import read_filters
from home.images import BODY_IMAGE, LISTING_THUMBNAIL
from home.languages.reading import columns_read
from home.models import BasePage
from home.page_cache import add_cache_tags, tags_for_pages_shown


def live_and_public(related_pages):
    """The chosen pages a visitor may see, also in a preview or a draft, with only what the
    release shows of them: a link, their title and address in the visitor's language and German
    (all their columns in eleven languages cost more to compile and convert than to read).

    A preview or a revision holds its chosen pages in memory (modelcluster's FakeQuerySet, which
    knows no `live()`); they are looked up by their ids then.
    """
    pages = related_pages.all()
    if not isinstance(pages, models.QuerySet):
        pages = related_pages.model.objects.filter(pk__in=[page.pk for page in pages])
    return pages.live().public().only("path", "depth", *columns_read("title", "url_path"))


class PressContact(index.Indexed, models.Model):
    """A contact for journalists: a role or name, the unit, phone and email."""

    name = models.CharField(_("name or role"), max_length=200, help_text=_("For example “Pressesprecherin”."))
    unit = models.CharField(
        _("unit"), max_length=200, blank=True, help_text=_("For example “Sachgebiet Integration”.")
    )
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    email = models.EmailField(_("email"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("unit"), FieldPanel("phone"), FieldPanel("email")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name"), index.SearchField("unit")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("press contact")
        verbose_name_plural = _("press contacts")

    def __str__(self):
        return f"{self.name} ({self.unit})" if self.unit else self.name


class PressTopic(models.Model):
    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), unique=True)

    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta:
        ordering = ["slug"]
        verbose_name = _("press topic")
        verbose_name_plural = _("press topics")

    def __str__(self):
        return self.name


class PressArchivePage(FeedRoutesMixin, RoutablePageMixin, BasePage):
    """All press releases, newest first, searchable and filterable, with feeds of every view."""

    # Every item of its kind, and the organisation filter names every organisation.
    page_cache_listings = ("press", "organisations")
    # The filters and the page number; any other query is rendered but never stored.
    page_cache_parameters = frozenset({*PressFilterSet.base_filters, "page"})

    translation_markers = ("title", "intro")

    intro = models.TextField(_("introduction"), blank=True, max_length=800)

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]

    parent_page_types = ["home.PortalHomePage"]
    subpage_types = ["press.PressReleasePage"]
    max_count = 1

    feed_class = PressFeed

    class Meta:
        verbose_name = _("press archive")

    def releases(self):
        return PressReleasePage.objects.child_of(self).live().public()

    def list_filters(self, request):
        return read_filters(
            PressFilterSet, request, self.releases().listed().order_by("-release_date", "-pk")
        )

    def release_years(self, releases=None) -> dict:
        """Each year with releases (of `releases`, else all) and how many."""
        if releases is not None:
            releases = self.releases().filter(pk__in=releases.values("pk"))
        releases = self.releases() if releases is None else releases
        years = releases.order_by().annotate(year=ExtractYear("release_date")).values_list("year")
        return dict(years.annotate(count=Count("pk")))

    @path("")
    def archive(self, request):
        return views.press_archive_view(self, request)


class PressReleaseQuerySet(PageQuerySet):
    def listed(self):
        """With what the archive's list reads of each release: its dateline, no long texts. Its
        topics and thumbnail are read for the items not kept alone (`read_for_items`)."""
        return self.defer_streamfields().select_related("dateline")


def read_for_items(releases):
    """What an archive item shows besides the release's own columns: its topics, and its images
    in order with their thumbnail renditions (the item shows the first)."""
    images = (
        PressReleaseImage.objects.order_by("sort_order", "pk")
        .select_related("image")
        .prefetch_related(LISTING_THUMBNAIL.renditions_of("image"))
    )
    prefetch_related_objects(
        releases,
        Prefetch("topics", queryset=PressTopic.objects.order_by("slug")),
        Prefetch("images", queryset=images, to_attr="listed_images"),
    )


class PressReleasePage(BasePage):
    page_cache_kind = "press"

    objects = PageManager.from_queryset(PressReleaseQuerySet)()

    translation_markers = ("title", "teaser")

    release_date = models.DateField(_("date"), default=datetime.date.today, db_index=True)
    dateline = models.ForeignKey(
        "organisations.Town",
        verbose_name=_("dateline"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The town the release comes from, e.g. Mettmann."),
    )
    subtitle = models.CharField(_("subtitle"), max_length=300, blank=True)
    teaser = models.TextField(_("teaser"), max_length=600, blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    publisher = models.CharField(_("publisher"), max_length=200, default="Pressestelle des Kreises Mettmann")
    contacts = ParentalManyToManyField(PressContact, verbose_name=_("press contacts"), blank=True)
    topics = ParentalManyToManyField(PressTopic, verbose_name=_("topics"), blank=True)
    related_organisations = ParentalManyToManyField(
        "organisations.OrganisationPage",
        verbose_name=_("related organisations"),
        blank=True,
        related_name="+",
    )
    related_events = ParentalManyToManyField(
        "calendar.EventPage", verbose_name=_("related events"), blank=True, related_name="+"
    )
    correction_note = models.TextField(
        _("update or correction"),
        blank=True,
        max_length=600,
        help_text=_("What was changed after the first publication; shown at the top of the release."),
    )
    corrected_at = models.DateTimeField(_("corrected on"), null=True, blank=True)

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("subtitle"),
        FieldRowPanel([FieldPanel("release_date"), FieldPanel("dateline")]),
        FieldPanel("teaser"),
        FieldPanel("body"),
        InlinePanel("images", label=_("Images")),
        InlinePanel("attachments", label=_("Attachments")),
        MultiFieldPanel(
            [
                FieldPanel("publisher"),
                FieldPanel("contacts", widget=forms.CheckboxSelectMultiple),
                FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
                FieldPanel("related_organisations", widget=RelatedPagesWidget("organisations")),
                FieldPanel("related_events", widget=RelatedPagesWidget("events")),
            ],
            heading=_("Publisher, contacts and topics"),
        ),
        MultiFieldPanel([FieldPanel("correction_note"), FieldPanel("corrected_at")], heading=_("Correction")),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("subtitle"),
        index.SearchField("teaser"),
        index.SearchField("body"),
        index.FilterField("release_date"),
    ]

    parent_page_types = ["press.PressArchivePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("press release")
        verbose_name_plural = _("press releases")
        ordering = ["-release_date"]

    @classmethod
    def serving_queryset(cls):
        """The release as its page reads it (home.languages.routing): with its dateline's town.
        Its pictures, attachments, contacts, topics and related pages are read where they are
        shown, in the parts of its page that are kept (press_release_page.html)."""
        return cls.objects.select_related("dateline")

    @cached_property
    def gallery(self):
        """The release's pictures with their renditions, read once per visit for the gallery,
        the social-media preview and the structured data alike (also a draft's, in a preview)."""
        images = self.images.order_by("sort_order", "pk").select_related("image")
        return list(images.prefetch_related(BODY_IMAGE.renditions_of("image")))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Not read yet: only where the kept article is rendered (press_release_page.html).
        context["attachments"] = self.attachments.select_related("document")
        context["contacts"] = self.contacts.all()
        context["topics"] = self.topics.all()
        return context

    def related_pages_shown(self, request):
        """The organisations and events the release names that a visitor may see. Their titles
        and addresses appear on the page: a change to them renews it."""
        organisations = list(live_and_public(self.related_organisations))
        events = list(live_and_public(self.related_events))
        add_cache_tags(request, tags_for_pages_shown(organisations + events))
        return {"organisations": organisations, "events": events}


class PressReleaseImage(Orderable):
    release = ParentalKey(PressReleasePage, on_delete=models.CASCADE, related_name="images")
    image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL, verbose_name=_("image"), on_delete=models.CASCADE
    )
    caption = models.CharField(_("caption"), max_length=300, blank=True)

    panels = [FieldPanel("image"), FieldPanel("caption")]


class PressReleaseAttachment(Orderable):
    release = ParentalKey(PressReleasePage, on_delete=models.CASCADE, related_name="attachments")
    document = models.ForeignKey("wagtaildocs.Document", verbose_name=_("document"), on_delete=models.CASCADE)
    label = models.CharField(_("link text"), max_length=200, blank=True)

    panels = [FieldPanel("document"), FieldPanel("label")]
