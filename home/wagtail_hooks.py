"""Admin integration of the portal frame."""

from django.templatetags.static import static
from django.urls import path, reverse
from django.utils import translation
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home import page_views
from home.accounts.two_factor.devices import has_confirmed_device
from home.accounts.two_factor.panels import recommendation_panels
from home.accounts.two_factor.urls import admin_urls
from home.admin_scope import permission_scope, register_scope
from home.admin_scope.api import register_scoped_endpoints
from home.admin_scope.snippets import ScopedSnippetViewSet
from home.autosave import refuse_actions_by_autosave
from home.demo.portal import build_portal
from home.editing_languages import REQUEST_PARAMETER, remember_choice
from home.freshness import still_correct, still_correct_button
from home.languages import workarounds
from home.models import BarrierReport, GlossaryTerm
from home.page_cache import cache_response_with, tags_for_page
from home.search.admin import SearchMissesViewSet

# wagtail_modeltranslation's hooks are loaded (it comes first in INSTALLED_APPS): withdraw its
# "copy content from" buttons (home.languages.workarounds, STREAM_COPY).
workarounds.withdraw_stream_copy()


class BarrierReportViewSet(ScopedSnippetViewSet):
    model = BarrierReport
    icon = "warning"
    menu_label = _("Barrier reports")
    menu_order = 900
    add_to_admin_menu = True
    list_display = ["created_at", "page_url", "description", "email", "handled"]
    list_filter = ["handled", "language"]
    search_fields = ["description", "page_url"]
    copy_view_enabled = False


register_snippet(BarrierReportViewSet)
# Moderators only, in the listing, the chooser and everywhere else.
register_scope(BarrierReport, permission_scope)


@hooks.register("before_serve_page")
def offer_page_to_page_cache(page, request, serve_args, serve_kwargs):
    cache_response_with(request, tags_for_page(page), parameters=getattr(page, "page_cache_parameters", ()))
    # Counted when the answer leaves the page cache, fresh or cached (home.page_views).
    page_views.mark(request, page, translation.get_language())


@hooks.register("register_demo_content", order=10)
def build_portal_demo(log):
    built = build_portal(log)
    built["logins"] = [("admin", "Administrator")]
    return built


@hooks.register("insert_editor_js")
def language_picker():
    """Choosing other languages in the page editor reloads it with them (home.panels)."""
    return format_html('<script src="{}"></script>', static("home/js/language_picker.js"))


@hooks.register("before_edit_page")
def remember_editing_languages_on_edit(request, page):
    _remember_editing_languages(request)


@hooks.register("before_create_page")
def remember_editing_languages_on_create(request, parent_page, page_class):
    _remember_editing_languages(request)


def _remember_editing_languages(request):
    # `?translation=tr` (the picker, the translation report's links) is the editor's new choice.
    value = request.GET.get(REQUEST_PARAMETER)
    if request.method == "GET" and value:
        remember_choice(request.user, value)


@hooks.register("insert_editor_js")
def autosave_guard():
    """Autosave pauses once the editor's form is sent, so that no action is posted twice."""
    return format_html('<script src="{}"></script>', static("home/js/autosave_guard.js"))


# An action posted by autosave is refused, so that an approval runs once (home.autosave).
hooks.register("before_edit_page", refuse_actions_by_autosave)


@hooks.register("insert_global_admin_css")
def admin_css():
    return format_html('<link rel="stylesheet" href="{}">', static("home/css/admin.css"))


# Optional two-factor login (home.accounts.two_factor); AdminTwoFactorMiddleware asks for the code.
@hooks.register("register_admin_urls")
def two_factor_urls():
    return admin_urls()


@hooks.register("register_account_menu_item")
def two_factor_account_item(request):
    if has_confirmed_device(request.user):
        return {
            "url": reverse("two_factor:turn_off"),
            "label": gettext("Turn off two-factor login"),
            "help_text": gettext("Two-factor login is on: the admin asks for a code from your app."),
        }
    return {
        "url": reverse("two_factor:setup"),
        "label": gettext("Turn on two-factor login"),
        "help_text": gettext(
            "After your password, the admin also asks for a code from an app on your phone."
        ),
    }


@hooks.register("construct_homepage_panels")
def two_factor_recommendation(request, panels):
    panels.extend(recommendation_panels(request.user))


# After Wagtail's own registrations of these endpoints, which it replaces.
@hooks.register("construct_admin_api", order=100)
def scoped_admin_api(router):
    register_scoped_endpoints(router)


# Machine pre-translation (home.machine_translation): only when the server has an engine.
@hooks.register("register_admin_urls")
def machine_translation_urls():
    from home.machine_translation.views import admin_urls as machine_translation_admin_urls

    return machine_translation_admin_urls()


@hooks.register("register_page_header_buttons")
def machine_translation_button(page, user, view_name, next_url=None):
    from wagtail.admin.widgets import Button

    from home.machine_translation.engines import configured_engine
    from home.machine_translation.views import may_pretranslate

    if configured_engine() is None or page.is_root() or not may_pretranslate(page, user):
        return
    yield Button(
        gettext("Pre-translate"),
        reverse("machine_translation", args=[page.pk]),
        icon_name="globe",
        priority=40,
    )


# Editors who may publish a page confirm it unchanged with one click: the page shows when it
# was last checked (home.freshness).
@hooks.register("register_admin_urls")
def still_correct_urls():
    return [path("pages/<int:page_id>/still-correct/", still_correct, name="page_still_correct")]


hooks.register("register_page_header_buttons", still_correct_button)


@hooks.register("register_admin_viewset")
def register_search_misses():
    # Moderators learn what visitors look for and do not find (Reports menu).
    return SearchMissesViewSet()


@hooks.register("privacy_statement_sections")
def machine_translation_privacy(request, page):
    from home.machine_translation.privacy import privacy_section

    return privacy_section(request, page)


@hooks.register("privacy_statement_sections")
def page_views_privacy(request, page):
    return page_views.privacy_section(request, page)


@hooks.register("register_account_settings_panel")
def review_languages_panel(request, user, profile):
    from home.machine_translation.reviewers import ReviewLanguagesPanel

    return ReviewLanguagesPanel(request, user, profile)


class GlossaryViewSet(SnippetViewSet):
    # Moderators keep names and fixed terms consistent in every machine pre-translation.
    model = GlossaryTerm
    icon = "list-ul"
    menu_label = _("Glossary")
    list_display = ["term", "keep"]
    search_fields = ["term"]


register_snippet(GlossaryViewSet)
