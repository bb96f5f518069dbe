"""What visitors filter the directory by: towns, fields of activity, communities, languages."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Town(models.Model):
    """One of the ten towns of the district (Kreis Mettmann)."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), unique=True)

    class Meta:
        ordering = ["slug"]
        verbose_name = _("town")
        verbose_name_plural = _("towns")

    def __str__(self):
        return self.name


class FieldOfActivity(models.Model):
    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), unique=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=100)

    class Meta:
        ordering = ["sort_order", "slug"]
        verbose_name = _("field of activity")
        verbose_name_plural = _("fields of activity")

    def __str__(self):
        return self.name


class Community(models.Model):
    """A community or origin an organisation belongs to, e.g. “Turkish” or “Eritrean”."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), unique=True)

    class Meta:
        ordering = ["slug"]
        verbose_name = _("community")
        verbose_name_plural = _("communities")

    def __str__(self):
        return self.name


class SpokenLanguage(models.Model):
    """A language spoken in an organisation; more than the portal's own eleven."""

    code = models.SlugField(_("language code"), max_length=10, unique=True)
    name = models.CharField(_("name"), max_length=100)
    name_local = models.CharField(_("name in the language itself"), max_length=100)

    class Meta:
        ordering = ["code"]
        verbose_name = _("spoken language")
        verbose_name_plural = _("spoken languages")

    def __str__(self):
        return self.name
