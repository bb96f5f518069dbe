"""Admin integration of the organisations: isolation, moderation, messages, directory data.

Who may see and edit what is decided in organisations/access/; the hooks here apply it.
"""

from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import DeleteView, InspectView, SnippetViewSetGroup

from home.admin_scope.snippets import ScopedSnippetViewSet
from home.mail.panel import undelivered_mail_panels
from organisations.access.messages import OwnMessageMixin
from organisations.access.scopes import register_scopes
from organisations.access.visibility import is_moderator, may_delete_page, organisations_of, pages_visible_to
from organisations.applications.admin import ApplicationViewSet, NewOrganisationViewSet
from organisations.dashboard import editor_panels, moderator_panels
from organisations.demo.organisations import build_organisations
from organisations.freshness import stale_organisations, still_correct
from organisations.models import (
    Community,
    ContactMessage,
    FieldOfActivity,
    OrganisationPage,
    Partner,
    SpokenLanguage,
    Town,
)
from organisations.models.freshness import hidden_from_directory
from organisations.reports.applications import ApplicationsReportViewSet
from organisations.reports.reach import ReachViewSet
from organisations.search_results import organisation_and_town_of_results
from organisations.teasers import home_page_section, home_page_tasks
from organisations.translation_report import TranslationViewSet
from organisations.trust_admin import OrganisationTrustViewSet

# Before any view asks for them.
register_scopes()


class MessageInspectView(OwnMessageMixin, InspectView):
    pass


class MessageDeleteView(OwnMessageMixin, DeleteView):
    pass


class ContactMessageViewSet(ScopedSnippetViewSet):
    model = ContactMessage
    icon = "mail"
    menu_label = _("Contact messages")
    menu_order = 240
    add_to_admin_menu = True
    inspect_view_enabled = True
    inspect_view_class = MessageInspectView
    delete_view_class = MessageDeleteView
    copy_view_enabled = False
    list_display = [
        "subject",
        "name",
        Column("organisation", label=_("organisation"), accessor="organisation"),
        "created_at",
        "delivered",
    ]
    list_filter = ["delivered"]
    list_export = [
        "created_at",
        "organisation",
        "name",
        "email",
        "subject",
        "message",
        "language",
        "delivered",
    ]
    export_filename = "kontaktnachrichten"
    search_fields = ["subject", "name", "message"]
    inspect_view_fields = [
        "organisation",
        "name",
        "email",
        "subject",
        "message",
        "language",
        "created_at",
        "delivered",
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("organisation")


register_snippet(ContactMessageViewSet)


class PartnerViewSet(ScopedSnippetViewSet):
    model = Partner
    icon = "site"
    list_display = ["name", "kind", "url"]
    list_filter = ["kind"]


class TownViewSet(ScopedSnippetViewSet):
    model = Town
    icon = "home"
    list_display = ["name", "slug"]


class FieldOfActivityViewSet(ScopedSnippetViewSet):
    model = FieldOfActivity
    icon = "tag"
    list_display = ["name", "slug", "sort_order"]


class CommunityViewSet(ScopedSnippetViewSet):
    model = Community
    icon = "globe"
    list_display = ["name", "slug"]


class SpokenLanguageViewSet(ScopedSnippetViewSet):
    model = SpokenLanguage
    icon = "comment"
    list_display = ["name", "name_local", "code"]


class DirectoryDataGroup(SnippetViewSetGroup):
    items = (PartnerViewSet, TownViewSet, FieldOfActivityViewSet, CommunityViewSet, SpokenLanguageViewSet)
    menu_icon = "folder-open-inverse"
    menu_label = _("Directory")
    menu_order = 260


register_snippet(DirectoryDataGroup)


@hooks.register("register_admin_viewset")
def register_application_viewset():
    return ApplicationViewSet()


@hooks.register("register_admin_viewset")
def register_new_organisation_viewset():
    return NewOrganisationViewSet()


@hooks.register("register_admin_viewset")
def register_trust_viewset():
    return OrganisationTrustViewSet()


@hooks.register("construct_page_chooser_queryset")
def hide_other_organisations_in_chooser(pages, request):
    return pages_visible_to(request.user, pages)


@hooks.register("before_delete_page")
def only_moderators_delete_organisations(request, page):
    if not may_delete_page(request.user, page):
        raise PermissionDenied


@hooks.register("register_demo_content", order=20)
def build_organisations_demo(log):
    return build_organisations(log)


@hooks.register("home_page_sections")
def organisations_on_home_page(request, home_page):
    return home_page_section(request, home_page)


@hooks.register("home_page_tasks")
def organisation_tasks_on_home_page(request, home_page):
    return home_page_tasks(request, home_page)


@hooks.register("register_admin_viewset")
def register_translation_report():
    return TranslationViewSet()


@hooks.register("register_admin_viewset")
def register_reach_report():
    # Reports menu: views per language, most read pages, translations most wanted.
    return ReachViewSet()


@hooks.register("register_admin_viewset")
def register_applications_report():
    return ApplicationsReportViewSet()


@hooks.register("construct_homepage_panels")
def editorial_dashboard(request, panels):
    if is_moderator(request.user):
        panels.extend(moderator_panels())
        panels.extend(undelivered_mail_panels())
    organisations = list(organisations_of(request.user))
    if organisations:
        panels.extend(editor_panels(organisations))


# The portal search names each result's organisation and town.
hooks.register("search_result_details", organisation_and_town_of_results)


@hooks.register("register_page_header_buttons")
def profile_still_correct_button(page, user, view_name, next_url=None):
    """The profile's own editors confirm it with one click even where they may not publish (the
    portal's own "Still correct" button is for those who may)."""
    from home.freshness import may_confirm, still_correct_action

    if page.specific_class is not OrganisationPage or not page.live or may_confirm(page, user):
        return
    if not organisations_of(user).filter(pk=page.pk).exists():
        return
    yield still_correct_action(reverse("organisation_still_correct", args=[page.pk]))


@hooks.register("search_hidden_pages")
def stale_profiles_hidden_from_directory():
    # Search finds what the directory lists: no profile it hides for being stale.
    return hidden_from_directory(OrganisationPage.objects.all()).values("pk")


@hooks.register("register_admin_urls")
def freshness_urls():
    return [
        path("freshness/<int:organisation_id>/", still_correct, name="organisation_still_correct"),
        path("freshness/stale/", stale_organisations, name="stale_organisations"),
    ]


class ModeratorMenuItem(MenuItem):
    def is_shown(self, request):
        return is_moderator(request.user)


@hooks.register("register_admin_menu_item")
def stale_organisations_menu_item():
    return ModeratorMenuItem(
        _("Stale organisations"), reverse("stale_organisations"), icon_name="time", order=255
    )
