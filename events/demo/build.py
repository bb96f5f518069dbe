"""Demo content of the calendar, the news and the press office (idempotent).

Dates are relative to the day the demo is loaded, so the calendar always has
a full programme ahead and an archive behind.
"""

import datetime
import random

from django.utils import timezone, translation
from django.utils.text import slugify

from events.calendar.models import EventCalendarPage, EventException, EventPage
from events.demo.events_texts import ACCESSIBILITY, CANCELLATION_NOTE, EVENT_KINDS, MOVED_NOTE, VENUES
from events.demo.section_texts import CALENDAR, NEWS_INDEX, PRESS_ARCHIVE
from events.news.models import NewsIndexPage, NewsPage
from events.press.models import (
    PressArchivePage,
    PressContact,
    PressReleaseImage,
    PressReleasePage,
    PressTopic,
)
from events.press_roles import ensure_press_office_setup
from home.demo.builders import add_child_once, demo_image, demo_user, set_translated, stream
from home.languages import DEFAULT_LANGUAGE
from home.models import PortalHomePage
from home.slugs import german_slug
from organisations.models import FieldOfActivity, OrganisationPage, SpokenLanguage, Town


def build_events_news_and_press(log):
    home = PortalHomePage.objects.get()
    calendar = _section_page(home, EventCalendarPage, CALENDAR, log)
    news_index = _section_page(home, NewsIndexPage, NEWS_INDEX, log)
    archive = _section_page(home, PressArchivePage, PRESS_ARCHIVE, log)
    if not EventPage.objects.exists():
        count = _events(calendar)
        log(f"Created {count} events (weekly and monthly series, multi-day and all-day events).")
    if not NewsPage.objects.exists():
        log(f"Created {_news(news_index)} news items.")
    if not PressReleasePage.objects.exists():
        log(f"Created {_press(archive)} press releases.")
    press_user = demo_user(
        "pressestelle", email="pressestelle@mokme.example", first_name="Presse", last_name="Stelle"
    )
    press_user.groups.add(ensure_press_office_setup())
    return {"logins": [("pressestelle", "Press office (Pressestelle)")]}


def _section_page(home, model, texts, log):
    page = model(show_in_menus=True)
    for field in ("title", "slug", "intro"):
        set_translated(page, field, {code: values[field] for code, values in texts.items()})
    page.title = texts[DEFAULT_LANGUAGE]["title"]
    page.slug = texts[DEFAULT_LANGUAGE]["slug"]
    page, created = add_child_once(home, page)
    if created:
        log(f"Created “{page.title_de}”.")
    return page


def _local(date, hour, minute=0):
    return timezone.make_aware(datetime.datetime.combine(date, datetime.time(hour, minute)))


def _next_weekday(date, weekday):
    return date + datetime.timedelta(days=(weekday - date.weekday()) % 7)


def _event(parent, kind_key, *, start, end=None, town=None, rng, organisation=None, **extra):
    kind = EVENT_KINDS[kind_key]
    languages = ["de", *(organisation.publication_languages if organisation else ["en", "tr", "ar", "uk"])]
    event = EventPage(
        start=start,
        end=end,
        venue_town=town,
        is_free=kind["free"],
        online_url="https://meet.example/mokme" if kind.get("online") else "",
        **extra,
    )
    if not kind.get("online"):
        venue, street = rng.choice(VENUES)
        event.venue_name = venue
        event.venue_street = street
    for field in ("title", "teaser"):
        set_translated(event, field, {code: text for code, text in kind[field].items() if code in languages})
    set_translated(
        event, "price", {code: text for code, text in kind.get("price", {}).items() if code in languages}
    )
    set_translated(
        event,
        "accessibility_notes",
        {code: text for code, text in ACCESSIBILITY.items() if code in languages},
    )
    title = kind["title"][DEFAULT_LANGUAGE]
    suffix = organisation.title.split()[0] if organisation else (town.name if town else "")
    event.title = f"{title} {suffix}".strip() if not organisation else title
    event.title_de = event.title
    event.slug = german_slug(f"{title}-{start:%Y-%m-%d}-{rng.randint(100, 999)}")
    for code in kind["title"]:
        if code != DEFAULT_LANGUAGE and code in languages:
            setattr(event, f"slug_{code}", slugify(f"{start:%Y-%m-%d}-{kind_key}-{code}"))
    with translation.override(DEFAULT_LANGUAGE):
        parent.add_child(instance=event)
        event.fields_of_activity.set(FieldOfActivity.objects.filter(slug__in=kind["fields"]))
        event.event_languages.set(SpokenLanguage.objects.filter(code__in=languages[:2]))
        event.save_revision().publish()
    return event


