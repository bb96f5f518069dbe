"""Factories for the portal's models; the demo content and the tests share the shapes.

Every page is created with German as the active language, so that `title=`
fills the German column; other languages are passed as `title_tr=` etc.
"""

import datetime

import factory
import wagtail_factories

from django.utils import timezone, translation
from django.utils.text import slugify

from wagtail.models import Site

from events.calendar.models import EventCalendarPage, EventOccurrence, EventPage
from events.news.models import NewsIndexPage, NewsPage
from events.press.models import PressArchivePage, PressReleasePage
from home.demo.indexing import indexing_deferred
from home.models import PortalHomePage, PortalImage, StandardPage
from home.page_cache import renew
from home.tree import install_portal_home
from organisations.models import (
    OrganisationContentPage,
    OrganisationIndexPage,
    OrganisationPage,
    PartnersPage,
    Town,
)
from tests.bench.bulk import bulk_create_pages, refresh_planner_statistics


class GermanPageFactory(wagtail_factories.PageFactory):
    class Meta:
        abstract = True

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        # Creating, revising and publishing save the page three times, and Wagtail indexes it for the
        # admin search and the reference index on every save; a test sees only the last state, so the
        # page is indexed once, when it is complete (as the demo does: home/demo/indexing.py).
        with translation.override("de"), indexing_deferred():
            page = super()._create(model_class, *args, **kwargs)
            # Like an editor's first publish: a revision that is live. add_child has just validated
            # the page, so the revision does not validate it again.
            if page.live:
                page.save_revision(clean=False).publish()
        return page

    @classmethod
    def _after_postgeneration(cls, instance, create, results=None):
        # The many-to-many fields given to a factory are published together in one revision,
        # not one revision (and one publish) per field.
        super()._after_postgeneration(instance, create, results)
        if create and getattr(instance, "_factory_relations_changed", False):
            del instance._factory_relations_changed
            with translation.override("de"), indexing_deferred():
                instance.save_revision(clean=False).publish()


def _set_relation(page, name, values):
    """Sets a many-to-many field of a created page; the factory publishes it once afterwards."""
    getattr(page, name).set(values)
    page._factory_relations_changed = True


class PortalHomePageFactory(GermanPageFactory):
    title = "Startseite"
    slug = "start"
    hero_heading = "Migrantenorganisationen im Kreis Mettmann"
    hero_text = "Vereine, Angebote und Termine aus zehn Städten."
    parent = None

    class Meta:
        model = PortalHomePage

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        kwargs.pop("parent", None)
        # Indexed once when complete, as every page of these factories (GermanPageFactory._create);
        # the welcome page deleted here has no references to remove (Wagtail's migration made it).
        with translation.override("de"), indexing_deferred():
            home = model_class(**kwargs)
            install_portal_home(home)
            home.save_revision(clean=False).publish()
        return home


class SiteFactory(factory.django.DjangoModelFactory):
    """A further site beside the portal's default one; give it its root page."""

    hostname = factory.Sequence(lambda n: f"verein{n}.example")
    port = 80
    site_name = factory.LazyAttribute(lambda site: site.hostname)

    class Meta:
        model = Site


class StandardPageFactory(GermanPageFactory):
    title = factory.Sequence(lambda n: f"Seite {n}")
    slug = factory.LazyAttribute(lambda page: slugify(page.title))
    intro = "Eine kurze Einleitung."

    class Meta:
        model = StandardPage


class PortalImageFactory(wagtail_factories.ImageFactory):
    title = factory.Sequence(lambda n: f"Bild {n}")
    credit = "Foto: Kreis Mettmann"

    class Meta:
        model = PortalImage


class OrganisationIndexPageFactory(GermanPageFactory):
    title = "Organisationen"
    slug = "organisationen"

    class Meta:
        model = OrganisationIndexPage


class OrganisationPageFactory(GermanPageFactory):
    """A subsite without provisioning (no group, no collection): for listings and pages."""

    title = factory.Sequence(lambda n: f"Kulturverein {n} e.V.")
    slug = factory.LazyAttribute(lambda page: slugify(page.title))
    short_description = "Ein Verein aus dem Kreis Mettmann."
    town = factory.LazyFunction(lambda: Town.objects.get(slug="hilden"))

    class Meta:
        model = OrganisationPage
        skip_postgeneration_save = True

    @factory.post_generation
    def fields_of_activity(self, create, extracted, **kwargs):
        if extracted:
            _set_relation(self, "fields_of_activity", extracted)

    @factory.post_generation
    def spoken_languages(self, create, extracted, **kwargs):
        if extracted:
            _set_relation(self, "spoken_languages", extracted)

    @factory.post_generation
    def communities(self, create, extracted, **kwargs):
        if extracted:
            _set_relation(self, "communities", extracted)


