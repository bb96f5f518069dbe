"""Puts the scoped views in the place of Wagtail's own in the admin's URLconf, so that the
URLs, names and reverse() stay Wagtail's."""

import functools

from django.http import Http404
from django.urls import URLPattern, URLResolver
from django.views.decorators.cache import never_cache
from django.views.defaults import page_not_found

from wagtail.admin.auth import require_admin_access

from home.admin_scope.bulk import scoped_bulk_action
from home.admin_scope.history import ScopedLogEntriesView
from home.admin_scope.reports import ScopedWorkflowView

REPLACEMENTS = {
    ("", "wagtail_bulk_action"): scoped_bulk_action,
    ("wagtailadmin_reports", "workflow"): ScopedWorkflowView.as_view(),
    ("wagtailadmin_reports", "workflow_results"): ScopedWorkflowView.as_view(results_only=True),
    ("wagtailadmin_reports", "site_history"): ScopedLogEntriesView.as_view(),
    ("wagtailadmin_reports", "site_history_results"): ScopedLogEntriesView.as_view(results_only=True),
}


def as_wagtail_admin_view(view):
    """The wrapping wagtail.admin.urls gives each of its views: admin access required, the
    admin's 404 page, never cached."""

    with_access = require_admin_access(view)

    @functools.wraps(view)
    def admin_404(request, *args, **kwargs):
        try:
            return with_access(request, *args, **kwargs)
        except Http404:
            return page_not_found(request, "", template_name="wagtailadmin/404.html")

    return never_cache(admin_404)


def scope_admin_urls(patterns, namespace=""):
    """Replaces the callbacks of the patterns in REPLACEMENTS; returns how many it replaced."""
    replaced = 0
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            replaced += scope_admin_urls(pattern.url_patterns, pattern.namespace or namespace)
        elif isinstance(pattern, URLPattern) and (namespace, pattern.name) in REPLACEMENTS:
            pattern.callback = as_wagtail_admin_view(REPLACEMENTS[(namespace, pattern.name)])
            replaced += 1
    return replaced
