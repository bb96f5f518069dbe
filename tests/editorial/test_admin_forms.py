"""Every page type through the admin's own forms: create, edit, preview in each language, publish,
schedule, unpublish; the organisations' pages submitted and approved from the editor and the
dashboard. The forms are read from the admin and posted back as a browser sends them."""

import datetime
import json
import re
from types import SimpleNamespace

import pytest
import time_machine
from bs4 import BeautifulSoup

from django.core.management import call_command
from django.utils import timezone

from events.calendar.models import EventPage
from events.news.models import NewsPage
from events.press.models import PressReleasePage
from home.models import StandardPage
from organisations.models import OrganisationContentPage
from tests.admin_forms import PageForm
from tests.factories import (
    EventCalendarPageFactory,
    EventPageFactory,
    NewsIndexPageFactory,
    PressArchivePageFactory,
)

IN_A_WEEK = (timezone.localtime() + datetime.timedelta(days=7)).replace(hour=18, minute=0, second=0)


@pytest.fixture
def portal(home_page, directory, org_a, moderator):
    return SimpleNamespace(
        home=home_page,
        organisation=org_a,
        calendar=EventCalendarPageFactory(parent=home_page),
        news=NewsIndexPageFactory(parent=home_page),
        press=PressArchivePageFactory(parent=home_page),
    )


def fill_event(portal, form):
    form.set(
        start=f"{IN_A_WEEK:%Y-%m-%d %H:%M}",
        end=f"{IN_A_WEEK + datetime.timedelta(hours=2):%Y-%m-%d %H:%M}",
        venue_name="Bürgerhaus Hilden",
    )


def fill_press_release(portal, form):
    # A related event, found as the editor finds it: the preview once failed on the unsaved relation.
    EventPageFactory(parent=portal.calendar, title="Interkulturelle Woche")
    form.choose_related("related_events", "Interkulturelle")
    form.set(subtitle_de="Programm für alle")


# model, its parent in `portal`, the fields it needs beyond a title
PAGE_TYPES = {
    "standard": (StandardPage, "home", None),
    "organisation-page": (OrganisationContentPage, "organisation", None),
    "event": (EventPage, "calendar", fill_event),
    "organisation-event": (EventPage, "organisation", fill_event),
    "news": (NewsPage, "news", None),
    "organisation-news": (NewsPage, "organisation", None),
    "press-release": (PressReleasePage, "press", fill_press_release),
}


def add_url(model, parent):
    return f"/admin/pages/add/{model._meta.app_label}/{model._meta.model_name}/{parent.pk}/"


def created(client, portal, kind, *, title, action=None):
    model, parent_name, fill = PAGE_TYPES[kind]
    parent = getattr(portal, parent_name)
    form = PageForm(client, add_url(model, parent))
    if fill:
        fill(portal, form)
    form.set(title_de=title, slug_de=re.sub(r"\W+", "-", title.lower()).strip("-"))
    response = form.post(action)
    assert response.status_code == 302, form.errors(response)
    return model.objects.get(title_de=title)


def language_of(response):
    return BeautifulSoup(response.content, "html.parser").html["lang"]


@pytest.mark.parametrize("kind", PAGE_TYPES)
def test_create_preview_publish_schedule_and_unpublish(admin_client, portal, kind, client):
    page = created(admin_client, portal, kind, title="Neue Seite im Portal")
    assert not page.live
    # "View draft" renders the saved draft as a visitor will see it.
    assert admin_client.get(f"/admin/pages/{page.pk}/view_draft/").status_code == 200

    # The editor chooses Turkish beside German in the editor's language picker.
    form = PageForm(admin_client, f"/admin/pages/{page.pk}/edit/?translation=tr")
    assert "title_tr" in form.field_names
    form.set(title_tr="Portalda yeni sayfa")
    # The preview in each of the page's languages, from the unsaved form.
    previews = form.preview(*(code for code, _name in page.preview_modes))
    for code, preview in previews.items():
        assert preview.status_code == 200, (code, preview.content[:300])
        assert language_of(preview) == code
    turkish = BeautifulSoup(previews["tr"].content, "html.parser")
    assert turkish.h1.get_text(strip=True) == "Portalda yeni sayfa"
    if kind == "press-release":
        assert "Interkulturelle Woche" in turkish.get_text()

    assert form.post("publish").status_code == 302
    page.refresh_from_db()
    assert page.live and page.title_tr == "Portalda yeni sayfa"
    assert client.get(page.get_url()).status_code == 200

    # A change scheduled for tomorrow: the live page stays as it is until then.
    tomorrow = timezone.localtime() + datetime.timedelta(days=1)
    form.set(title_de="Neue Seite ab morgen", go_live_at=f"{tomorrow:%Y-%m-%d %H:%M}")
    assert form.post("publish").status_code == 302
    page.refresh_from_db()
    assert page.title_de == "Neue Seite im Portal" and page.scheduled_revision is not None
    with time_machine.travel(tomorrow + datetime.timedelta(minutes=5)):
        call_command("publish_scheduled")
    page.refresh_from_db()
    assert page.title_de == "Neue Seite ab morgen" and page.live

    response = admin_client.post(f"/admin/pages/{page.pk}/unpublish/", {})
    assert response.status_code == 302
    page.refresh_from_db()
    assert not page.live
    assert client.get(page.get_url()).status_code == 404


ORGANISATION_TYPES = ["organisation-page", "organisation-event", "organisation-news"]


