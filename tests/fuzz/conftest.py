"""A small but complete portal, built once per test module, and the catalogue of its public routes.

The catalogue is read from the URLconf and from the sub-routes of every routable
page in the site, so a new public route is fuzzed (or reported missing) without
anyone having to remember this folder.
"""

import datetime
import re
from dataclasses import dataclass, field

import pytest

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.db import transaction
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import timezone, translation

from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, Page, PageViewRestriction, get_page_models

from events.calendar.models import EventPage
from events.press.models import PressTopic
from events.registration import tokens
from events.registration.models import Registration, RegistrationSettings
from home.languages.alternates import page_url
from organisations.access.roles import ensure_moderation_setup, moderators_group
from organisations.models import Community, FieldOfActivity, Partner, SpokenLanguage, Town
from organisations.taxonomy_data import seed_taxonomy
from tests.factories import (
    EventCalendarPageFactory,
    EventPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    OrganisationContentPageFactory,
    OrganisationIndexPageFactory,
    OrganisationPageFactory,
    PartnersPageFactory,
    PortalHomePageFactory,
    PressArchivePageFactory,
    PressReleasePageFactory,
    StandardPageFactory,
)

# German is the default, Arabic the right-to-left case; "" marks language-neutral addresses.
LANGUAGES = ("de", "ar")
NEUTRAL = ""

CALENDAR_FILTERS = ("town", "organisation", "field", "language", "free", "when", "page")
PRESS_FILTERS = ("q", "year", "month", "topic", "town", "organisation", "page")
# What each view reads from the query string, by URL name or "<PageModel>.<sub-route>".
VIEW_PARAMETERS = {
    "search": ("q", "kind", "page"),
    "barrier_report": ("page", "sent"),
    "organisation_apply": ("sent",),
    "wagtailcore_login": ("next",),
    "wagtailcore_authenticate_with_password": ("return_url",),
    "wagtaildocs_authenticate_with_password": ("return_url",),
    "OrganisationIndexPage": ("q", "town", "field", "community", "language", "page"),
    "OrganisationPage.contact": ("sent",),
    "EventCalendarPage.upcoming": CALENDAR_FILTERS,
    "EventCalendarPage.month": CALENDAR_FILTERS,
    "EventCalendarPage.day": CALENDAR_FILTERS,
    "EventCalendarPage.archive": CALENDAR_FILTERS,
    "EventCalendarPage.ical": CALENDAR_FILTERS,
    "EventCalendarPage.rss": CALENDAR_FILTERS,
    "EventCalendarPage.atom": CALENDAR_FILTERS,
    "NewsIndexPage.listing": ("organisation", "page"),
    "NewsIndexPage.rss": ("organisation",),
    "NewsIndexPage.atom": ("organisation",),
    "PressArchivePage.archive": PRESS_FILTERS,
    "PressArchivePage.rss": PRESS_FILTERS,
    "PressArchivePage.atom": PRESS_FILTERS,
}
# Names any view might read one day; every route gets them too.
COMMON_PARAMETERS = (
    "page", "q", "town", "organisation", "category", "language", "year", "month", "topic", "date",
    "view", "when", "free", "field", "community", "kind", "sent", "next", "lang",
)  # fmt: skip

# Left out of the URLconf's list: Wagtail's page serving, fuzzed through each page's own address.
SERVED_AS_PAGES = {"wagtail_serve"}


@dataclass(frozen=True)
class Route:
    """One public address in every language it exists in, with what its view reads."""

    name: str
    paths: dict  # language ("" = neutral) → path, with {placeholders} for numbers in the path
    parameters: tuple = ()
    form: dict | None = None  # field → a valid value, for the routes that take a POST
    numbers: dict = field(default_factory=dict)  # placeholder → a value that exists

    @property
    def placeholders(self):
        return tuple(self.numbers)

    def url(self, language, **numbers) -> str:
        return self.paths[language].format(**{**self.numbers, **numbers})


@dataclass
class FuzzSite:
    routes: dict  # name → Route
    real_values: tuple  # slugs and codes that exist, so filters also match something
    page_models: set  # the page types present in the site

    def route(self, name):
        return self.routes[name]

    @property
    def form_routes(self):
        return [route for route in self.routes.values() if route.form is not None]


def _placeholders(route_text: str) -> str:
    return re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", route_text)


def urlconf_routes(patterns=None, prefix=""):
    """(name, route text with {placeholders}) of every named pattern, admin and static files excluded."""
    found = []
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        text = prefix + str(pattern.pattern)
        if text.startswith(("admin/", "static/", "media/")):
            continue
        if isinstance(pattern, URLResolver):
            found.extend(urlconf_routes(pattern.url_patterns, text))
        elif isinstance(pattern, URLPattern) and pattern.name:
            found.append((pattern.name, text))
    return found


