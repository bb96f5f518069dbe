"""Wagtail's workflow report, whose "requested by" filter names only people whose requests
the user may see: Wagtail offers everyone who ever submitted a page, which tells an editor
which other organisations have something in moderation."""

import django_filters

from django.contrib.auth import get_user_model

from wagtail.admin.views.reports.workflows import (
    WorkflowReportFilterSet,
    WorkflowView,
    get_editable_page_ids_query,
)
from wagtail.models import WorkflowState, get_default_page_content_type


def requesters_of_visible_workflows(request):
    user_model = get_user_model()
    requesters = WorkflowState.objects.filter(
        base_content_type_id=get_default_page_content_type().id,
        object_id__in=get_editable_page_ids_query(request),
    ).values("requested_by")
    return user_model.objects.filter(pk__in=requesters).order_by(user_model.USERNAME_FIELD)


class ScopedWorkflowReportFilterSet(WorkflowReportFilterSet):
    requested_by = django_filters.ModelChoiceFilter(
        field_name="requested_by", queryset=requesters_of_visible_workflows
    )


class ScopedWorkflowView(WorkflowView):
    filterset_class = ScopedWorkflowReportFilterSet
