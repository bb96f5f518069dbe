"""The site history report with the entries of objects outside the user's scope left out.

Wagtail shows every log entry of a model once the user holds any permission on the model (an
editor sees other organisations' contact messages there), and offers as "user" filter
everyone who ever did anything to a page.
"""

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, IntegerField, Q, Value
from django.db.models.functions import Cast

from wagtail.admin.views.reports.audit_logging import LogEntriesView, SiteHistoryReportFilterSet
from wagtail.log_actions import registry as log_action_registry
from wagtail.models import PageLogEntry

from home.admin_scope import is_public, visible_to


def log_entries_visible_to(user, log_model):
    entries = log_model.objects.viewable_by_user(user)
    if user.is_superuser or issubclass(log_model, PageLogEntry):
        # Page entries follow the pages the user may explore.
        return entries
    allowed = Q(pk__in=[])
    for content_type_id in entries.get_content_type_ids():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None:
            continue
        if is_public(model):
            allowed |= Q(content_type_id=content_type_id)
            continue
        visible_ids = visible_to(user, model).annotate(text_pk=Cast("pk", CharField())).values("text_pk")
        allowed |= Q(content_type_id=content_type_id, object_id__in=visible_ids)
    return entries.filter(allowed)


class ScopedSiteHistoryFilterSet(SiteHistoryReportFilterSet):
    def get_users_queryset(self):
        user_ids = set()
        for log_model in log_action_registry.get_log_entry_models():
            user_ids.update(log_entries_visible_to(self.request.user, log_model).get_user_ids())
        user_model = get_user_model()
        return user_model.objects.filter(pk__in=user_ids).order_by(user_model.USERNAME_FIELD)


class ScopedLogEntriesView(LogEntriesView):
    filterset_class = ScopedSiteHistoryFilterSet

    def get_filtered_queryset(self):
        # Wagtail's own, with log_entries_visible_to in the place of viewable_by_user.
        queryset = None
        self.log_models = list(log_action_registry.get_log_entry_models())
        for index, log_model in enumerate(self.log_models):
            sub_queryset = (
                log_entries_visible_to(self.request.user, log_model)
                .values("pk", "timestamp")
                .annotate(log_model_index=Value(index, output_field=IntegerField()))
            )
            sub_queryset = self.filter_queryset(sub_queryset).order_by()
            queryset = sub_queryset if queryset is None else queryset.union(sub_queryset, all=True)
        return queryset.order_by("-timestamp")
