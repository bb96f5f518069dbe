"""Demo content of the organisations: directory, 23 subsites, partners, moderator and editors."""

from django.utils import translation

from home.demo.builders import add_child_once, demo_image, demo_user, set_translated, stream
from home.languages import DEFAULT_LANGUAGE
from home.models import PortalHomePage
from organisations.access.roles import ensure_moderation_setup, moderators_group
from organisations.applications.decisions import fingerprint
from organisations.applications.provisioning import OrganisationDetails, provision_organisation
from organisations.demo.directory_texts import APPLICATIONS, DIRECTORY, PARTNERS, PARTNERS_PAGE
from organisations.demo.organisation_texts import ORGANISATIONS
from organisations.models import (
    Community,
    FieldOfActivity,
    OrganisationApplication,
    OrganisationContentPage,
    OrganisationIndexPage,
    OrganisationPage,
    OrganisationSocialLink,
    Partner,
    PartnersPage,
    SpokenLanguage,
    Town,
)


def build_organisations(log):
    home = PortalHomePage.objects.get()
    directory = _translated_page(home, OrganisationIndexPage, DIRECTORY, log)
    _translated_page(home, PartnersPage, PARTNERS_PAGE, log)
    _partners(log)
    ensure_moderation_setup(home)

    created = 0
    organisations = []
    for data in ORGANISATIONS:
        organisation = OrganisationPage.objects.child_of(directory).filter(slug_de=data["slug"]).first()
        if organisation is None:
            organisation = _organisation(directory, data)
            created += 1
        organisations.append(organisation)
    if created:
        log(f"Created {created} organisations with their pages, groups and collections.")

    moderator = demo_user(
        "moderation", email="moderation@mokme.example", first_name="Portal", last_name="Moderation"
    )
    moderator.groups.add(moderators_group())
    first, second = organisations[0], organisations[1]
    editor_a = demo_user(
        "redaktion-a", email="redaktion-a@mokme.example", first_name="Redaktion", last_name="A"
    )
    editor_a.groups.add(first.editor_group)
    editor_b = demo_user(
        "redaktion-b", email="redaktion-b@mokme.example", first_name="Redaktion", last_name="B"
    )
    editor_b.groups.add(second.editor_group)
    _applications()
    return {
        "directory": directory,
        "organisations": organisations,
        "logins": [
            ("moderation", "Moderator (Portal-Moderation)"),
            ("redaktion-a", f"Editor of {first.title}"[:60]),
            ("redaktion-b", f"Editor of {second.title}"[:60]),
        ],
    }


def _translated_page(parent, model, texts, log):
    page = model(show_in_menus=True)
    for field in ("title", "slug", "intro"):
        set_translated(page, field, {code: values[field] for code, values in texts.items()})
    page.title = texts[DEFAULT_LANGUAGE]["title"]
    page.slug = texts[DEFAULT_LANGUAGE]["slug"]
    page, created = add_child_once(parent, page)
    if created:
        log(f"Created “{page.title_de}”.")
    return page


def _partners(log):
    if Partner.objects.exists():
        return
    for number, (name, kind, url, description) in enumerate(PARTNERS):
        Partner.objects.create(
            name=name,
            kind=kind,
            url=url,
            description=description,
            sort_order=number,
            logo=demo_image(f"Logo {name}", seed=100 + number, size=(480, 240)),
        )
    log(f"Created {len(PARTNERS)} partners.")


def _organisation(directory, data):
    details = OrganisationDetails(
        name=data["name"],
        slug=data["slug"],
        town=Town.objects.get(slug=data["town"]),
        short_description=data["short_description"][DEFAULT_LANGUAGE],
        email=data["email"],
        phone=data["phone"],
        publication_languages=data["publication_languages"],
        fields_of_activity=list(FieldOfActivity.objects.filter(slug__in=data["fields"])),
        communities=list(Community.objects.filter(slug__in=data["communities"])),
        spoken_languages=list(SpokenLanguage.objects.filter(code__in=data["spoken_languages"])),
        towns_served=list(Town.objects.filter(slug__in=data["towns_served"])),
        trusted=data["trusted"],
    )
    organisation = provision_organisation(details, directory=directory)
    with translation.override(DEFAULT_LANGUAGE):
        organisation = OrganisationPage.objects.get(pk=organisation.pk)
        organisation.street = data["street"]
        organisation.postcode = data["postcode"]
        organisation.founded_year = data["founded"]
        organisation.website = data["website"]
        set_translated(organisation, "short_description", data["short_description"])
        set_translated(organisation, "office_hours", data.get("office_hours") or {})
        set_translated(organisation, "body", {code: stream(blocks) for code, blocks in data["body"].items()})
        organisation.social_links = [
            OrganisationSocialLink(platform=platform, url=url) for platform, url in data.get("social", [])
        ]
        seed = sum(map(ord, data["slug"]))
        organisation.logo = demo_image(f"Logo {data['name']}", seed=seed, size=(320, 320))
        organisation.cover_image = demo_image(f"Titelbild {data['name']}", seed=seed + 1, size=(1280, 400))
        for image in (organisation.logo, organisation.cover_image):
            image.collection = organisation.collection
            image.save(update_fields=["collection"])
        organisation.save_revision().publish()
        for page_data in data["pages"]:
            page = OrganisationContentPage()
            for field in ("title", "slug", "intro"):
                set_translated(page, field, page_data.get(field, {}))
            set_translated(page, "body", {code: stream(blocks) for code, blocks in page_data["body"].items()})
            page.title = page_data["title"][DEFAULT_LANGUAGE]
            page.slug = page_data["slug"][DEFAULT_LANGUAGE]
            add_child_once(organisation, page)
    return organisation


def _applications():
    for data in APPLICATIONS:
        print_ = fingerprint(data["name"], data["email"])
        if OrganisationApplication.objects.filter(fingerprint=print_).exists():
            continue
        application = OrganisationApplication.objects.create(
            name=data["name"],
            contact_name=data["contact_name"],
            email=data["email"],
            town=Town.objects.get(slug=data["town"]),
            description=data["description"],
            consent=True,
            language=data["language"],
            fingerprint=print_,
        )
        application.communities.set(Community.objects.filter(slug__in=data["communities"]))
        application.fields_of_activity.set(FieldOfActivity.objects.filter(slug__in=data["fields"]))