def routable_sub_routes(model):
    """(name, route text) of a routable page type's own addresses; Wagtail's alias of "" left out."""
    if not issubclass(model, RoutablePageMixin):
        return [("", "")]
    return [
        (pattern.name, str(pattern.pattern))
        for pattern in model.get_subpage_urls()
        if pattern.name != "index_route"
    ]


def public_route_names():
    """Names of all public routes, known without a database: for parametrising the tests."""
    names = {name for name, _text in urlconf_routes() if name not in SERVED_AS_PAGES}
    for model in get_page_models():
        if model.is_creatable:
            names |= {
                f"{model.__name__}.{sub}" if sub else model.__name__ for sub, _ in routable_sub_routes(model)
            }
    return sorted(names)


def _build_content():
    """Pages of every type, filters with values, a protected page and a document."""
    home = PortalHomePageFactory(title_ar="الصفحة الرئيسية")
    directory = OrganisationIndexPageFactory(parent=home, title_ar="المنظمات", slug_ar="almunazamat")
    culture = FieldOfActivity.objects.get(slug="culture")
    arabic = SpokenLanguage.objects.get(code="ar")
    community = Community.objects.order_by("pk").first()
    anatolia = OrganisationPageFactory(
        parent=directory,
        title="Anatolia Kulturverein",
        slug="anatolia",
        email="kontakt@anatolia.example",
        title_ar="جمعية الأناضول",
        fields_of_activity=[culture],
        spoken_languages=[arabic],
        communities=[community],
    )
    OrganisationPageFactory(
        parent=directory, title="Bereket Elternverein", slug="bereket", town=Town.objects.get(slug="velbert")
    )
    OrganisationContentPageFactory(parent=anatolia, title="Über uns", slug="ueber-uns")
    PartnersPageFactory(parent=home)
    Partner.objects.create(name="Stadt Hilden", kind=Partner.Kind.TOWN, url="https://www.hilden.de")
    about = StandardPageFactory(parent=home, title="Über das Portal", slug="ueber", title_ar="عن البوابة")
    protected = StandardPageFactory(parent=home, title="Intern", slug="intern")
    restriction = PageViewRestriction.objects.create(
        page=protected, restriction_type=PageViewRestriction.PASSWORD, password="geheim-1"
    )

    calendar = EventCalendarPageFactory(parent=home, title_ar="الفعاليات", slug_ar="alfaaliyat")
    soon = timezone.now() + datetime.timedelta(days=2)
    event = EventPageFactory(
        parent=calendar,
        title="Sprachcafé",
        slug="sprachcafe",
        organisation=anatolia,
        start=soon,
        fields_of_activity=[culture],
        event_languages=[arabic],
    )
    # Registration on the portal: its form, and the links of the mails (confirm, cancel).
    RegistrationSettings.objects.create(event=event, places=20)
    event = EventPage.objects.get(pk=event.pk)
    event.save_revision().publish()
    registered = Registration.objects.create(
        event=event, starts_at=event.start, name="Ayşe", phone="0211 1", status="confirmed", language="de"
    )
    unconfirmed = Registration.objects.create(
        event=event,
        starts_at=event.start,
        name="Bilal",
        email="bilal@example.org",
        status="unconfirmed",
        language="de",
    )
    EventPageFactory(
        parent=calendar,
        title="Elterntreff",
        slug="elterntreff",
        frequency="weekly",
        count=10,
        start=soon - datetime.timedelta(days=30),
    )
    news_index = NewsIndexPageFactory(parent=home)
    NewsPageFactory(parent=news_index, title="Neues Theaterprojekt", slug="theater", organisation=anatolia)
    archive = PressArchivePageFactory(parent=home)
    topic = PressTopic.objects.create(name="Integration", slug="integration")
    release = PressReleasePageFactory(
        parent=archive,
        title="Kreis fördert Vereine",
        slug="foerderung",
        dateline=Town.objects.get(slug="hilden"),
    )
    release.topics.set([topic])
    release.related_organisations.set([anatolia])
    release.save_revision().publish()

    # Applications notify the moderators: someone must be there to receive the mail.
    ensure_moderation_setup(home)
    moderator = get_user_model().objects.create_user(
        "moderatorin", "moderation@example.org", "pw-moderation-1"
    )
    moderator.groups.add(moderators_group())

    document = get_document_model().objects.create(
        title="Flyer", file=ContentFile(b"%PDF-1.4 fuzz", name="flyer-fuzz.pdf")
    )
    internal = Collection.get_first_root_node().add_child(name="Intern (Fuzz)")
    document_restriction = CollectionViewRestriction.objects.create(
        collection=internal, restriction_type=CollectionViewRestriction.PASSWORD, password="geheim-1"
    )
    minutes = get_document_model().objects.create(
        title="Protokoll", collection=internal, file=ContentFile(b"%PDF-1.4 intern", name="intern-fuzz.pdf")
    )
    return {
        "home": home,
        "about": about,
        "event": event,
        "anatolia": anatolia,
        "restriction": restriction,
        "protected": protected,
        "document": document,
        "files": [document, minutes],
        "document_restriction": document_restriction,
        "topic": topic,
        "registered": registered,
        "unconfirmed": unconfirmed,
    }


