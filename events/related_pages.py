"""Choosing a press release's related events and organisations from thousands, by searching.

A plain multiple select lists every event of the district by its title alone:
the same title many times over, thousands of options in every press release
form. This widget shows only the pages already chosen, each with its date or
town and its organisation, and finds others through a search that the
browser asks `related-pages/<kind>/?q=` for.
"""

from dataclasses import dataclass

from django import forms
from django.db.models import Q
from django.http import Http404, JsonResponse
from django.urls import path, reverse
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _

from events.calendar.models import EventPage
from home.languages import DEFAULT_LANGUAGE, active_language
from organisations.models import OrganisationPage

SEARCH_RESULTS = 20


@dataclass(frozen=True)
class Kind:
    model: type
    related: tuple[str, ...]
    by_date: bool

    def pages(self):
        return self.model.objects.select_related(*self.related).defer_streamfields()

    def label(self, page) -> str:
        if self.by_date:
            parts = [page.title, formats.date_format(timezone.localtime(page.start), "SHORT_DATE_FORMAT")]
            if page.organisation is not None:
                parts.append(page.organisation.title)
            return " – ".join(parts)
        return f"{page.title} ({page.town.name})" if page.town_id else page.title

    def search(self, query: str):
        code = active_language().code
        matches = Q(**{f"title_{DEFAULT_LANGUAGE}__icontains": query}) | Q(
            **{f"title_{code}__icontains": query}
        )
        order = "-start" if self.by_date else f"title_{DEFAULT_LANGUAGE}"
        return self.pages().live().filter(matches).order_by(order, "pk")[:SEARCH_RESULTS]


def kinds() -> dict[str, Kind]:
    return {
        "events": Kind(EventPage, ("organisation",), by_date=True),
        "organisations": Kind(OrganisationPage, ("town",), by_date=False),
    }


class RelatedPagesWidget(forms.Widget):
    """The chosen pages as checkboxes, and a search that adds more."""

    template_name = "events/widgets/related_pages.html"

    class Media:
        js = ["events/js/related_pages.js"]

    def __init__(self, kind: str, attrs=None):
        super().__init__(attrs)
        self.kind = kind

    def __deepcopy__(self, memo):
        copy = super().__deepcopy__(memo)
        copy.kind = self.kind
        return copy

    def value_from_datadict(self, data, files, name):
        return data.getlist(name) if hasattr(data, "getlist") else data.get(name)

    def value_omitted_from_data(self, data, files, name):
        # Like checkboxes: nothing sent means nothing chosen.
        return False

    def format_value(self, value):
        return [str(each.pk if hasattr(each, "pk") else each) for each in value or ()]

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        kind = kinds()[self.kind]
        chosen = [pk for pk in context["widget"]["value"] if pk.isdigit()]
        pages = kind.pages().filter(pk__in=chosen).order_by("pk") if chosen else []
        context["chosen"] = [(page.pk, kind.label(page)) for page in pages]
        context["search_url"] = reverse("related_pages_search", args=[self.kind])
        context["search_label"] = _("Search by title")
        return context


def search_view(request, kind):
    if kind not in kinds():
        raise Http404
    query = request.GET.get("q", "").strip()[:100]
    results = []
    if len(query) >= 2:
        results = [
            {"id": page.pk, "label": kinds()[kind].label(page)} for page in kinds()[kind].search(query)
        ]
    return JsonResponse({"results": results})


def admin_urls():
    # Under /admin/: Wagtail's admin URLs require a logged-in user with admin access.
    return [path("related-pages/<str:kind>/", search_view, name="related_pages_search")]