def _events(calendar):
    rng = random.Random(2026)  # noqa: S311 - demo data
    today = timezone.localdate()
    towns = list(Town.objects.all())
    organisations = list(OrganisationPage.objects.live().select_related("town"))
    count = 0

    # Weekly series, each with one cancelled and one moved date.
    weekly = [
        ("language-cafe", 1, 18),
        ("homework-help", 2, 15),
        ("football", 4, 17),
        ("seniors", 3, 14),
        ("dance", 0, 19),
    ]
    for number, organisation in enumerate(organisations[:10]):
        kind, weekday, hour = weekly[number % len(weekly)]
        first = _next_weekday(today - datetime.timedelta(days=21), weekday)
        event = _event(
            organisation,
            kind,
            start=_local(first, hour),
            end=_local(first, hour + 2),
            town=organisation.town,
            rng=rng,
            organisation=organisation,
            frequency=EventPage.Frequency.WEEKLY,
            until=today + datetime.timedelta(days=180),
        )
        cancelled = first + datetime.timedelta(weeks=4 + number % 4)
        moved = cancelled + datetime.timedelta(weeks=2)
        event.exceptions = [
            EventException(original_date=cancelled, kind="cancelled", note=CANCELLATION_NOTE["de"]),
            EventException(
                original_date=moved,
                kind="moved",
                new_start=_local(moved + datetime.timedelta(days=1), hour),
                new_end=_local(moved + datetime.timedelta(days=1), hour + 2),
                note=MOVED_NOTE["de"],
            ),
        ]
        event.save_revision().publish()
        count += 1

    # Monthly series on the first Saturday or the 15th.
    for number, organisation in enumerate(organisations[10:18]):
        monthly_by = EventPage.MonthlyBy.NTH_WEEKDAY if number % 2 == 0 else EventPage.MonthlyBy.DAY_OF_MONTH
        first = _next_weekday(today.replace(day=1), 5) if monthly_by == "weekday" else today.replace(day=15)
        kind = ["women-breakfast", "parents-cafe", "counselling", "culture-evening"][number % 4]
        _event(
            organisation,
            kind,
            start=_local(first, 10 if kind != "culture-evening" else 19),
            end=_local(first, 12 if kind != "culture-evening" else 22),
            town=organisation.town,
            rng=rng,
            organisation=organisation,
            frequency=EventPage.Frequency.MONTHLY,
            monthly_by=monthly_by,
            count=8,
        )
        count += 1

    # Single events, a few of them all-day or spanning several days, some already past.
    single_kinds = [
        "culture-evening",
        "workshop-pr",
        "health-talk",
        "open-day",
        "online-info",
        "counselling",
        "dance",
    ]
    while count < 150:
        offset = rng.randint(-60, 180)
        date = today + datetime.timedelta(days=offset)
        kind = single_kinds[count % len(single_kinds)]
        in_portal = count % 5 == 0
        organisation = None if in_portal else rng.choice(organisations)
        parent = calendar if in_portal else organisation
        town = rng.choice(towns) if in_portal else organisation.town
        if kind == "open-day":
            _event(
                parent,
                kind,
                start=_local(date, 0),
                town=town,
                rng=rng,
                organisation=organisation,
                all_day=True,
            )
        elif count % 23 == 0:
            _event(
                parent,
                "festival",
                start=_local(date, 11),
                end=_local(date + datetime.timedelta(days=1), 20),
                town=town,
                rng=rng,
                organisation=organisation,
            )
        else:
            hour = rng.choice([10, 14, 17, 18, 19])
            _event(
                parent,
                kind,
                start=_local(date, hour),
                end=_local(date, hour + 2),
                town=town,
                rng=rng,
                organisation=organisation,
            )
        count += 1
    return count


