"""Per-organisation permission policy for the messages sent to an organisation."""

from wagtail.permission_policies import ModelPermissionPolicy

from organisations.access import is_moderator, organisations_of


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
