"""Trust moves off the organisation page, out of its revisions, keeping each organisation's
current value."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def copy_trust(apps, schema_editor):
    OrganisationPage = apps.get_model("organisations", "OrganisationPage")
    OrganisationTrust = apps.get_model("organisations", "OrganisationTrust")
    OrganisationTrust.objects.bulk_create(
        OrganisationTrust(organisation_id=pk, is_trusted=trusted)
        for pk, trusted in OrganisationPage.objects.values_list("pk", "is_trusted")
    )


def copy_trust_back(apps, schema_editor):
    OrganisationPage = apps.get_model("organisations", "OrganisationPage")
    OrganisationTrust = apps.get_model("organisations", "OrganisationTrust")
    trusted = OrganisationTrust.objects.filter(is_trusted=True).values("organisation_id")
    OrganisationPage.objects.filter(pk__in=trusted).update(is_trusted=True)


class Migration(migrations.Migration):
    dependencies = [
        ("organisations", "0003_social_link_web_address"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name="OrganisationTrust",
            fields=[
                (
                    "organisation",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        primary_key=True,
                        related_name="trust",
                        serialize=False,
                        to="organisations.organisationpage",
                        verbose_name="organisation",
                    ),
                ),
                (
                    "is_trusted",
                    models.BooleanField(
                        default=False,
                        help_text="Trusted organisations publish directly; others go through moderation.",
                        verbose_name="trusted",
                    ),
                ),
                ("changed_at", models.DateTimeField(auto_now=True, verbose_name="changed")),
                (
                    "changed_by",
                    models.ForeignKey(
                        blank=True,
                        editable=False,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                        verbose_name="changed by",
                    ),
                ),
            ],
            options={
                "verbose_name": "trust of an organisation",
                "verbose_name_plural": "trust of organisations",
                "ordering": ["organisation__title"],
            },
        ),
        migrations.RunPython(copy_trust, copy_trust_back),
        migrations.RemoveField(model_name="organisationpage", name="is_trusted"),
    ]