def _news(news_index):
    from events.demo.news_texts import NEWS

    today = timezone.localdate()
    organisations = {page.slug_de: page for page in OrganisationPage.objects.all()}
    created = 0
    for number, item in enumerate(NEWS):
        parent = organisations.get(item["organisation"]) if item["organisation"] else news_index
        if parent is None:
            continue
        page = NewsPage(date=today - datetime.timedelta(days=item["days_ago"]))
        for field in ("title", "slug", "teaser"):
            set_translated(page, field, item[field])
        set_translated(page, "body", {code: stream(blocks) for code, blocks in item["body"].items()})
        page.title = item["title"][DEFAULT_LANGUAGE]
        page.slug = item["slug"][DEFAULT_LANGUAGE]
        if number % 3 == 0:
            page.image = demo_image(f"Nachrichtenbild {number}", seed=300 + number, size=(1200, 675))
        _page, was_created = add_child_once(parent, page)
        created += was_created
    return created


def _press(archive):
    from events.demo.press_texts import PRESS_CONTACTS, PRESS_RELEASES, PRESS_TOPICS

    contacts = {
        key: PressContact.objects.get_or_create(name=data["name"], defaults=data)[0]
        for key, data in PRESS_CONTACTS.items()
    }
    topics = {}
    for slug, names in PRESS_TOPICS.items():
        topic, _created = PressTopic.objects.get_or_create(
            slug=slug, defaults={"name": names[DEFAULT_LANGUAGE]}
        )
        set_translated(topic, "name", names)
        topic.save()
        topics[slug] = topic
    towns = {town.slug: town for town in Town.objects.all()}
    organisations = list(OrganisationPage.objects.live()[:3])
    created = 0
    for number, data in enumerate(PRESS_RELEASES):
        release = PressReleasePage(
            release_date=datetime.date.fromisoformat(data["date"]), dateline=towns.get(data["dateline"])
        )
        for field in ("title", "slug", "teaser"):
            set_translated(release, field, data[field])
        set_translated(release, "subtitle", data.get("subtitle") or {})
        set_translated(release, "body", {code: stream(blocks) for code, blocks in data["body"].items()})
        release.title = data["title"][DEFAULT_LANGUAGE]
        release.slug = data["slug"][DEFAULT_LANGUAGE]
        if data.get("correction"):
            set_translated(release, "correction_note", data["correction"]["note"])
            release.corrected_at = timezone.make_aware(
                datetime.datetime.fromisoformat(data["correction"]["at"])
            )
        release, was_created = add_child_once(archive, release)
        if not was_created:
            continue
        release.contacts.set([contacts[key] for key in data["contacts"]])
        release.topics.set([topics[slug] for slug in data["topics"] if slug in topics])
        if "Bündnispartner" in data["title"][DEFAULT_LANGUAGE]:
            release.related_organisations.set(organisations)
        if number % 4 == 0:
            image = demo_image(f"Pressefoto {number}", seed=500 + number, credit="Foto: Kreis Mettmann")
            release.images = [PressReleaseImage(image=image, caption=data["teaser"][DEFAULT_LANGUAGE][:120])]
        release.save_revision().publish()
        # The demo's releases keep their historical dates in the archive and feeds.
        published = timezone.make_aware(datetime.datetime.combine(release.release_date, datetime.time(9)))
        PressReleasePage.objects.filter(pk=release.pk).update(first_published_at=published)
        created += 1
    return created
