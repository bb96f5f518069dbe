"""The organisations' rules, registered with the admin's scope machinery (home/admin_scope/).

Called once from `organisations/wagtail_hooks.py`, before any admin view asks for a scope.
"""

from wagtail.models import Page
from wagtail.permissions import register_permission_policy

from home.admin_scope import permission_scope, register_public, register_scope
from organisations.access.messages import OrganisationMessagePermissionPolicy
from organisations.access.policies import ModeratorsViewOnlyPermissionPolicy
from organisations.access.visibility import pages_visible_to
from organisations.models import (
    Community,
    ContactMessage,
    FieldOfActivity,
    OrganisationApplication,
    Partner,
    SpokenLanguage,
    Town,
)


def register_scopes():
    # Limits every message view to the editor's organisations.
    register_permission_policy(ContactMessage, OrganisationMessagePermissionPolicy(ContactMessage))
    register_scope(ContactMessage, permission_scope)
    # Applications: moderators only, and only through approval or rejection.
    register_permission_policy(
        OrganisationApplication, ModeratorsViewOnlyPermissionPolicy(OrganisationApplication)
    )
    # Other organisations' subsites and other people's drafts stay out of sight.
    register_scope(Page, pages_visible_to)
    # Reference data the public directory shows anyway: every editor may choose it.
    register_public(Town, FieldOfActivity, Community, SpokenLanguage, Partner)
