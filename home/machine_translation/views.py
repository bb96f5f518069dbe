"""The admin page “Vorübersetzen” of one page: per language, pre-translate or mark as reviewed.

Offered only to users who may publish the page, and only when the server has an engine.
"""

from dataclasses import dataclass

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.generic import TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page

from home.languages import DEFAULT_LANGUAGE, LANGUAGE_CODES, get_language
from home.machine_translation.engines import EngineError, configured_engine
from home.machine_translation.pretranslate import characters_this_month, fields_to_translate, pretranslate
from home.machine_translation.review import REVIEW_LABELS, Review, mark_reviewed, review_of
from home.machine_translation.reviewers import review_languages
from home.models import TranslationEdit


def may_pretranslate(page, user) -> bool:
    return page.permissions_for_user(user).can_publish()


def offered_codes(page):
    offered = page.offered_languages() if hasattr(page, "offered_languages") else LANGUAGE_CODES
    return [code for code in LANGUAGE_CODES if code in offered and code != DEFAULT_LANGUAGE]


@dataclass
class Row:
    code: str
    name: str
    translatable: bool
    pending: int  # fields the machine would fill now
    review: Review
    review_label: str
    reviewed_by: str
    may_review: bool  # a language the user set in their account as one they review


class MachineTranslationView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "home/admin/machine_translation.html"
    page_title = gettext_lazy("Pre-translate")
    header_icon = "globe"

    def dispatch(self, request, page_id):
        self.engine = configured_engine()
        if self.engine is None:
            raise Http404
        self.page = get_object_or_404(Page, pk=page_id).specific
        if not may_pretranslate(self.page, request.user):
            raise PermissionDenied
        return super().dispatch(request, page_id)

    def get_page_subtitle(self):
        return self.page.get_admin_display_title()

    def get_breadcrumbs_items(self):
        return [
            *super().get_breadcrumbs_items(),
            {
                "url": reverse("wagtailadmin_pages:edit", args=[self.page.pk]),
                "label": self.page.get_admin_display_title(),
            },
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        try:
            self.engine.target_languages()
            engine_error = ""
        except EngineError as error:
            engine_error = str(error)
        edits = {
            edit.language: edit
            for edit in TranslationEdit.objects.filter(page_id=self.page.pk).select_related("reviewed_by")
        }
        draft = self.page.get_latest_revision_as_object()
        reviews = review_languages(self.request.user)
        rows = []
        for code in offered_codes(self.page):
            edit = edits.get(code)
            review = review_of(edit)
            translatable = not engine_error and self.engine.translates_into(code)
            rows.append(
                Row(
                    code=code,
                    name=get_language(code).name,
                    translatable=translatable,
                    pending=len(fields_to_translate(self.page, draft, code)) if translatable else 0,
                    review=review,
                    review_label=REVIEW_LABELS[review],
                    reviewed_by=(edit.reviewed_by.get_full_name() or edit.reviewed_by.get_username())
                    if review == Review.REVIEWED and edit.reviewed_by
                    else "",
                    may_review=code in reviews,
                )
            )
        context.update(
            {
                "page": self.page,
                "rows": rows,
                "engine": self.engine,
                "engine_error": engine_error,
                "characters_this_month": characters_this_month(self.engine),
                "monthly_cap": settings.MACHINE_TRANSLATION_MONTHLY_CHARACTERS,
            }
        )
        return context

    def post(self, request, page_id):
        code = request.POST.get("language", "")
        if code not in offered_codes(self.page):
            messages.error(request, _("Choose one of the page's languages."))
            return redirect(request.path)
        language = get_language(code).name
        if request.POST.get("action") == "review":
            if code not in review_languages(request.user):
                messages.error(
                    request,
                    _(
                        "You can mark only languages you review as reviewed. "
                        "Set them in your account under “Machine translation”."
                    ),
                )
                return redirect(request.path)
            mark_reviewed(self.page, code, request.user)
            messages.success(request, _("%(language)s is marked as reviewed.") % {"language": language})
            return redirect(request.path)
        try:
            result = pretranslate(self.page, code, self.engine, user=request.user)
        except EngineError as error:
            messages.error(request, str(error))
            return redirect(request.path)
        if not result.fields:
            messages.info(
                request,
                _("Nothing to pre-translate into %(language)s: every field is translated and up to date.")
                % {"language": language},
            )
            return redirect(request.path)
        messages.success(
            request,
            ngettext(
                "%(count)s field was pre-translated into %(language)s and saved as a draft. "
                "Check it, then publish.",
                "%(count)s fields were pre-translated into %(language)s and saved as a draft. "
                "Check them, then publish.",
                len(result.fields),
            )
            % {"count": len(result.fields), "language": language},
        )
        return redirect(reverse("wagtailadmin_pages:edit", args=[self.page.pk]) + f"?translation={code}")


def admin_urls():
    return [
        path(
            "machine-translation/<int:page_id>/", MachineTranslationView.as_view(), name="machine_translation"
        ),
    ]
