"""Admin integration of the portal frame."""

from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.models import BarrierReport


class BarrierReportViewSet(SnippetViewSet):
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


@hooks.register("register_demo_content", order=10)
def build_portal_demo(log):
    from home.demo.portal import build_portal

    built = build_portal(log)
    built["logins"] = [("admin", "Administrator")]
    return built


@hooks.register("register_scheduled_jobs")
def publishing_jobs():
    # Scheduled pages (press releases with a go-live time) go live within a minute.
    return [("publish_scheduled", 60)]
