"""The directory, the organisations' subsites and their content pages."""

import datetime

from django import forms
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator, RegexValidator
from django.db import models
from django.db.models import prefetch_related_objects
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Collection, Orderable
from wagtail.search import index

from home.blocks import BodyBlock
from home.filtered_lists import read_filters, with_list_status
from home.images import ORGANISATION_LOGO, SHARE_IMAGE, SUBSITE_COVER, prefetch_renditions_of
from home.languages import DEFAULT_LANGUAGE, LANGUAGE_CODES
from home.languages.reading import columns_read
from home.models import BasePage
from organisations.access.page_forms import OrganisationLanguagesForm
from organisations.contact import contact_view
from organisations.directory import DirectoryFilterSet, directory_context, listed
from organisations.fields import LanguageCodesField

from .freshness import shown_in_directory, stale_before
from .ownership import OrganisationOwnedMixin
from .trust import OrganisationTrust

MODERATE_PERMISSION = "organisations.moderate_organisations"


class OrganisationIndexPage(BasePage):
    """The directory: every live organisation, filterable and in A–Z order."""

    page_cache_listings = ("organisations",)

    # The filters and the page number; any other query is rendered but never stored.
    page_cache_parameters = frozenset({*DirectoryFilterSet.base_filters, "page"})

    translation_markers = ("title", "intro")

    intro = models.TextField(_("introduction"), blank=True, max_length=800)

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]

    parent_page_types = ["home.PortalHomePage"]
    subpage_types = ["organisations.OrganisationPage"]
    max_count = 1

    class Meta:
        verbose_name = _("organisation directory")

    def list_filters(self, request):
        return read_filters(DirectoryFilterSet, request, listed(directory_organisations()))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(directory_context(self, request))
        return context

    def serve(self, request, *args, **kwargs):
        return with_list_status(super().serve(request, *args, **kwargs))


