"""The calendar: events, their recurrence and exceptions, the materialised occurrences, and the
organisations' calendar subscriptions with the report of each iCal import."""

import datetime
from collections import defaultdict

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modeltranslation.utils import build_localized_fieldname
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from events.calendar import ical, views
from events.calendar.feeds import UpcomingEventsFeed
from events.calendar.filters import EventFilterSet
from events.calendar.recurrence import compute_occurrences
from events.feeds import FeedRoutesMixin
from events.registration.models import RegistrationSettings
from events.registration.places import LOADED_REGISTRATION_SETTINGS, settings_of
from events.registration.routes import RegistrationRoutesMixin
from home.blocks import BodyBlock
from home.filtered_lists import read_filters
from home.languages import LANGUAGE_CODES
from home.languages.reading import columns_read, languages_read
from home.models import BasePage
from organisations.access.page_forms import OrganisationLanguagesForm
from organisations.models import OrganisationOwnedMixin, OrganisationPage, Town

WEEKDAYS = [
    ("MO", _("Monday")),
    ("TU", _("Tuesday")),
    ("WE", _("Wednesday")),
    ("TH", _("Thursday")),
    ("FR", _("Friday")),
    ("SA", _("Saturday")),
    ("SU", _("Sunday")),
]


class WeekdaysField(models.JSONField):
    """RFC 5545 weekday codes (MO…SU) of a weekly rule, edited as checkboxes."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("default", list)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def validate(self, value, model_instance):
        super().validate(value, model_instance)
        if not isinstance(value, list) or not set(value) <= {code for code, _label in WEEKDAYS}:
            raise ValidationError(_("Choose weekdays only."), code="invalid_weekday")

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            choices=WEEKDAYS,
            widget=forms.CheckboxSelectMultiple,
            required=False,
            label=self.verbose_name,
            help_text=self.help_text,
        )

    def deconstruct(self):
        name, _path, args, kwargs = super().deconstruct()
        return name, "events.calendar.models.WeekdaysField", args, kwargs


# What no calendar entry (iCal) names, in every language: the event's page texts. Loading them
# cost more than writing the entries (a district calendar's 300 series × 11 languages × the columns).
# Nor the page's publishing schedule and lock: each date-time is parsed in Python (Django's loader).
# Nor the tree, revision and editing bookkeeping of the page, nor the event's picture and import
# marks: a fifth of the columns, each converted for 300 rows.
_CALENDAR_ENTRY_UNUSED = [
    "seo_title",
    "search_description",
    "price",
    "accessibility_notes",
    "first_published_at",
    "go_live_at",
    "expire_at",
    "locked_at",
    "path",
    "depth",
    "numchild",
    "translation_key",
    "locale_id",
    "latest_revision_id",
    "live_revision_id",
    "has_unpublished_changes",
    "expired",
    "locked",
    "locked_by_id",
    "draft_title",
    "owner_id",
    "alias_of_id",
    "show_in_menus",
    "last_checked",
    "image_id",
    "import_uid",
    "import_hash",
]


# The texts a calendar entry names, each read in the language it is written in and German, the
# fallback: the other nine languages' columns (300 series × ~50 columns) stay in the database.
_CALENDAR_ENTRY_TEXTS = (
    "title",
    "slug",
    "url_path",
    "teaser",
    "cancellation_note",
)


# What a teaser of a date reads (`EventOccurrenceQuerySet.teasers`): of the date, of its event,
# and the event's translated texts.
_TEASER_DATE = (
    "start",
    "end",
    "all_day",
    "status",
    "original_start",
    "is_free",
    "event_id",
    "organisation_id",
)
_TEASER_EVENT = (
    "frequency",
    "interval",
    "weekdays",
    "all_day",
    "start",
    "end",
    "venue_name",
    "online_url",
    "venue_town_id",
)
_TEASER_EVENT_TEXTS = ("title", "url_path", "cancellation_note")
# What the calendar's lists (with the teaser) and feeds (publishing dates) show besides; `path`:
# the tags a list's entry is kept under (`calendar_entries`).
_LISTED_EVENT = ("first_published_at", "last_published_at", "path")
_LISTED_EVENT_TEXTS = ("teaser",)

# What an exception says in a calendar entry, besides its note.
_EXCEPTION_READ = ("event_id", "original_date", "kind", "new_start", "new_end")


def _other_languages(names):
    read = languages_read()
    return [
        build_localized_fieldname(name, code) for name in names for code in LANGUAGE_CODES if code not in read
    ]


class EventPageQuerySet(PageQuerySet):
    def for_calendar(self):
        """Live events without view restrictions, with what a calendar entry names in the active
        language; `calendar_entries` loads the rest of it."""
        return (
            self.live()
            .public()
            .defer_streamfields()
            .defer(*_CALENDAR_ENTRY_UNUSED, *_other_languages(_CALENDAR_ENTRY_TEXTS))
            .order_by("start", "pk")
        )

    def calendar_entries(self, ids):
        """The events of `ids` that this queryset holds, in that order, each with its organisation
        (name and address), town, exceptions and registration settings: five queries for any
        number.

        The organisation and the town are read once for all their events, in their names'
        languages only: joined to each of a subscription's 300 events, the organisation's columns
        cost a tenth of the export's time, and the district's ten towns were built 300 times. The
        exceptions and settings are plain lists (Django's prefetch through modelcluster's
        managers cost three times the two queries)."""
        by_pk = self.in_bulk(ids)
        events = [by_pk[pk] for pk in ids if pk in by_pk]
        if not events:
            return events
        organisations = (
            OrganisationPage.objects.filter(
                pk__in={event.organisation_id for event in events if event.organisation_id}
            )
            .only("email", *columns_read("title"))
            .in_bulk()
        )
        towns = (
            Town.objects.filter(pk__in={event.venue_town_id for event in events if event.venue_town_id})
            .only(*columns_read("name"))
            .in_bulk()
        )
        event_ids = [event.pk for event in events]
        exceptions, registrations = defaultdict(list), defaultdict(list)
        # In their editor's order, and in the order they were added where that ties (the same file
        # twice writes its EXDATEs alike).
        read = EventException.objects.filter(event_id__in=event_ids).only(
            *_EXCEPTION_READ, *columns_read("note")
        )
        for exception in read.order_by("sort_order", "pk"):
            exceptions[exception.event_id].append(exception)
        for registration in RegistrationSettings.objects.filter(event_id__in=event_ids):
            registrations[registration.event_id].append(registration)
        organisation_field = self.model._meta.get_field("organisation")
        town_field = self.model._meta.get_field("venue_town")
        for event in events:
            organisation_field.set_cached_value(event, organisations.get(event.organisation_id))
            town_field.set_cached_value(event, towns.get(event.venue_town_id))
            event.calendar_exceptions = exceptions[event.pk]
            setattr(event, LOADED_REGISTRATION_SETTINGS, registrations[event.pk])
        return events


def read_for_entries(occurrences):
    """Gives the dates of a list whose entries are not kept (`EventOccurrenceQuerySet.entries`)
    what their entries show of the event, its town and the organisation, in one query."""
    shown = EventOccurrence.objects.listed().in_bulk([occurrence.pk for occurrence in occurrences])
    for occurrence in occurrences:
        # A date whose event left the calendar since the list was read is shown as it was read.
        if occurrence.pk in shown:
            occurrence.event = shown[occurrence.pk].event
            occurrence.organisation = shown[occurrence.pk].organisation


def _longest_date():
    """How long the calendar's longest date lasts: one step along its own index (PostgreSQL,
    migration 0003)."""
    lengths = EventOccurrence.objects.annotate(length=models.F("end") - models.F("start"))
    return models.Subquery(lengths.order_by("-length").values("length")[:1])


# How many of an event's next dates its page lists.
LISTED_DATES = 12


def _not_ended_before(moment, longest=None):
    """The dates still running at `moment` or later, and what that implies: they started at
    most the longest date's length before it. Without that bound PostgreSQL read the dates by
    start from the first one ever: at district scale half are past, 24,000 rows read for the
    home page's five upcoming dates. `longest` is that length when already known."""
    if longest is None:
        length = _longest_date()
    else:
        length = models.Value(longest, output_field=models.DurationField())
    earliest_start = models.ExpressionWrapper(
        models.Value(moment, output_field=models.DateTimeField()) - length,
        output_field=models.DateTimeField(),
    )
    return models.Q(end__gte=moment, start__gte=earliest_start)


