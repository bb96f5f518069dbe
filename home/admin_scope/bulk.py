"""Wagtail's bulk actions with the objects narrowed to the user's scope.

Wagtail checks each object's permission only after loading every object the `id` parameters
(or `id=all`) name, and lists the refused ones by title on the confirmation page. Here the
objects outside the scope are left out before anything is shown or done, as if they did not
exist; the permission check still runs on what remains.
"""

from functools import cache

from django.apps import apps
from django.http import Http404

from wagtail.admin.views.bulk_action.registry import bulk_action_registry

from home.admin_scope import visible_to


class ScopedBulkActionMixin:
    def get_actionable_objects(self):
        objects, extra = super().get_actionable_objects()
        candidates = [*objects, *extra.get("items_with_no_access", [])]
        visible = set(
            visible_to(self.request.user, self.model)
            .filter(pk__in=[item.pk for item in candidates])
            .values_list("pk", flat=True)
        )
        extra = {
            **extra,
            "items_with_no_access": [
                item for item in extra.get("items_with_no_access", []) if item.pk in visible
            ],
        }
        return [item for item in objects if item.pk in visible], extra


@cache
def scoped(action_class):
    return type(f"Scoped{action_class.__name__}", (ScopedBulkActionMixin, action_class), {})


def scoped_bulk_action(request, app_label, model_name, action):
    """Takes the place of Wagtail's bulk action dispatcher in the admin's URLconf."""
    try:
        model = apps.get_model(app_label, model_name)
    except LookupError as error:
        raise Http404 from error
    action_class = bulk_action_registry.get_bulk_action_class(app_label, model_name, action)
    if action_class is None:
        raise Http404
    return scoped(action_class)(request, model).dispatch(request)
