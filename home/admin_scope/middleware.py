"""Every admin URL that names an object (in its path or as `?id=`) is refused with 404 when
the object lies outside the user's scope: history, usage, choosers, move confirmations,
workflow views and the admin API alike, also those Wagtail adds in a later release."""

from functools import cache

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.http import Http404

from wagtail.admin.viewsets import viewsets as viewset_registry
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Site
from wagtail.snippets.models import get_snippet_models

from home.admin_scope import all_visible

# Path arguments that name a page, whatever the view.
PAGE_ARGUMENTS = ("page_id", "parent_page_id", "page_to_move_id", "destination_id")
# Path arguments that name the object of the view's own model.
OBJECT_ARGUMENTS = ("pk", "image_id", "document_id", "doc_id")
# Views that take a list of objects as `?id=`.
CHOSEN_MULTIPLE = {"chosen_multiple", "wagtailadmin_choose_page_chosen_multiple"}
BULK_ACTION = "wagtail_bulk_action"


@cache
def models_by_namespace() -> dict:
    namespaces = {
        "wagtailadmin_pages": Page,
        "wagtailadmin_api:pages": Page,
        "wagtailimages": get_image_model(),
        "wagtailimages_chooser": get_image_model(),
        "wagtailadmin_api:images": get_image_model(),
        "wagtaildocs": get_document_model(),
        "wagtaildocs_chooser": get_document_model(),
        "wagtailadmin_api:documents": get_document_model(),
        "wagtailsites": Site,
        "wagtailusers_users": get_user_model(),
        "wagtailusers_groups": Group,
    }
    # Every model viewset of Wagtail and the portal (snippets, users, the moderators' trust list…).
    for viewset in viewset_registry.viewsets:
        model = getattr(viewset, "model", None)
        if model is None or not getattr(viewset, "name", None):
            continue  # a viewset without URLs of its own (Wagtail's page viewsets)
        namespaces.setdefault(viewset.url_namespace, model)
    for model in get_snippet_models():
        namespaces[model.snippet_viewset.url_namespace] = model
        namespaces[model.snippet_viewset.chooser_viewset.url_namespace] = model
    return namespaces


def named_objects(match, query) -> list[tuple[type, list]]:
    """The (model, ids) pairs an admin URL names."""
    named = []
    pages = [match.kwargs[key] for key in PAGE_ARGUMENTS if key in match.kwargs]
    model = models_by_namespace().get(match.namespace)
    if match.url_name == BULK_ACTION:
        try:
            model = apps.get_model(match.kwargs["app_label"], match.kwargs["model_name"])
        except LookupError:
            model = None
        pages += query.getlist("childOf")
        if model is not None:
            named.append((model, [pk for pk in query.getlist("id") if pk != "all"]))
    elif match.url_name in CHOSEN_MULTIPLE:
        named.append((model or Page, query.getlist("id")))
    if model is not None:
        objects = [match.kwargs[key] for key in OBJECT_ARGUMENTS if key in match.kwargs]
        if objects and match.url_name != BULK_ACTION:
            named.append((model, objects))
    if pages:
        named.append((Page, pages))
    return named


class AdminScopeMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        user = getattr(request, "user", None)
        if match is None or not match.route.startswith("admin/") or user is None:
            return None
        # Anonymous visitors are sent to the login by Wagtail itself; superusers see all.
        if not user.is_authenticated or user.is_superuser:
            return None
        for model, pks in named_objects(match, request.GET):
            if not all_visible(user, model, pks):
                raise Http404
        return None