@pytest.mark.parametrize("approve_from", ["editor", "dashboard"])
@pytest.mark.parametrize("kind", ORGANISATION_TYPES)
def test_editor_submits_and_moderator_approves(
    client, admin_client, portal, editor_a, moderator, outbox, kind, approve_from
):
    client.force_login(editor_a)
    page = created(client, portal, kind, title="Sprachcafé im Advent", action="submit")
    assert page.workflow_in_progress and not page.live

    client.force_login(moderator)
    if approve_from == "editor":
        response = PageForm(client, f"/admin/pages/{page.pk}/edit/").post(workflow_action="approve")
    else:
        task_state = page.current_workflow_task_state
        dashboard = client.get("/admin/")
        action_url = f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/"
        assert action_url in dashboard.content.decode()
        response = client.post(action_url, {"next": "/admin/"})
    assert response.status_code == 302

    page.refresh_from_db()
    assert page.live and not page.workflow_in_progress
    client.logout()
    assert client.get(page.get_url()).status_code == 200
    # The submitter's mail links to the page a visitor now sees.
    approval = [message for message in outbox if editor_a.email in message.to][-1]
    link = re.search(r"https?://[^/\s]+(/\S+)", approval.body).group(1)
    assert client.get(link).status_code == 200


def test_an_action_sent_again_by_autosave_is_refused_and_writes_nothing(client, portal, editor_a, moderator):
    client.force_login(editor_a)
    page = created(client, portal, "organisation-event", title="Sprachcafé im Advent", action="submit")
    client.force_login(moderator)
    form = PageForm(client, f"/admin/pages/{page.pk}/edit/")
    # What Wagtail's workflow button leaves in the form, posted by autosave as JSON.
    form.set(venue_name="Stadthalle")
    form.data["action-workflow-action"] = "true"
    form.data["workflow-action-name"] = "approve"
    response = form.autosave()
    assert response.status_code == 400
    assert json.loads(response.content)["error_code"] == "invalid_revision"
    page.refresh_from_db()
    assert page.workflow_in_progress and not page.live
    assert page.get_latest_revision_as_object().venue_name == "Bürgerhaus Hilden"
    # The click's own post approves, once.
    del form.data["action-workflow-action"], form.data["workflow-action-name"]
    assert form.post(workflow_action="approve").status_code == 302
    page.refresh_from_db()
    assert page.live and page.venue_name == "Stadthalle"


def next_tuesday():
    today = timezone.localtime().replace(hour=18, minute=0, second=0, microsecond=0)
    return today + datetime.timedelta(days=(1 - today.weekday()) % 7 + 7)


def dates_shown(response):
    soup = BeautifulSoup(response.content, "html.parser")
    dates = soup.select("ul.occurrence-dates > li")
    notes = {note.get_text(strip=True): note.get("lang") for note in soup.select(".occurrence-note")}
    return dates, notes


def test_a_weekly_series_with_a_cancelled_and_a_moved_date(admin_client, client, portal):
    """Recurrence fields, weekday boxes and the changed dates inline, in the preview and live."""
    first = next_tuesday()
    form = PageForm(admin_client, add_url(EventPage, portal.calendar) + "?translation=tr")
    form.set(
        title_de="Sprachcafé",
        slug_de="sprachcafe",
        title_tr="Dil kafesi",
        start=f"{first:%Y-%m-%d %H:%M}",
        end=f"{first + datetime.timedelta(hours=2):%Y-%m-%d %H:%M}",
        venue_name="Stadtbücherei Hilden",
        frequency="weekly",
        weekdays=["TU", "TH"],
        count=6,
    )
    thursday = first + datetime.timedelta(days=2)
    second_tuesday = first + datetime.timedelta(days=7)
    moved_to = second_tuesday + datetime.timedelta(days=1)
    form.add_row(
        "exceptions",
        original_date=f"{thursday:%Y-%m-%d}",
        kind="cancelled",
        note_de="Fällt wegen Krankheit aus",
        note_tr="Hastalık nedeniyle iptal",
    )
    form.add_row(
        "exceptions",
        original_date=f"{second_tuesday:%Y-%m-%d}",
        kind="moved",
        new_start=f"{moved_to:%Y-%m-%d %H:%M}",
        note_de="Diesmal am Mittwoch",
    )

    # Before the first save: the preview shows the six dates with the changes.
    previews = form.preview("de", "tr")
    dates, notes = dates_shown(previews["de"])
    assert len(dates) == 6
    assert len([date for date in dates if "is-cancelled" in date.get("class", [])]) == 1
    assert len([date for date in dates if date.select(".badge.moved")]) == 1
    assert notes == {"Fällt wegen Krankheit aus": None, "Diesmal am Mittwoch": None}
    _dates, notes = dates_shown(previews["tr"])
    # The Turkish note in Turkish; the German one where there is none, marked as German.
    assert notes == {"Hastalık nedeniyle iptal": None, "Diesmal am Mittwoch": "de"}

    response = form.post("publish")
    assert response.status_code == 302, form.errors(response)
    event = EventPage.objects.get(title_de="Sprachcafé")
    assert event.live and event.weekdays == ["TU", "TH"] and event.exceptions.count() == 2
    assert event.occurrences.count() == 6

    # The published page, as a Turkish reader sees it.
    from django.utils import translation

    with translation.override("tr"):
        turkish_url = event.get_url()
    _dates, notes = dates_shown(client.get(turkish_url))
    assert notes == {"Hastalık nedeniyle iptal": None, "Diesmal am Mittwoch": "de"}
    dates, _notes = dates_shown(client.get(event.get_url()))
    assert len(dates) == 6
