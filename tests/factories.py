"""Factories for the portal's models; the demo content and the tests share the shapes.

Every page is created with German as the active language, so that `title=`
fills the German column; other languages are passed as `title_tr=` etc.
"""

import datetime

import factory
import wagtail_factories

from django.utils import timezone, translation
from django.utils.text import slugify

from events.calendar.models import EventCalendarPage, EventOccurrence, EventPage
from events.news.models import NewsIndexPage, NewsPage
from events.press.models import PressArchivePage, PressReleasePage
from home.models import PortalHomePage, PortalImage, StandardPage
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
        with translation.override("de"):
            page = super()._create(model_class, *args, **kwargs)
            # Like an editor's first publish: a revision that is live.
            if page.live:
                page.save_revision().publish()
        return page


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
        with translation.override("de"):
            home = model_class(**kwargs)
            install_portal_home(home)
            home.save_revision().publish()
        return home


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
            self.fields_of_activity.set(extracted)
            self.save_revision().publish()

    @factory.post_generation
    def spoken_languages(self, create, extracted, **kwargs):
        if extracted:
            self.spoken_languages.set(extracted)
            self.save_revision().publish()

    @factory.post_generation
    def communities(self, create, extracted, **kwargs):
        if extracted:
            self.communities.set(extracted)
            self.save_revision().publish()


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


def bulk_organisations(directory, count, town_slug="hilden"):
    """Many live organisations fast: no revisions, for scale tests."""
    town = Town.objects.get(slug=town_slug)
    start = OrganisationPage.objects.count()
    with translation.override("de"):
        for number in range(start, start + count):
            directory.add_child(
                instance=OrganisationPage(
                    title=f"Verein Nummer {number}", slug=f"verein-nummer-{number}", town=town
                )
            )


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
            self.fields_of_activity.set(extracted)
            self.save_revision().publish()

    @factory.post_generation
    def event_languages(self, create, extracted, **kwargs):
        if extracted:
            self.event_languages.set(extracted)
            self.save_revision().publish()


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
