"""The ten towns, the fields of activity, communities and spoken languages the directory filters by."""

from django.db import migrations

from organisations.taxonomy_data import seed_taxonomy


def seed(apps, schema_editor):
    seed_taxonomy(
        apps.get_model("organisations", "Town"),
        apps.get_model("organisations", "FieldOfActivity"),
        apps.get_model("organisations", "Community"),
        apps.get_model("organisations", "SpokenLanguage"),
    )


class Migration(migrations.Migration):
    dependencies = [("organisations", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