class EventOccurrenceQuerySet(models.QuerySet):
    def public(self):
        """Only the dates of live events without view restrictions."""
        return self.filter(event__in=EventPage.objects.live().public().values("pk"))

    def listed(self):
        """Public dates with what the calendar's lists and feeds show of the event, its town and
        organisation: what a teaser shows, the event's teaser and its publishing dates."""
        return self._shown(_LISTED_EVENT, _LISTED_EVENT_TEXTS)

    def entries(self):
        """Public dates with only what a calendar list needs to find each entry kept
        (`calendar_entries`): the date, and its event's path, the entry's tags. What an entry
        shows of the event, town and organisation is read for the entries not kept
        (`read_for_entries`): joined to every date of a list, it cost PostgreSQL more to plan
        than to run, on every visit."""
        return (
            self.select_related(None)
            .select_related("event")
            .only(*_TEASER_DATE, *columns_read("note"), "event__path")
        )

    def teasers(self):
        """Public dates with only what the home page's and a subsite's next dates show
        (calendar/includes/occurrence.html, compact)."""
        return self._shown()

    def _shown(self, event_fields=(), event_texts=()):
        """Of the date, its event, town and organisation only the columns shown, the texts in the
        visitor's language and German. All columns of the three pages in eleven languages (315)
        cost more to compile and convert than the query took to run: the home page's five dates
        14 → 5.5 ms."""
        return (
            self.public()
            .select_related("event", "event__venue_town", "organisation")
            .only(
                *_TEASER_DATE,
                *columns_read("note"),
                *(f"event__{name}" for name in (*_TEASER_EVENT, *event_fields)),
                *columns_read(*_TEASER_EVENT_TEXTS, *event_texts, related="event__"),
                *columns_read("name", related="event__venue_town__"),
                *columns_read("title", related="organisation__"),
            )
        )

    def in_cells(self):
        """For the month grid: of the date its time and state, of the event only its title and
        address (in the visitor's language and German)."""
        return self.select_related("event").only(
            "start",
            "all_day",
            "status",
            "event_id",
            *columns_read("title", "url_path", related="event__"),
        )

    def upcoming(self):
        return self.filter(_not_ended_before(timezone.now()))

    def past(self, now=None):
        return self.filter(end__lt=now or timezone.now())

    def longest_length(self):
        """How long the longest of these dates lasts, asked first: a query over a long window (a
        year's subscription) then gets a plan for the rows it will read, which PostgreSQL cannot
        foresee while the length is a subquery (it planned 150 rows for 29,000 and checked each
        one's event in a loop)."""
        length = self.aggregate(longest=models.Max(models.F("end") - models.F("start")))["longest"]
        return length or datetime.timedelta(0)

    def overlapping(self, start, end, *, longest=None):
        """The dates that take place (in part) between start and end (`longest`: see
        `_not_ended_before`)."""
        return self.filter(_not_ended_before(start, longest), start__lt=end)

    def not_cancelled(self):
        return self.exclude(status=EventOccurrence.Status.CANCELLED)


