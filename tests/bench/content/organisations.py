"""The benchmark's organisations: copies of the demo subsites, spread over the district's towns.

A copy keeps its demo organisation's texts, logo, cover image, taxonomy,
social links and content pages. A third of them publish in three to five
languages, as the larger associations do; where the demo organisation has no
text in such a language, its German text stands in for the translation.
Editor groups and collections are left out: the benchmark measures what
visitors see, not the admin.
"""

from home.languages import DEFAULT_LANGUAGE, LANGUAGE_CODES
from organisations.models import OrganisationContentPage, OrganisationIndexPage, OrganisationPage, Town
from tests.bench.bulk import bulk_create_pages
from tests.bench.content.base import copied_fields, copy_children, copy_many_to_many, demo_pages

TRANSLATED_SHARE = 3
MANY_TO_MANY = ("fields_of_activity", "communities", "spoken_languages", "towns_served")


def build_organisations(plan, log):
    missing = plan.organisations - OrganisationPage.objects.count()
    if missing <= 0:
        return
    rng = plan.rng("organisations")
    directory = OrganisationIndexPage.objects.get()
    templates = demo_pages(OrganisationPage.objects.child_of(directory))
    towns = list(Town.objects.all())
    start = OrganisationPage.objects.count()
    planned = []
    for number in range(start, start + missing):
        template = templates[number % len(templates)]
        fields = copied_fields(template, number=number, numbered_title=True)
        fields["town_id"] = rng.choice(towns).pk
        if number % TRANSLATED_SHARE == 0:
            _publish_in_more_languages(fields, template, rng)
        planned.append((template, fields))
    copies = bulk_create_pages(directory, OrganisationPage, [fields for _template, fields in planned])
    pairs = [(template, copy) for (template, _fields), copy in zip(planned, copies, strict=True)]
    for name in MANY_TO_MANY:
        copy_many_to_many(pairs, name)
    copy_children(pairs, "social_links")
    pages = sum(_copy_content_pages(template, copy) for template, copy in pairs)
    log(f"Added {len(copies)} organisations with {pages} pages of their own.")


def _publish_in_more_languages(fields, template, rng):
    others = [code for code in LANGUAGE_CODES if code != DEFAULT_LANGUAGE]
    languages = sorted(set(template.publication_languages or []) | set(rng.sample(others, rng.randint(3, 5))))
    fields["publication_languages"] = languages
    for code in languages:
        column = f"short_description_{code}"
        fields[column] = fields.get(column) or template.short_description_de


def _copy_content_pages(template, organisation):
    children = demo_pages(OrganisationContentPage.objects.child_of(template))
    if not children:
        return 0
    planned = []
    for child in children:
        fields = copied_fields(child)
        fields["organisation_id"] = organisation.pk
        planned.append(fields)
    bulk_create_pages(organisation, OrganisationContentPage, planned)
    return len(planned)
