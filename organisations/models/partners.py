"""The portal's partners: towns, welfare associations, integration councils, the KI."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from home.images import PARTNER_LOGO
from home.models import BasePage


class Partner(index.Indexed, models.Model):
    class Kind(models.TextChoices):
        TOWN = "town", _("Town")
        WELFARE = "welfare", _("Welfare association")
        INTEGRATION_COUNCIL = "council", _("Integration council")
        INTEGRATION_CENTRE = "centre", _("Municipal integration centre")
        OTHER = "other", _("Other partner")

    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, db_index=True)
    description = models.TextField(_("description"), blank=True, max_length=600)
    logo = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    url = models.URLField(_("website"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=100)

    panels = [
        FieldPanel("name"),
        FieldPanel("kind"),
        FieldPanel("description"),
        FieldPanel("logo"),
        FieldPanel("url"),
        FieldPanel("sort_order"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["kind", "sort_order", "name"]
        verbose_name = _("partner")
        verbose_name_plural = _("partners")

    def __str__(self):
        return self.name


class PartnersPage(BasePage):
    """Lists the partners grouped by kind."""

    intro = models.TextField(_("introduction"), blank=True, max_length=800)

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]

    parent_page_types = ["home.PortalHomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("partners page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        partners = (
            Partner.objects.select_related("logo")
            .prefetch_related(PARTNER_LOGO.renditions_of("logo"))
            .order_by("kind", "sort_order", "name")
        )
        groups = {kind: [] for kind, _label in Partner.Kind.choices}
        for partner in partners:
            groups[partner.kind].append(partner)
        context["partner_groups"] = [
            (label, groups[kind]) for kind, label in Partner.Kind.choices if groups[kind]
        ]
        return context
