"""The contact messages sent to an organisation: its editors see theirs, moderators all."""

from django.shortcuts import get_object_or_404

from wagtail.permission_policies import ModelPermissionPolicy

from organisations.access.visibility import is_moderator, organisations_of


class OrganisationMessagePermissionPolicy(ModelPermissionPolicy):
    """Model permissions decide the action; the organisation decides the instance."""

    def instances_user_has_any_permission_for(self, user, actions):
        instances = super().instances_user_has_any_permission_for(user, actions)
        if is_moderator(user):
            return instances
        return instances.filter(organisation__in=organisations_of(user))

    def user_has_any_permission_for_instance(self, user, actions, instance):
        if not super().user_has_any_permission_for_instance(user, actions, instance):
            return False
        return is_moderator(user) or organisations_of(user).filter(pk=instance.organisation_id).exists()


class OwnMessageMixin:
    """For the message views: another organisation's message answers 404, as if it did not exist."""

    def get_object(self, queryset=None):
        visible = self.permission_policy.instances_user_has_any_permission_for(
            self.request.user, ["view", "delete"]
        )
        return get_object_or_404(visible, pk=self.kwargs[self.pk_url_kwarg])
