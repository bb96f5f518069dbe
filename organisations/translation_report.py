"""The translation overview: per page and language, complete, missing, outdated or only copied.

Editors see their organisation's pages, moderators every page of the portal.
"""

from dataclasses import dataclass

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Exists, F, OuterRef, Q, Subquery
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.generic import TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSet
from wagtail.models import Page

from home.admin_menu import MenuForSome
from home.languages import DEFAULT_LANGUAGE, LANGUAGES, get_language
from home.languages.translation_state import STATUS_LABELS, Status, start_translation, status_of
from home.machine_translation.review import REVIEW_LABELS, Review, review_of
from home.models import TranslationEdit
from home.pagination import paginate
from organisations.access.visibility import is_moderator, organisations_of
from organisations.models import OrganisationPage

NAMESPACE = "translations"
PER_PAGE = 50


class ReportFilterForm(forms.Form):
    organisation = forms.ModelChoiceField(
        label=gettext_lazy("Organisation"),
        queryset=OrganisationPage.objects.none(),
        required=False,
        empty_label=gettext_lazy("All"),
    )
    language = forms.ChoiceField(label=gettext_lazy("Language"), required=False)
    status = forms.ChoiceField(label=gettext_lazy("Status"), required=False)
    review = forms.ChoiceField(label=gettext_lazy("Review"), required=False)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        organisations = OrganisationPage.objects.all() if is_moderator(user) else organisations_of(user)
        self.fields["organisation"].queryset = organisations.order_by("title_de")
        self.fields["organisation"].label_from_instance = lambda page: page.title
        self.fields["language"].choices = [("", _("All"))] + [
            (language.code, language.name) for language in LANGUAGES if language.code != DEFAULT_LANGUAGE
        ]
        self.fields["status"].choices = [("", _("All"))] + [
            (status.value, STATUS_LABELS[status]) for status in Status if status != Status.SOURCE
        ]
        self.fields["review"].choices = [("", _("All"))] + [
            (review.value, REVIEW_LABELS[review]) for review in Review
        ]


def pages_for(user):
    """The pages whose translations the user looks after."""
    pages = Page.objects.filter(depth__gt=1).order_by("path")
    if is_moderator(user):
        return pages
    own = Q(pk__in=[])
    for organisation_path in organisations_of(user).values_list("path", flat=True):
        own |= Q(path__startswith=organisation_path)
    return pages.filter(own)


def _edits(language, **filters):
    return TranslationEdit.objects.filter(page=OuterRef("pk"), language=language, **filters)


def filter_by_status(pages, language, status):
    german_edited = Subquery(
        TranslationEdit.objects.filter(page=OuterRef("page"), language=DEFAULT_LANGUAGE).values("edited_at")[
            :1
        ]
    )
    own = _edits(language, has_content=True, copied_from_german=False)
    if status == Status.COPY:
        return pages.filter(Exists(_edits(language, copied_from_german=True)))
    if status == Status.MISSING:
        return pages.exclude(Exists(own)).exclude(Exists(_edits(language, copied_from_german=True)))
    if status == Status.OUTDATED:
        return pages.filter(Exists(own.filter(edited_at__lt=german_edited)))
    if status == Status.COMPLETE:
        return pages.filter(Exists(own)).exclude(Exists(own.filter(edited_at__lt=german_edited)))
    return pages


def filter_by_review(pages, language, review):
    machine = _edits(language, machine_translated_at__isnull=False)
    reviewed = machine.filter(reviewed_at__gte=F("machine_translated_at"))
    if review == Review.MACHINE:
        return pages.filter(Exists(machine)).exclude(Exists(reviewed))
    if review == Review.REVIEWED:
        return pages.filter(Exists(reviewed))
    if review == Review.HUMAN:
        return pages.exclude(Exists(machine))
    return pages


@dataclass
class Cell:
    code: str
    name: str
    status: Status | None  # None: the page is not offered in this language
    label: str
    review: str = ""  # machine-translated, reviewed (by whom) or by a person; only for existing text


