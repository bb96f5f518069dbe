"""For the migrations that add BasePage.last_checked: a published page counts as checked on the
day it was last published. Kept free of model imports, as migrations run on historical models."""

from django.utils import timezone


def checked_when_last_published(*model_labels):
    def fill(apps, schema_editor):
        for label in model_labels:
            model = apps.get_model(label)
            pages = list(model.objects.filter(last_published_at__isnull=False).only("last_published_at"))
            for page in pages:
                page.last_checked = timezone.localdate(page.last_published_at)
            model.objects.bulk_update(pages, ["last_checked"])

    return fill