def _forms(content):
    town = Town.objects.get(slug="hilden")
    return {
        "barrier_report": {
            "page_url": "/de/",
            "description": "Der Kontrast ist zu schwach.",
            "name": "Ayşe",
            "email": "ayse@example.org",
        },
        "organisation_apply": {
            "name": "Neuer Verein",
            "contact_name": "Bilal",
            "email": "bilal@example.org",
            "phone": "02104 123",
            "town": str(town.pk),
            "communities": [str(Community.objects.order_by("pk").first().pk)],
            "spoken_languages": [str(SpokenLanguage.objects.get(code="ar").pk)],
            "fields_of_activity": [str(FieldOfActivity.objects.get(slug="culture").pk)],
            "description": "Wir treffen uns jeden Freitag.",
            "consent": "on",
        },
        "OrganisationPage.contact": {
            "name": "Ayşe",
            "email": "ayse@example.org",
            "subject": "Sprachcafé",
            "message": "Wann trefft ihr euch?",
        },
        "wagtailcore_authenticate_with_password": {"password": "geheim-1", "return_url": "/de/intern/"},
        "wagtaildocs_authenticate_with_password": {"password": "geheim-1", "return_url": "/documents/"},
        "wagtailcore_login": {"username": "moderatorin", "password": "falsch", "next": "/de/"},
        "EventPage.register": {
            "name": "Ayşe",
            "email": "",
            "phone": "0211 2",
            "people": "1",
            "note": "",
            "date": "all",
        },
    }


def _numbers(content):
    return {
        "wagtailcore_authenticate_with_password": {
            "page_view_restriction_id": content["restriction"].pk,
            "page_id": content["protected"].pk,
        },
        "wagtaildocs_authenticate_with_password": {"restriction_id": content["document_restriction"].pk},
        "EventCalendarPage.month": {"year": 2026, "month": 2},
        "EventCalendarPage.day": {"year": 2026, "month": 2, "day": 15},
        # The signed links of the registration mails.
        "EventPage.registered": {"token": tokens.make(content["registered"], tokens.CANCEL)},
        "EventPage.cancel": {"token": tokens.make(content["registered"], tokens.CANCEL)},
        "EventPage.confirm": {"token": tokens.make(content["unconfirmed"], tokens.CONFIRM)},
    }


def build_catalogue(content) -> dict:
    forms, numbers = _forms(content), _numbers(content)

    def route(name, paths):
        return Route(
            name=name,
            paths=paths,
            parameters=VIEW_PARAMETERS.get(name, ()),
            form=forms.get(name),
            numbers=numbers.get(name, {}),
        )

    routes = {}
    # The URLconf: language-neutral addresses once, the others under each language prefix.
    by_name = {}
    for code in LANGUAGES:
        with translation.override(code):
            for name, text in urlconf_routes():
                if name in SERVED_AS_PAGES:
                    continue
                prefixed = text.startswith(f"{code}/")
                by_name.setdefault(name, {})[code if prefixed else NEUTRAL] = "/" + _placeholders(text)
    document = content["document"]
    by_name["wagtaildocs_serve"] = {NEUTRAL: f"/documents/{document.pk}/{document.filename}"}
    for name, paths in by_name.items():
        routes[name] = route(name, paths)

    # The page tree: each live page in both languages, with every sub-route of routable pages.
    for page in Page.objects.live().specific().exclude(depth=1):
        model = type(page).__name__
        for sub_name, text in routable_sub_routes(type(page)):
            name = f"{model}.{sub_name}" if sub_name else model
            if name in routes:
                continue
            paths = {code: page_url(page, code) + _placeholders(text) for code in LANGUAGES}
            routes[name] = route(name, paths)
    return routes


def _real_values(content):
    values = [content["anatolia"].slug_de, content["topic"].slug, "2026", "2", "15", "today", "weekend"]
    values += list(Town.objects.values_list("slug", flat=True)[:3])
    values += ["culture", "ar", "de", "event", "news", "organisation", "press", "page"]
    return tuple(values)


@pytest.fixture(scope="module")
def fuzz_site(django_db_setup, django_db_blocker):
    """The site lives in one transaction for the whole module and is rolled back afterwards."""
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        with translation.override("de"):
            if not Town.objects.exists():
                seed_taxonomy(Town, FieldOfActivity, Community, SpokenLanguage)
            content = _build_content()
            site = FuzzSite(
                routes=build_catalogue(content),
                real_values=_real_values(content),
                page_models={type(page) for page in Page.objects.live().specific().exclude(depth=1)},
            )
    yield site
    with django_db_blocker.unblock():
        for document in content["files"]:
            document.file.delete(save=False)
        transaction.set_rollback(True)
        atomic.__exit__(None, None, None)