class PartnersPageFactory(GermanPageFactory):
    title = "Partner"
    slug = "partner"

    class Meta:
        model = PartnersPage


class OrganisationContentPageFactory(GermanPageFactory):
    title = factory.Sequence(lambda n: f"Angebot {n}")
    slug = factory.LazyAttribute(lambda page: slugify(page.title))

    class Meta:
        model = OrganisationContentPage


def bulk_organisations(directory, count, town_slug="hilden", *, published=False, fields_of_activity=()):
    """Many live organisations fast: no revisions, for scale tests.

    Written as rows (tests/bench/bulk.py), not saved one by one, at a fraction of the cost (450 of
    them took some 30 s). By default live and never published, as `add_child` leaves them;
    `published=True` gives them a publication date and today's check, as a first publish does, and
    the directory lists them with `fields_of_activity` (the large set of the query-count tests).
    """
    town = Town.objects.get(slug=town_slug)
    start = OrganisationPage.objects.count()
    today = timezone.localdate()
    with translation.override("de"):
        pages = bulk_create_pages(
            directory,
            OrganisationPage,
            [
                {
                    "title": f"Verein Nummer {number}",
                    "slug": f"verein-nummer-{number}",
                    "town": town,
                    **({"last_checked": today} if published else {"first_published_at": None}),
                }
                for number in range(start, start + count)
            ],
        )
    through = OrganisationPage.fields_of_activity.through
    through.objects.bulk_create(
        [
            through(organisationpage_id=page.pk, fieldofactivity=field)
            for page in pages
            for field in fields_of_activity
        ]
    )
    # As add_child does: the directory in memory knows its children, for pages added below it later.
    directory.numchild = type(directory).objects.get(pk=directory.pk).numchild
    # As publishing does: what lists organisations (the directory and its kept count) shows them.
    renew({OrganisationPage.page_cache_kind})
    return pages


def berlin(*args):
    """An aware datetime on Berlin's wall clock."""
    return timezone.make_aware(datetime.datetime(*args))


class EventCalendarPageFactory(GermanPageFactory):
    title = "Veranstaltungen"
    slug = "veranstaltungen"

    class Meta:
        model = EventCalendarPage


class EventPageFactory(GermanPageFactory):
    title = factory.Sequence(lambda n: f"Sprachcafé {n}")
    slug = factory.LazyAttribute(lambda page: slugify(page.title))
    teaser = "Deutsch üben bei Tee und Gebäck."
    venue_name = "Bürgerhaus"
    venue_town = factory.LazyFunction(lambda: Town.objects.get(slug="hilden"))
    start = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=3))
    end = factory.LazyAttribute(lambda event: event.start + datetime.timedelta(hours=2))

    class Meta:
        model = EventPage
        skip_postgeneration_save = True

    @factory.post_generation
    def fields_of_activity(self, create, extracted, **kwargs):
        if extracted:
            _set_relation(self, "fields_of_activity", extracted)

    @factory.post_generation
    def event_languages(self, create, extracted, **kwargs):
        if extracted:
            _set_relation(self, "event_languages", extracted)


class NewsIndexPageFactory(GermanPageFactory):
    title = "Aktuelles"
    slug = "aktuelles"

    class Meta:
        model = NewsIndexPage


class NewsPageFactory(GermanPageFactory):
    title = factory.Sequence(lambda n: f"Nachricht {n}")
    slug = factory.LazyAttribute(lambda page: slugify(page.title))
    teaser = "Eine kurze Meldung."

    class Meta:
        model = NewsPage


class PressArchivePageFactory(GermanPageFactory):
    title = "Presse"
    slug = "presse"

    class Meta:
        model = PressArchivePage


class PressReleasePageFactory(GermanPageFactory):
    title = factory.Sequence(lambda n: f"Pressemitteilung {n}")
    slug = factory.LazyAttribute(lambda page: slugify(page.title))
    teaser = "Der Kreis Mettmann informiert."

    class Meta:
        model = PressReleasePage


def bulk_events(parent, count, *, start):
    """Many live one-off events with their occurrences, fast: for scale tests and the benchmark."""
    town = Town.objects.get(slug="hilden")
    events = bulk_create_pages(
        parent,
        EventPage,
        [
            {
                "title": f"Termin {number}",
                "slug": f"termin-{number}",
                "start": start + datetime.timedelta(hours=number),
                "end": start + datetime.timedelta(hours=number + 2),
                "venue_name": "Bürgerhaus",
                "venue_town": town,
            }
            for number in range(count)
        ],
    )
    EventOccurrence.objects.bulk_create(
        [
            EventOccurrence(event_id=event.pk, start=event.start, end=event.end, town=town, is_free=True)
            for event in events
        ],
        batch_size=500,
    )
    refresh_planner_statistics(EventOccurrence)
    return events
