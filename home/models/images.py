"""The portal's image model: every image carries its credit and licence.

Volunteers upload photos from events and partners; the portal must be able
to name the photographer wherever an image is shown.
"""

import functools

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.images.models import AbstractImage, AbstractRendition, Filter, Image


@functools.lru_cache(maxsize=256)
def parsed_filter(spec: str) -> Filter:
    """One Filter per spec for the process: it parses its operations once, on first use.

    Wagtail's image tags make new Filters on every render, and each parsed its spec again to
    find its rendition (~60 µs a rendition: a directory page of twenty logos in three widths
    spent 3.6 ms on it). A Filter and its operations are not changed once parsed.
    """
    return Filter(spec=spec)


class PortalImage(AbstractImage):
    credit = models.CharField(
        _("credit"),
        max_length=255,
        blank=True,
        help_text=_("Photographer or source, shown with the image, e.g. “Foto: Kreis Mettmann”."),
    )
    licence = models.CharField(
        _("licence"),
        max_length=255,
        blank=True,
        help_text=_("For example “CC BY 4.0” or “all rights reserved”."),
    )

    # The alt text (Wagtail's "description") is translated; its German version is required.
    admin_form_fields = (
        *(field for field in Image.admin_form_fields if field != "description"),
        *(f"description_{code}" for code, _name in settings.LANGUAGES),
        "credit",
        "licence",
    )

    def clean_filter_for_svg(self, filter):
        # Every rendition looked up passes here (get_rendition, get_renditions).
        return parsed_filter(super().clean_filter_for_svg(filter).spec)

    def get_renditions(self, *filters):
        """The renditions of a srcset, without one that is no wider than the one before it.

        An image narrower than the largest width of `fill-{320x180,480x270,640x360}` is not
        enlarged, so two renditions come out equally wide; a `srcset` naming one width twice
        is invalid HTML (the Nu HTML Checker refuses it) and gives the browser nothing to choose.
        """
        renditions = super().get_renditions(*filters)
        kept, widest = {}, 0
        for spec, rendition in renditions.items():
            if not kept or rendition.width > widest:
                kept[spec] = rendition
                widest = rendition.width
        return kept

    def save(self, *args, **kwargs):
        from home.image_metadata import clean_upload

        # Location and camera details go before the file is stored (home.image_metadata).
        if clean_upload(self):
            self._set_image_file_metadata()
        super().save(*args, **kwargs)

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")


class PortalRendition(AbstractRendition):
    image = models.ForeignKey(PortalImage, on_delete=models.CASCADE, related_name="renditions")

    def img_tag(self, extra_attributes=None):
        attributes = dict(extra_attributes or {})
        # A small image leaves one file of a srcset (see PortalImage.get_renditions); its
        # `sizes` then has no srcset to size, which HTML forbids.
        if "srcset" not in attributes:
            attributes.pop("sizes", None)
        return super().img_tag(attributes)

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