class EventCalendarPage(FeedRoutesMixin, RoutablePageMixin, BasePage):
    """The portal's calendar: upcoming list, month grid, day, archive, feeds and iCal."""

    # The calendar and its feeds list every event; its filter names every organisation.
    page_cache_listings = ("events", "organisations")

    # The filters and the page number; any other query is rendered but never stored.
    page_cache_parameters = frozenset({*EventFilterSet.base_filters, "page"})

    translation_markers = ("title", "intro")

    intro = models.TextField(_("introduction"), blank=True, max_length=800)

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]

    parent_page_types = ["home.PortalHomePage"]
    subpage_types = ["calendar.EventPage"]
    max_count = 1

    feed_class = UpcomingEventsFeed

    class Meta:
        verbose_name = _("event calendar")

    def dates(self):
        """Every date of the portal's events; the views narrow it with the queryset's methods."""
        return EventOccurrence.objects.all()

    def list_filters(self, request):
        """The calendar's filters over every public date of the portal."""
        return read_filters(EventFilterSet, request, self.dates().listed())

    @path("")
    def upcoming(self, request):
        return views.upcoming_view(self, request)

    @path("<int:year>/<int:month>/")
    def month(self, request, year, month):
        return views.month_view(self, request, year, month)

    @path("<int:year>/<int:month>/<int:day>/")
    def day(self, request, year, month, day):
        return views.day_view(self, request, year, month, day)

    @path("archive/")
    def archive(self, request):
        return views.archive_view(self, request)

    @path("ical/")
    def ical(self, request):
        return ical.calendar_ical_view(self, request, EventPage.objects.for_calendar())


