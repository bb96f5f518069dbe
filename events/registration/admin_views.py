"""The organisers' lists in the admin: who comes on which date, as CSV and for the door.

An organisation's editors see the names and contacts of their own events only; moderators see how
many registered, never who (the lists can reveal origin or religion, GDPR Art. 9).
"""

import datetime

from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q, Sum
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSet

from events.registration.models import Registration, RegistrationSettings
from home.admin_menu import MenuForSome
from home.spreadsheet import csv_response
from organisations.access.visibility import is_moderator, organisations_of

NAMESPACE = "registrations"


def settings_visible_to(user):
    """The registration settings of the events whose counts the user may see."""
    rows = RegistrationSettings.objects.select_related("event", "event__organisation")
    if is_moderator(user):
        return rows
    return rows.filter(event__organisation__in=organisations_of(user))


def may_see_names(user, event) -> bool:
    """Only the editors of the event's own organisation see who registered."""
    return (
        event.organisation_id is not None and organisations_of(user).filter(pk=event.organisation_id).exists()
    )


def date_key(date):
    return date.isoformat() if date else "all"


def parse_date_key(key):
    if key == "all":
        return None
    try:
        return datetime.date.fromisoformat(key)
    except ValueError:
        raise Http404 from None


class RegistrationOverview(WagtailAdminTemplateMixin, TemplateView):
    template_name = "registration/admin/overview.html"
    page_title = gettext_lazy("Registrations")
    header_icon = "group"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        visible = list(settings_visible_to(user).order_by("event__start"))
        events = {row.event_id: row.event for row in visible}
        # One query for every event's dates: how many hold a place, wait, or have not confirmed.
        counts = (
            Registration.objects.filter(event_id__in=events)
            .filter(Q(date__isnull=True) | Q(starts_at__gte=timezone.now() - datetime.timedelta(days=1)))
            .values("event_id", "date", "starts_at")
            .annotate(
                registered=Sum("people", filter=Q(status=Registration.Status.CONFIRMED)),
                waiting=Sum("people", filter=Q(status=Registration.Status.WAITING)),
                unconfirmed=Count("pk", filter=Q(status=Registration.Status.UNCONFIRMED)),
            )
            .order_by("starts_at")
        )
        lines = {}
        for row in counts:
            line = lines.setdefault(
                (row["event_id"], row["date"]),
                {
                    "date": row["date"],
                    "starts_at": row["starts_at"],
                    "registered": 0,
                    "waiting": 0,
                    "unconfirmed": 0,
                },
            )
            for name in ("registered", "waiting", "unconfirmed"):
                line[name] += row[name] or 0
        own = set(organisations_of(user).values_list("pk", flat=True))
        context["events"] = [
            {
                "event": settings.event,
                "places": settings.places,
                "names_visible": settings.event.organisation_id in own,
                "dates": [
                    {**line, "key": date_key(line["date"])}
                    for (event_id, _date), line in lines.items()
                    if event_id == settings.event_id
                ],
            }
            for settings in visible
        ]
        return context


def _people_of(request, event_id, key):
    """The event and the registrations of one date, for the event's own editors only."""
    settings = get_object_or_404(settings_visible_to(request.user), event_id=event_id)
    event = settings.event
    if not may_see_names(request.user, event):
        raise PermissionDenied
    date = parse_date_key(key)
    registrations = list(
        Registration.objects.filter(event=event, date=date)
        .exclude(status=Registration.Status.UNCONFIRMED)
        .order_by("status", "created_at", "pk")
    )
    return event, date, registrations


class RegistrationList(WagtailAdminTemplateMixin, TemplateView):
    template_name = "registration/admin/list.html"
    page_title = gettext_lazy("Registrations")
    header_icon = "group"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        event, date, registrations = _people_of(self.request, kwargs["event_id"], kwargs["key"])
        context.update(
            event=event,
            date=date,
            key=kwargs["key"],
            registrations=registrations,
            registered=sum(r.people for r in registrations if r.status == Registration.Status.CONFIRMED),
        )
        return context


def print_view(request, event_id, key):
    """The list for the door: names and number of people, printed on paper."""
    event, date, registrations = _people_of(request, event_id, key)
    return TemplateResponse(
        request,
        "registration/admin/print.html",
        {"event": event, "date": date, "registrations": registrations},
    )


def csv_view(request, event_id, key):
    event, _date, registrations = _people_of(request, event_id, key)
    header = [_("Name"), _("Email"), _("Phone"), _("Number of people"), _("Note"), _("Status")]
    rows = (
        (each.name, each.email, each.phone, each.people, each.note, each.get_status_display())
        for each in registrations
    )
    return csv_response(f"registrations-{event.pk}-{key}.csv", header, rows)


class RegistrationViewSet(MenuForSome, ViewSet):
    name = NAMESPACE
    url_prefix = "registrations"
    icon = "group"
    menu_label = gettext_lazy("Registrations")
    menu_order = 235
    add_to_admin_menu = True

    def shows_menu_to(self, request):
        return is_moderator(request.user) or organisations_of(request.user).exists()

    def get_urlpatterns(self):
        return [
            path("", RegistrationOverview.as_view(), name="index"),
            path("<int:event_id>/<str:key>/", RegistrationList.as_view(), name="list"),
            path("<int:event_id>/<str:key>/print/", print_view, name="print"),
            path("<int:event_id>/<str:key>/csv/", csv_view, name="csv"),
        ]
