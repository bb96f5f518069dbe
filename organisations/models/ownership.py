"""Pages that belong to an organisation know it, so that listings filter by an index."""

from django.apps import apps
from django.db import models
from django.utils.translation import gettext_lazy as _


class OrganisationOwnedMixin(models.Model):
    """Denormalises the organisation from the page's ancestors on every save.

    News, events and content pages under an organisation's subsite use it;
    listings then filter by `organisation_id` instead of walking the tree.
    """

    organisation = models.ForeignKey(
        "organisations.OrganisationPage",
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if self.path:
            self.organisation_id = self.find_organisation_id()
            update_fields = kwargs.get("update_fields")
            if update_fields is not None and "organisation" not in update_fields:
                kwargs["update_fields"] = [*update_fields, "organisation"]
        return super().save(*args, **kwargs)

    @property
    def owning_organisation(self):
        """The organisation whose editors' rules apply to this page (organisations/access/)."""
        return self.organisation if self.organisation_id else None

    def find_organisation_id(self):
        # Looked up by name: the organisation page's module imports this one.
        organisation_page = apps.get_model("organisations", "OrganisationPage")
        return (
            organisation_page.objects.filter(path__in=self._ancestor_paths())
            .values_list("pk", flat=True)
            .first()
        )

    def _ancestor_paths(self):
        steplen = self.steplen
        return [self.path[:end] for end in range(steplen, len(self.path), steplen)]

    def offered_languages(self):
        if self.organisation is not None:
            return self.organisation.offered_languages()
        return super().offered_languages()
