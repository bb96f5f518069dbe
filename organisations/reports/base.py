"""What every report view does: refuse who may not see it, read its period, answer CSV on ?export=csv."""

from django.core.exceptions import PermissionDenied
from django.views.generic import TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin


class ReportView(WagtailAdminTemplateMixin, TemplateView):
    def may_see(self, user) -> bool:
        raise NotImplementedError

    def setup_report(self):
        """Reads what the report covers from the request, before it is drawn or exported."""

    def export(self):
        raise NotImplementedError

    def get_breadcrumbs_items(self):
        return [*super().get_breadcrumbs_items(), {"url": "", "label": self.page_title}]

    def dispatch(self, request, *args, **kwargs):
        if not self.may_see(request.user):
            raise PermissionDenied
        self.setup_report()
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        if request.GET.get("export") == "csv":
            return self.export()
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["form"] = self.form
        return context
