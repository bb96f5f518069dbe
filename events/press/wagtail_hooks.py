"""The press office in the admin: its contacts and topics, and the press office's role."""

from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from events.press.models import PressContact, PressTopic
from events.press_roles import ensure_press_office_setup
from home.admin_scope import register_public
from home.admin_scope.snippets import ScopedSnippetViewSet


class PressContactViewSet(ScopedSnippetViewSet):
    model = PressContact
    icon = "user"
    list_display = ["name", "unit", "phone", "email"]


class PressTopicViewSet(ScopedSnippetViewSet):
    model = PressTopic
    icon = "tag"
    list_display = ["name", "slug"]


class PressGroup(SnippetViewSetGroup):
    items = (PressContactViewSet, PressTopicViewSet)
    menu_icon = "doc-full-inverse"
    menu_label = _("Press")
    menu_order = 270


register_snippet(PressGroup)
# Named with phone and email on every press release.
register_public(PressContact, PressTopic)


@hooks.register("register_portal_roles")
def press_office_role():
    return ensure_press_office_setup()
