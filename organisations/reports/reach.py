"""Reach in the admin: views per language over time (an SVG chart and its table), the most read
pages, and the translations most wanted (views that got the German text instead). Each table
downloads as CSV; editors of an organisation see only their subsite."""

from django import forms
from django.urls import path, reverse
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy

from wagtail.admin.viewsets.base import ViewSet

from home.admin_menu import MenuForSome
from home.languages import DEFAULT_LANGUAGE, LANGUAGES
from home.page_views.reach import share, top_pages, views_per_language, wanted_translations
from home.pagination import paginate
from home.reports.chart import bar_chart
from home.reports.period import PeriodForm, period_from
from home.spreadsheet import csv_response
from organisations.reports.base import ReportView
from organisations.reports.scope import may_see_reach, reported_pages

NAMESPACE = "reach"
PER_PAGE = 50
NAMES = {language.code: language.name for language in LANGUAGES}
BUCKET_HEADINGS = {
    "day": gettext_lazy("Day"),
    "week": gettext_lazy("Week starting"),
    "month": gettext_lazy("Month"),
}


def bucket_label(bucket, kind):
    return date_format(bucket, "YEAR_MONTH_FORMAT" if kind == "month" else "SHORT_DATE_FORMAT")


class LanguagePeriodForm(PeriodForm):
    # The lists add up the whole period: nothing to count by.
    bucket = None
    language = forms.ChoiceField(
        label=gettext_lazy("Language"),
        required=False,
        choices=[("", gettext_lazy("All languages")), *((each.code, each.name) for each in LANGUAGES)],
    )


class ReachView(ReportView):
    header_icon = "view"
    form_class = PeriodForm

    def may_see(self, user):
        return may_see_reach(user)

    def setup_report(self):
        self.pages = reported_pages(self.request.user)
        self.period, self.form = period_from(self.request.GET, self.form_class)
        self.language = self.form.cleaned_data.get("language", "")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            {
                "period": self.period,
                "tabs": [
                    (reverse(f"{NAMESPACE}:{name}"), label, name == self.tab)
                    for name, label in (
                        ("views", gettext_lazy("Views per language")),
                        ("top_pages", gettext_lazy("Most read pages")),
                        ("wanted", gettext_lazy("Translations most wanted")),
                    )
                ],
            }
        )
        return context


class ViewsPerLanguageView(ReachView):
    template_name = "organisations/admin/reports/views_per_language.html"
    page_title = gettext_lazy("Views per language")
    tab = "views"

    def series(self):
        counts = views_per_language(self.period, self.pages)
        # In the portal's order of languages, German first; languages nobody read are left out.
        return [(each.code, each.name, counts[each.code]) for each in LANGUAGES if each.code in counts]

    def export(self):
        buckets = self.period.bucket_starts()
        rows = [
            (bucket.isoformat(), code, counts.get(bucket, 0))
            for code, _name, counts in self.series()
            for bucket in buckets
        ]
        return csv_response("views-per-language.csv", ["period_start", "language", "views"], rows)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        series = self.series()
        buckets = self.period.bucket_starts()
        kind = self.period.bucket
        context.update(
            {
                "chart": bar_chart(series, buckets, lambda bucket: bucket_label(bucket, kind))
                if series
                else None,
                "bucket_heading": BUCKET_HEADINGS[kind],
                "languages": [(code, name) for code, name, _counts in series],
                "table": [
                    (bucket_label(bucket, kind), [counts.get(bucket, 0) for _code, _name, counts in series])
                    for bucket in buckets
                ],
                "totals": [sum(counts.values()) for _code, _name, counts in series],
            }
        )
        return context


class TopPagesView(ReachView):
    template_name = "organisations/admin/reports/top_pages.html"
    page_title = gettext_lazy("Most read pages")
    tab = "top_pages"
    form_class = LanguagePeriodForm

    def rows(self):
        return top_pages(self.period, self.pages, self.language)

    def export(self):
        rows = [(row["page_id"], row["title"], row["language"], row["total"]) for row in self.rows()]
        return csv_response("most-read-pages.csv", ["page_id", "title", "language", "views"], rows)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        page_obj = paginate(self.request, self.rows(), PER_PAGE)
        context.update(
            {
                "page_obj": page_obj,
                "rows": [
                    {**row, "language_name": NAMES.get(row["language"], row["language"])} for row in page_obj
                ],
            }
        )
        return context


class WantedTranslationsView(ReachView):
    template_name = "organisations/admin/reports/wanted_translations.html"
    page_title = gettext_lazy("Translations most wanted")
    tab = "wanted"
    form_class = LanguagePeriodForm

    def setup_report(self):
        super().setup_report()
        # German is what the others fall back to: there is nothing to want in it.
        self.form.fields["language"].choices = [
            choice for choice in self.form.fields["language"].choices if choice[0] != DEFAULT_LANGUAGE
        ]

    def rows(self):
        return wanted_translations(self.period, self.pages, self.language)

    def export(self):
        rows = [
            (
                row["page_id"],
                row["title"],
                row["language"],
                row["total"],
                row["fallback"],
                share(row["fallback"], row["total"]),
            )
            for row in self.rows()
        ]
        header = ["page_id", "title", "language", "views", "views_in_german", "share_percent"]
        return csv_response("translations-most-wanted.csv", header, rows)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        page_obj = paginate(self.request, self.rows(), PER_PAGE)
        context.update(
            {
                "page_obj": page_obj,
                "rows": [
                    {
                        **row,
                        "language_name": NAMES.get(row["language"], row["language"]),
                        "share": share(row["fallback"], row["total"]),
                    }
                    for row in page_obj
                ],
            }
        )
        return context


class ReachViewSet(MenuForSome, ViewSet):
    name = NAMESPACE
    url_prefix = "reports/reach"
    icon = "view"
    menu_label = gettext_lazy("Page views")
    menu_hook = "register_reports_menu_item"

    def shows_menu_to(self, request):
        return may_see_reach(request.user)

    def get_urlpatterns(self):
        return [
            path("", ViewsPerLanguageView.as_view(), name="views"),
            path("top-pages/", TopPagesView.as_view(), name="top_pages"),
            path("translations-wanted/", WantedTranslationsView.as_view(), name="wanted"),
        ]