def _review_label(edit, status):
    if status not in (Status.COMPLETE, Status.OUTDATED):
        return ""
    review = review_of(edit)
    if review == Review.REVIEWED and edit.reviewed_by:
        return _("machine-translated, reviewed by %(name)s") % {
            "name": edit.reviewed_by.get_full_name() or edit.reviewed_by.get_username()
        }
    return str(REVIEW_LABELS[review])


class TranslationReportView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "organisations/admin/translation_report.html"
    page_title = gettext_lazy("Translations")
    header_icon = "globe"

    def get_breadcrumbs_items(self):
        # The report names itself in the header, not only the dashboard it comes from.
        return [*super().get_breadcrumbs_items(), {"url": "", "label": self.page_title}]

    def dispatch(self, request, *args, **kwargs):
        if not (is_moderator(request.user) or organisations_of(request.user).exists()):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        form = ReportFilterForm(self.request.GET or None, user=self.request.user)
        pages = pages_for(self.request.user)
        languages = list(LANGUAGES)
        if form.is_valid():
            if form.cleaned_data["organisation"]:
                pages = pages.descendant_of(form.cleaned_data["organisation"], inclusive=True)
            if form.cleaned_data["language"]:
                languages = [get_language(DEFAULT_LANGUAGE), get_language(form.cleaned_data["language"])]
                if form.cleaned_data["status"]:
                    pages = filter_by_status(
                        pages, form.cleaned_data["language"], form.cleaned_data["status"]
                    )
                if form.cleaned_data["review"]:
                    pages = filter_by_review(
                        pages, form.cleaned_data["language"], form.cleaned_data["review"]
                    )
        page_of_pages = paginate(self.request, pages.specific().defer_streamfields(), PER_PAGE)
        edits = {}
        for edit in TranslationEdit.objects.filter(
            page__in=[page.pk for page in page_of_pages]
        ).select_related("reviewed_by"):
            edits.setdefault(edit.page_id, {})[edit.language] = edit
        status_filter = form.cleaned_data.get("status") if form.is_valid() else ""
        rows = []
        for page in page_of_pages:
            offered = page.offered_languages() if hasattr(page, "offered_languages") else (DEFAULT_LANGUAGE,)
            cells = []
            for language in languages:
                if language.code not in offered:
                    cells.append(Cell(language.code, language.name, None, _("not offered")))
                    continue
                status = status_of(edits.get(page.pk, {}), language.code)
                cells.append(
                    Cell(
                        language.code,
                        language.name,
                        status,
                        STATUS_LABELS[status],
                        _review_label(edits.get(page.pk, {}).get(language.code), status),
                    )
                )
            if status_filter and not any(cell.status == status_filter for cell in cells):
                continue
            rows.append({"page": page, "cells": cells})
        context.update({"form": form, "rows": rows, "languages": languages, "page_obj": page_of_pages})
        return context


class StartTranslationView(View):
    """Copies the German into an empty language as a draft starting point."""

    def post(self, request, page_id, code):
        page = get_object_or_404(Page, pk=page_id).specific
        if not page.permissions_for_user(request.user).can_edit():
            raise PermissionDenied
        if code == DEFAULT_LANGUAGE or code not in getattr(page, "offered_languages", lambda: ())():
            raise Http404
        start_translation(page, code, user=request.user)
        messages.success(
            request,
            _(
                "The German text was copied into %(language)s as a draft. "
                "Translate it, then save or submit it."
            )
            % {"language": get_language(code).name},
        )
        return redirect(reverse("wagtailadmin_pages:edit", args=[page.pk]) + f"?translation={code}")


class TranslationViewSet(MenuForSome, ViewSet):
    name = NAMESPACE
    url_prefix = "translations"
    icon = "globe"
    menu_label = gettext_lazy("Translations")
    menu_order = 220
    add_to_admin_menu = True

    def shows_menu_to(self, request):
        return is_moderator(request.user) or organisations_of(request.user).exists()

    def get_urlpatterns(self):
        return [
            path("", TranslationReportView.as_view(), name="report"),
            path("start/<int:page_id>/<slug:code>/", StartTranslationView.as_view(), name="start"),
        ]