class EventPage(RegistrationRoutesMixin, RoutablePageMixin, OrganisationOwnedMixin, BasePage):
    """An event of the portal or of an organisation, once or recurring."""

    page_cache_kind = "events"

    objects = PageManager.from_queryset(EventPageQuerySet)()

    class Frequency(models.TextChoices):
        ONCE = "once", _("Once")
        WEEKLY = "weekly", _("Weekly")
        MONTHLY = "monthly", _("Monthly")

    class MonthlyBy(models.TextChoices):
        DAY_OF_MONTH = "monthday", _("On the same day of the month")
        NTH_WEEKDAY = "weekday", _("On the nth weekday of the month")

    translation_markers = ("title", "teaser")

    teaser = models.TextField(_("teaser"), max_length=400, blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    start = models.DateTimeField(_("start"), help_text=_("Date and time in Europe/Berlin."))
    end = models.DateTimeField(_("end"), null=True, blank=True)
    all_day = models.BooleanField(_("all day"), default=False)

    venue_name = models.CharField(_("venue"), max_length=200, blank=True)
    venue_street = models.CharField(_("street and number"), max_length=200, blank=True)
    venue_postcode = models.CharField(_("postcode"), max_length=5, blank=True)
    venue_town = models.ForeignKey(
        "organisations.Town",
        verbose_name=_("town"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
    )
    online_url = models.URLField(_("online link"), blank=True, help_text=_("For events held online."))

    fields_of_activity = ParentalManyToManyField(
        "organisations.FieldOfActivity", verbose_name=_("fields of activity"), blank=True
    )
    event_languages = ParentalManyToManyField(
        "organisations.SpokenLanguage", verbose_name=_("languages of the event"), blank=True
    )
    is_free = models.BooleanField(_("free of charge"), default=True)
    price = models.CharField(
        _("price"), max_length=200, blank=True, help_text=_("For example “5 €, reduced 3 €”.")
    )
    registration_url = models.URLField(_("registration link"), blank=True)
    accessibility_notes = models.TextField(
        _("accessibility"),
        blank=True,
        max_length=600,
        help_text=_("For example “step-free access, accessible toilet”."),
    )

    frequency = models.CharField(
        _("repeats"), max_length=10, choices=Frequency.choices, default=Frequency.ONCE
    )
    interval = models.PositiveSmallIntegerField(
        _("every"),
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(12)],
        help_text=_("1 = every week or month, 2 = every other, …"),
    )
    weekdays = WeekdaysField(
        _("on weekdays"), help_text=_("For weekly events; empty = the weekday of the start.")
    )
    # Asked for monthly events only; weekly and one-off events leave it empty.
    monthly_by = models.CharField(
        _("monthly on"),
        max_length=10,
        choices=MonthlyBy.choices,
        default=MonthlyBy.DAY_OF_MONTH,
        blank=True,
        help_text=_("For monthly events only."),
    )
    until = models.DateField(_("repeat until"), null=True, blank=True)
    count = models.PositiveSmallIntegerField(
        _("number of dates"), null=True, blank=True, validators=[MinValueValidator(1), MaxValueValidator(500)]
    )
    is_cancelled = models.BooleanField(_("whole series cancelled"), default=False)
    cancellation_note = models.CharField(_("note on the cancellation"), max_length=300, blank=True)

    # Set by the iCal import: the event's UID in the organisation's own calendar.
    import_uid = models.CharField(max_length=255, blank=True, editable=False, db_index=True)
    import_hash = models.CharField(max_length=64, blank=True, editable=False)

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("teaser"),
        FieldPanel("image"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("start"), FieldPanel("end")]), FieldPanel("all_day")],
            heading=_("Date and time"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("frequency"), FieldPanel("interval")]),
                FieldPanel("weekdays"),
                FieldPanel("monthly_by"),
                FieldRowPanel([FieldPanel("until"), FieldPanel("count")]),
                InlinePanel("exceptions", label=_("Cancelled or moved dates")),
                FieldPanel("is_cancelled"),
                FieldPanel("cancellation_note"),
            ],
            heading=_("Repetition and changes"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("venue_name"),
                FieldPanel("venue_street"),
                FieldRowPanel([FieldPanel("venue_postcode"), FieldPanel("venue_town")]),
                FieldPanel("online_url"),
            ],
            heading=_("Place"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("fields_of_activity", widget=forms.CheckboxSelectMultiple),
                FieldPanel("event_languages", widget=forms.CheckboxSelectMultiple),
                FieldRowPanel([FieldPanel("is_free"), FieldPanel("price")]),
                FieldPanel("registration_url"),
                FieldPanel("accessibility_notes"),
            ],
            heading=_("Details"),
        ),
        # Sign-up on the portal (events/registration/): add it to switch it on.
        InlinePanel("registration_settings", max_num=1, label=_("Registration on the portal")),
        FieldPanel("body"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("teaser"),
        index.SearchField("body"),
        index.SearchField("venue_name"),
        index.FilterField("start"),
    ]

    base_form_class = OrganisationLanguagesForm

    parent_page_types = ["calendar.EventCalendarPage", "organisations.OrganisationPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        indexes = [models.Index(fields=["start"])]

    def clean(self):
        super().clean()
        errors = {}
        if self.end and self.start and self.end < self.start:
            errors["end"] = _("The end lies before the start.")
        if (
            self.frequency != self.Frequency.ONCE
            and self.until
            and self.start
            and self.until < self.start.date()
        ):
            errors["until"] = _("The repetition ends before the first date.")
        if self.frequency == self.Frequency.MONTHLY and not self.monthly_by:
            errors["monthly_by"] = _("Choose how a monthly event repeats.")
        if self.frequency != self.Frequency.ONCE and self.until and self.count:
            errors["count"] = _("Give either an end date or a number of dates, not both.")
        if self.frequency == self.Frequency.WEEKLY and self.weekdays and self.start:
            first_day = WEEKDAYS[timezone.localtime(self.start).weekday()][0]
            # RFC 5545 counts DTSTART as the first date whatever the rule says; the portal's own
            # dates (dateutil) skip it. Calendar apps and the portal would disagree on it.
            if first_day not in self.weekdays:
                errors["weekdays"] = _(
                    "The first date is a %(weekday)s, which is not among the chosen weekdays: "
                    "choose it too or move the start to one of them."
                ) % {"weekday": dict(WEEKDAYS)[first_day]}
        if not self.venue_name and not self.online_url:
            errors["venue_name"] = _("Give a venue or an online link.")
        if errors:
            raise ValidationError(errors)

    @property
    def is_recurring(self) -> bool:
        return self.frequency != self.Frequency.ONCE

    def upcoming_occurrences(self, limit=10):
        return list(self.occurrences.filter(end__gte=timezone.now()).order_by("start")[:limit])

    def next_occurrence(self):
        upcoming = self.upcoming_occurrences(limit=1)
        return upcoming[0] if upcoming else None

    def previewed_occurrences(self, limit=10):
        """The upcoming dates as the editor's unsaved form makes them, cancelled and moved ones too.

        The stored dates are those of the published version (none before the first publish);
        a preview or a draft shows what publishing this version will give.
        """
        now = timezone.now()
        upcoming = [row for row in compute_occurrences(self) if row.end >= now]
        return sorted(upcoming, key=lambda row: row.start)[:limit]

    @classmethod
    def serving_queryset(cls):
        """The event as its page reads it (home.languages.routing): its header, facts and
        structured data name the town and the organisation, the registration form its settings."""
        return cls.objects.select_related(
            "venue_town",
            "organisation",
            "organisation__town",
            "organisation__logo",
            "organisation__cover_image",
        ).prefetch_related("registration_settings")

    @cached_property
    def languages_spoken(self):
        """The languages of the event, read once per visit for its facts and its structured data,
        both kept parts of its page: a visit that finds them kept reads none."""
        return list(self.event_languages.all())

    @cached_property
    def listed_dates(self):
        """The next dates the page lists, read once per visit: its dates, its JSON-LD and its
        registration form show them."""
        return self.upcoming_occurrences(limit=LISTED_DATES)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The organisation's header pictures are read where the header is rendered (subsite_header).
        context["organisation"] = self.organisation
        if getattr(request, "is_preview", False):
            context["occurrences"] = self.previewed_occurrences(limit=LISTED_DATES)
        elif settings_of(self) is not None:
            context["occurrences"] = self.listed_dates
        # Otherwise only the dates and the JSON-LD show them, which are kept (event_tags.event_dates)
        # and read them when they are rendered.
        return context

    @path("")
    def event(self, request):
        return self.render(request)

    @path("ical/")
    def ical(self, request):
        return ical.event_ical_view(self, request, EventPage.objects.for_calendar())


class EventException(Orderable):
    """One date of a recurring event that is cancelled or moved."""

    class Kind(models.TextChoices):
        CANCELLED = "cancelled", _("cancelled")
        MOVED = "moved", _("moved")

    event = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="exceptions")
    original_date = models.DateField(_("date in the series"))
    kind = models.CharField(_("change"), max_length=10, choices=Kind.choices, default=Kind.CANCELLED)
    new_start = models.DateTimeField(_("new start"), null=True, blank=True)
    new_end = models.DateTimeField(_("new end"), null=True, blank=True)
    note = models.CharField(_("note"), max_length=300, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("original_date"), FieldPanel("kind")]),
        FieldRowPanel([FieldPanel("new_start"), FieldPanel("new_end")]),
        FieldPanel("note"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("changed date")
        verbose_name_plural = _("changed dates")

    def clean(self):
        super().clean()
        if self.kind == self.Kind.MOVED and not self.new_start:
            raise ValidationError({"new_start": _("A moved date needs its new start.")})


class EventOccurrence(models.Model):
    """One date of an event, materialised so that a month is one indexed query."""

    class Status(models.TextChoices):
        SCHEDULED = "scheduled", _("scheduled")
        CANCELLED = "cancelled", _("cancelled")
        MOVED = "moved", _("moved")

    event = models.ForeignKey(EventPage, on_delete=models.CASCADE, related_name="occurrences")
    start = models.DateTimeField()
    end = models.DateTimeField()
    all_day = models.BooleanField(default=False)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.SCHEDULED)
    original_start = models.DateTimeField(null=True, blank=True)
    note = models.CharField(max_length=300, blank=True)
    # Copied from the event, so that the calendar filters without joins.
    organisation = models.ForeignKey(
        "organisations.OrganisationPage", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    town = models.ForeignKey(
        "organisations.Town", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    is_free = models.BooleanField(default=True)

    objects = EventOccurrenceQuerySet.as_manager()

    class Meta:
        ordering = ["start", "pk"]
        indexes = [
            models.Index(fields=["start"]),
            models.Index(fields=["end"]),
            models.Index(fields=["organisation", "start"]),
            models.Index(fields=["town", "start"]),
        ]

    def __str__(self):
        return f"{self.event.title} – {self.start:%Y-%m-%d %H:%M}"

    @property
    def is_cancelled(self):
        return self.status == self.Status.CANCELLED

    @property
    def is_moved(self):
        return self.status == self.Status.MOVED

    @property
    def is_multi_day(self):
        return timezone.localtime(self.end).date() > timezone.localtime(self.start).date()


class CalendarSubscription(models.Model):
    """A calendar (.ics address) of an organisation, fetched on a schedule."""

    organisation = models.ForeignKey(
        "organisations.OrganisationPage",
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="calendar_subscriptions",
    )
    url = models.URLField(_("calendar address (.ics)"), max_length=500)
    active = models.BooleanField(_("fetch regularly"), default=True)
    created_at = models.DateTimeField(auto_now_add=True)
    last_fetched_at = models.DateTimeField(_("last fetched"), null=True, blank=True)

    class Meta:
        unique_together = [("organisation", "url")]
        verbose_name = _("calendar subscription")
        verbose_name_plural = _("calendar subscriptions")

    def __str__(self):
        return self.url


class ImportRun(models.Model):
    """What one import did, event by event."""

    organisation = models.ForeignKey(
        "organisations.OrganisationPage", on_delete=models.CASCADE, related_name="calendar_imports"
    )
    subscription = models.ForeignKey(
        CalendarSubscription, null=True, blank=True, on_delete=models.SET_NULL, related_name="runs"
    )
    source = models.CharField(_("source"), max_length=500)
    started_at = models.DateTimeField(auto_now_add=True)
    succeeded = models.BooleanField(default=False)
    error = models.TextField(_("error"), blank=True)
    # [{"uid": …, "title": …, "outcome": "created|updated|unchanged|rejected", "reason": …}]
    report = models.JSONField(default=list)

    class Meta:
        ordering = ["-started_at"]
        verbose_name = _("calendar import")
        verbose_name_plural = _("calendar imports")

    def __str__(self):
        return f"{self.source} ({self.started_at:%Y-%m-%d %H:%M})"

    def count(self, outcome):
        return sum(1 for line in self.report if line.get("outcome") == outcome)
