"""The moderators' list of searches without results (home.search.misses), with a CSV export."""

from django import forms
from django.core.exceptions import PermissionDenied
from django.urls import path
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSet

from home.admin_menu import MenuForSome
from home.languages import LANGUAGES
from home.pagination import paginate
from home.search.misses import REPORT_DAYS, most_frequent
from home.spreadsheet import csv_response

PERMISSION = "home.view_searchmiss"
PER_PAGE = 50


def may_see_misses(user) -> bool:
    return user.is_active and user.has_perm(PERMISSION)


class LanguageFilterForm(forms.Form):
    language = forms.ChoiceField(
        label=gettext_lazy("Language"),
        required=False,
        choices=[("", gettext_lazy("All languages")), *((each.code, each.name) for each in LANGUAGES)],
    )


class SearchMissesView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "home/admin/search_misses.html"
    page_title = gettext_lazy("Searches without results")
    header_icon = "search"

    def get_breadcrumbs_items(self):
        return [*super().get_breadcrumbs_items(), {"url": "", "label": self.page_title}]

    def dispatch(self, request, *args, **kwargs):
        if not may_see_misses(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def misses(self):
        self.form = LanguageFilterForm(self.request.GET or None)
        language = self.form.cleaned_data["language"] if self.form.is_valid() else ""
        return most_frequent(language)

    def get(self, request, *args, **kwargs):
        if request.GET.get("export") == "csv":
            return self.csv(self.misses())
        return super().get(request, *args, **kwargs)

    def csv(self, misses):
        rows = ([miss["query"], miss["language"], miss["total"]] for miss in misses)
        return csv_response("searches-without-results.csv", ["query", "language", "count"], rows)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        page_of_misses = paginate(self.request, self.misses(), PER_PAGE)
        names = {language.code: language.name for language in LANGUAGES}
        context.update(
            {
                "form": self.form,
                "days": REPORT_DAYS,
                "page_obj": page_of_misses,
                "misses": [
                    {**miss, "language_name": names.get(miss["language"], miss["language"])}
                    for miss in page_of_misses
                ],
            }
        )
        return context


class SearchMissesViewSet(MenuForSome, ViewSet):
    name = "search_misses"
    url_prefix = "search-misses"
    icon = "search"
    menu_label = gettext_lazy("Searches without results")
    menu_hook = "register_reports_menu_item"

    def shows_menu_to(self, request):
        return may_see_misses(request.user)

    def get_urlpatterns(self):
        return [path("", SearchMissesView.as_view(), name="index")]