class OrganisationPage(RoutablePageMixin, BasePage):
    """An organisation's subsite, edited by its own volunteers."""

    page_cache_kind = "organisations"
    # The subsite home shows the organisation's own events, news and pages.
    page_cache_lists_subtree = True

    translation_markers = ("title", "short_description")

    short_description = models.TextField(
        _("short description"),
        max_length=400,
        blank=True,
        help_text=_("One or two sentences shown in the directory."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("about the organisation"), blank=True)
    logo = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    cover_image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    founded_year = models.PositiveSmallIntegerField(
        _("year founded"), null=True, blank=True, validators=[MinValueValidator(1900)]
    )
    street = models.CharField(_("street and number"), max_length=200, blank=True)
    postcode = models.CharField(
        _("postcode"),
        max_length=5,
        blank=True,
        validators=[RegexValidator(r"^\d{5}$", _("Enter a postcode of five digits."))],
    )
    town = models.ForeignKey(
        "organisations.Town",
        verbose_name=_("town"),
        on_delete=models.PROTECT,
        related_name="seated_organisations",
    )
    email = models.EmailField(
        _("email"), blank=True, help_text=_("Receives the messages of the contact form.")
    )
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    website = models.URLField(_("website"), blank=True)
    office_hours = models.TextField(_("office hours"), blank=True, max_length=600)
    publication_languages = LanguageCodesField(
        _("languages of this subsite"),
        help_text=_("The languages besides German in which the organisation publishes its pages."),
    )
    fields_of_activity = ParentalManyToManyField(
        "organisations.FieldOfActivity", verbose_name=_("fields of activity"), blank=True
    )
    communities = ParentalManyToManyField(
        "organisations.Community", verbose_name=_("communities"), blank=True
    )
    spoken_languages = ParentalManyToManyField(
        "organisations.SpokenLanguage", verbose_name=_("languages spoken"), blank=True
    )
    towns_served = ParentalManyToManyField(
        "organisations.Town", verbose_name=_("towns served"), blank=True, related_name="served_by"
    )
    editor_group = models.ForeignKey(
        Group, null=True, blank=True, editable=False, on_delete=models.SET_NULL, related_name="+"
    )
    collection = models.ForeignKey(
        Collection, null=True, blank=True, editable=False, on_delete=models.SET_NULL, related_name="+"
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("short_description"),
        FieldRowPanel([FieldPanel("logo"), FieldPanel("cover_image")], heading=_("Images")),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("street"),
                FieldRowPanel([FieldPanel("postcode"), FieldPanel("town")]),
                FieldPanel("email"),
                FieldPanel("phone"),
                FieldPanel("website"),
                InlinePanel("social_links", label=_("Social media")),
                FieldPanel("office_hours"),
            ],
            heading=_("Address and contact"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("founded_year"),
                FieldPanel("fields_of_activity", widget=forms.CheckboxSelectMultiple),
                FieldPanel("communities", widget=forms.CheckboxSelectMultiple),
                FieldPanel("spoken_languages", widget=forms.CheckboxSelectMultiple),
                FieldPanel("towns_served", widget=forms.CheckboxSelectMultiple),
                FieldPanel("publication_languages"),
            ],
            heading=_("Profile"),
        ),
    ]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("short_description"),
        index.SearchField("body"),
        index.FilterField("town"),
    ]

    base_form_class = OrganisationLanguagesForm

    parent_page_types = ["organisations.OrganisationIndexPage"]
    # News and events are the events app's; named as strings, not imported.
    subpage_types = ["organisations.OrganisationContentPage", "news.NewsPage", "calendar.EventPage"]

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        permissions = [("moderate_organisations", _("Can moderate organisations"))]

    def clean(self):
        super().clean()
        if self.founded_year and self.founded_year > datetime.date.today().year:
            raise ValidationError({"founded_year": _("The year founded cannot lie in the future.")})

    @property
    def is_stale(self) -> bool:
        """Not confirmed for a year: the directory marks (or hides) the profile."""
        return self.last_checked is not None and self.last_checked <= stale_before()

    @property
    def is_trusted(self) -> bool:
        """Read from OrganisationTrust, which stays out of the page's revisions."""
        return OrganisationTrust.objects.filter(organisation_id=self.pk, is_trusted=True).exists()

    @property
    def owning_organisation(self):
        """An organisation's own page belongs to it (organisations/access/page_forms.py)."""
        return self

    def offered_languages(self):
        chosen = set(self.publication_languages or [])
        return tuple(code for code in LANGUAGE_CODES if code == DEFAULT_LANGUAGE or code in chosen)

    # What the profile, its structured data and the subsite header show on every subsite page.
    PROFILE_RELATIONS = (
        "towns_served",
        "spoken_languages",
        "social_links",
        "fields_of_activity",
        "communities",
    )

    def with_profile(self, request):
        """This organisation with its profile's lists read once, not once per place that shows them.

        Not in a preview: there the lists are the editor's unsaved choices, held in memory.
        """
        previewed = getattr(request, "is_preview", False)
        if self.pk and not previewed and not getattr(self, "_profile_read", False):
            prefetch_related_objects([self], *self.PROFILE_RELATIONS)
            self._profile_read = True
        return self.with_header_images()

    def with_header_images(self):
        """This organisation with the logo and cover of its subsite header and their renditions read
        in one query (the images come with the page from `serving_queryset`), not two per image."""
        if getattr(self, "_header_images_read", False):
            return self
        self._header_images_read = True
        unread = {
            name: getattr(self, f"{name}_id")
            for name in ("logo", "cover_image")
            if getattr(self, f"{name}_id") and not self._meta.get_field(name).is_cached(self)
        }
        if unread:
            images = get_image_model().objects.in_bulk(unread.values())
            for name, image_id in unread.items():
                if image_id in images:
                    setattr(self, name, images[image_id])
        # The share picture too: an event or news item without its own picture shows the organisation's.
        prefetch_renditions_of([self.logo, self.cover_image], ORGANISATION_LOGO, SUBSITE_COVER, SHARE_IMAGE)
        return self

    @classmethod
    def serving_queryset(cls):
        # The subsite header's address names the town (home.languages.routing).
        return cls.objects.select_related("town", "logo", "cover_image")

    @cached_property
    def subsite_pages(self):
        """The organisation's own pages for the subsite navigation: of each only what a link to
        it reads, its title and address in the visitor's language and German (all columns of a
        content page in eleven languages cost a subsite visit ~2 ms to compile and convert)."""
        return list(
            OrganisationContentPage.objects.child_of(self)
            .live()
            .public()
            .only("path", "depth", *columns_read("title", "url_path"))
            .order_by("path")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Its profile's lists, its header's pictures and its head's feed links are read where they
        # are rendered (organisation_profile, subsite_header, subsite_head): not on a visit that
        # finds them kept.
        context["organisation"] = self
        # News and events add their sections through this hook, so that this
        # app does not import them.
        context["subsite_sections"] = [
            section
            for hook in hooks.get_hooks("organisation_page_sections")
            if (section := hook(request, self)) is not None
        ]
        return context

    @path("")
    def subsite_home(self, request):
        return self.render(request)

    @path("contact/")
    def contact(self, request):
        return contact_view(self, request)


class OrganisationSocialLink(Orderable):
    PLATFORMS = [
        ("facebook", "Facebook"),
        ("instagram", "Instagram"),
        ("youtube", "YouTube"),
        ("tiktok", "TikTok"),
        ("x", "X"),
        ("mastodon", "Mastodon"),
        ("telegram", "Telegram"),
        ("whatsapp", "WhatsApp"),
    ]

    organisation = ParentalKey(OrganisationPage, on_delete=models.CASCADE, related_name="social_links")
    platform = models.CharField(_("platform"), max_length=20, choices=PLATFORMS)
    url = models.URLField(_("web address (URL)"))

    panels = [FieldRowPanel([FieldPanel("platform"), FieldPanel("url")])]

    class Meta(Orderable.Meta):
        verbose_name = _("social media link")


class OrganisationContentPage(OrganisationOwnedMixin, BasePage):
    """“About us”, “Offers”, “Youth group” and the like on an organisation's subsite."""

    # Every page of the subsite lists it in the subsite menu.
    page_cache_in_parent_navigation = True

    translation_markers = ("title", "intro")

    intro = models.TextField(_("introduction"), blank=True, max_length=800)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro"), index.SearchField("body")]

    base_form_class = OrganisationLanguagesForm

    parent_page_types = ["organisations.OrganisationPage", "organisations.OrganisationContentPage"]
    subpage_types = ["organisations.OrganisationContentPage"]

    class Meta:
        verbose_name = _("organisation page")
        verbose_name_plural = _("organisation pages")

    @classmethod
    def serving_queryset(cls):
        # The subsite header names the organisation and its town (home.languages.routing).
        return cls.objects.select_related(
            "organisation", "organisation__town", "organisation__logo", "organisation__cover_image"
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        organisation = self.organisation
        # Its header only (its pictures read where it is rendered, subsite_header): a page of the
        # subsite shows no profile (its lists were read for nothing).
        context["organisation"] = organisation
        return context


def directory_organisations():
    """The organisations the directory lists: live, public and not hidden while stale.

    Every organisation page is a child of the portal's one directory (OrganisationPage's
    parent_page_types, the directory's max_count), so the list needs no tree filter. Wagtail's
    child_of compares path prefixes, which no index answers: PostgreSQL read every page of the
    portal for it (at district scale 9 of the home page's 46 ms in the database, and as much
    again for each of its town counts).
    """
    return shown_in_directory(OrganisationPage.objects.live().public())
