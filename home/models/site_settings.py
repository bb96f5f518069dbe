"""Site-wide settings edited in the admin: the footer's contacts and legal links."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="site")
class PortalSettings(BaseSiteSetting):
    # No defaults on translated fields: modeltranslation would copy a German
    # default into every language and hide that the text is not translated.
    integration_office_name = models.CharField(_("integration office"), max_length=200, blank=True)
    integration_office_address = models.TextField(_("address"), blank=True)
    integration_office_phone = models.CharField(_("phone"), max_length=50, blank=True)
    integration_office_email = models.EmailField(_("email"), blank=True)
    press_office_name = models.CharField(_("press office"), max_length=200, blank=True)
    press_office_phone = models.CharField(_("phone"), max_length=50, blank=True)
    press_office_email = models.EmailField(_("email"), blank=True)

    imprint_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("imprint"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy policy"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("accessibility statement"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    easy_language_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("easy language (Leichte Sprache)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    # The footer shows these on every page: fetch them with the settings row.
    select_related = ["imprint_page", "privacy_page", "accessibility_page", "easy_language_page"]

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("integration_office_name"),
                FieldPanel("integration_office_address"),
                FieldPanel("integration_office_phone"),
                FieldPanel("integration_office_email"),
            ],
            heading=_("Integration office"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("press_office_name"),
                FieldPanel("press_office_phone"),
                FieldPanel("press_office_email"),
            ],
            heading=_("Press office"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("imprint_page"),
                FieldPanel("privacy_page"),
                FieldPanel("accessibility_page"),
                FieldPanel("easy_language_page"),
            ],
            heading=_("Legal links"),
        ),
    ]

    class Meta:
        verbose_name = _("portal settings")

    def legal_pages(self):
        return [
            page
            for page in (
                self.imprint_page,
                self.privacy_page,
                self.accessibility_page,
                self.easy_language_page,
            )
            if page is not None and page.live
        ]
