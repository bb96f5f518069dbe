"""Permission policies for admin views open to moderators only."""

from wagtail.permission_policies import BasePermissionPolicy

from organisations.access.visibility import is_moderator


class ModeratorsViewOnlyPermissionPolicy(BasePermissionPolicy):
    """Moderators may view the objects; nobody adds, edits or deletes them in the generic views.

    The organisation applications change only through their own steps (approve or reject in
    the review view, which asks `is_moderator` itself).
    """

    def user_has_permission(self, user, action):
        return action == "view" and is_moderator(user)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action)

    def instances_user_has_any_permission_for(self, user, actions):
        if "view" in actions and is_moderator(user):
            return self.model._default_manager.all()
        return self.model._default_manager.none()
