"""Dashboard panels: what an organisation's editor and a moderator need to see first."""

from collections import defaultdict

from django.db.models import CharField, Count, Exists, OuterRef, Q
from django.db.models.functions import Cast, Substr
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.components import Component
from wagtail.models import Page, WorkflowState

from home.models import TranslationEdit
from organisations.models import OrganisationApplication


class DashboardPanel(Component):
    order = 50
    template_name = "organisations/admin/dashboard_panel.html"
    title = ""

    def __init__(self, items, *, empty, link=None, link_label=""):
        self.items = items
        self.empty = empty
        self.link = link
        self.link_label = link_label

    def get_context_data(self, parent_context):
        return {
            "title": self.title,
            "items": self.items,
            "empty": self.empty,
            "link": self.link,
            "link_label": self.link_label,
        }


def in_moderation(pages):
    return pages.filter(
        Exists(
            WorkflowState.objects.filter(
                object_id=OuterRef("pk_text"), status=WorkflowState.STATUS_IN_PROGRESS
            )
        )
    )


def _pages_in_moderation(pages):
    return in_moderation(pages.annotate(pk_text=Cast("pk", output_field=CharField())))


class AwaitingModerationPanel(DashboardPanel):
    order = 40
    title = _("Your pages awaiting review")


class MissingTranslationsPanel(DashboardPanel):
    order = 60
    title = _("Missing translations")


class ApplicationsPanel(DashboardPanel):
    order = 30
    title = _("New organisation applications")


class ModerationQueuePanel(DashboardPanel):
    order = 35
    title = _("Pages in review")


def missing_translation_counts(organisations) -> dict[tuple[int, str], int]:
    """{(organisation pk, language): pages of its subsite not yet translated into the language},
    for each organisation's own languages: one query per depth of the organisations (normally
    one), however many organisations and languages."""
    codes = sorted({code for organisation in organisations for code in organisation.publication_languages})
    by_depth = defaultdict(list)
    for organisation in organisations:
        by_depth[len(organisation.path)].append(organisation)
    counts = {}
    for length, same_depth in by_depth.items():
        if not codes:
            break
        organisation_by_path = {organisation.path: organisation for organisation in same_depth}
        under_any = Q()
        for path in organisation_by_path:
            under_any |= Q(path__startswith=path)
        rows = (
            Page.objects.filter(under_any)
            .annotate(subsite=Substr("path", 1, length))
            .order_by()
            .values("subsite")
            .annotate(
                **{
                    f"missing_{index}": Count("pk", filter=~Exists(_translated(code)))
                    for index, code in enumerate(codes)
                }
            )
        )
        for row in rows:
            organisation = organisation_by_path[row["subsite"]]
            for index, code in enumerate(codes):
                counts[organisation.pk, code] = row[f"missing_{index}"]
    return counts


def _translated(code):
    return TranslationEdit.objects.filter(
        page=OuterRef("pk"), language=code, has_content=True, copied_from_german=False
    )


def editor_panels(organisations):
    under_any = Q(pk__in=[])
    for organisation in organisations:
        under_any |= Q(path__startswith=organisation.path)
    waiting = [
        {"label": page.draft_title, "url": f"/admin/pages/{page.pk}/edit/"}
        for page in _pages_in_moderation(Page.objects.filter(under_any)).order_by(
            "-latest_revision_created_at"
        )[:8]
    ]
    counts = missing_translation_counts(organisations)
    missing = [
        {
            "label": f"{organisation.title}: {code.upper()} – {count}",
            "url": f"/admin/translations/?organisation={organisation.pk}&language={code}&status=missing",
        }
        for organisation in organisations
        for code in organisation.publication_languages
        if (count := counts.get((organisation.pk, code)))
    ]
    return [
        AwaitingModerationPanel(waiting, empty=_("None of your pages is waiting for review.")),
        MissingTranslationsPanel(
            missing,
            empty=_("All pages are translated into your organisation's languages."),
            link="/admin/translations/",
            link_label=_("Translation overview"),
        ),
    ]


def moderator_panels():
    applications = [
        {
            "label": f"{application.name} ({application.town.name})",
            "url": f"/admin/organisations/applications/{application.pk}/",
        }
        for application in OrganisationApplication.objects.filter(status="new").select_related("town")[:8]
    ]
    reviews = [
        {"label": page.draft_title, "url": f"/admin/pages/{page.pk}/edit/"}
        for page in _pages_in_moderation(Page.objects.all()).order_by("-latest_revision_created_at")[:8]
    ]
    return [
        ApplicationsPanel(
            applications,
            empty=_("No new applications."),
            link="/admin/organisations/applications/",
            link_label=_("All applications"),
        ),
        ModerationQueuePanel(reviews, empty=_("No page is waiting for review.")),
    ]
