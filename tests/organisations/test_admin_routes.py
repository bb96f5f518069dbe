"""Every bulk action, chooser, history view and admin API endpoint Wagtail registers, taken
from the URLconf, requested as organisation A's editor and as the press office with
organisation B's objects: nothing of B appears and nothing of B changes.

A new route of these kinds fails `test_every_sensitive_admin_route_is_classified` until it
is added to ROUTES below (or to SNIPPET_ROUTES for every snippet model).
"""

import re

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from wagtail.admin.views.bulk_action.registry import bulk_action_registry
from wagtail.documents.models import Document
from wagtail.models import Page, Site, Task, Workflow, WorkflowState
from wagtail.snippets.models import get_snippet_models

from events.press.models import PressContact, PressTopic
from events.press_roles import ensure_press_office_setup
from home.models import BarrierReport, GlossaryTerm, PortalImage
from organisations.models import (
    Community,
    ContactMessage,
    FieldOfActivity,
    OrganisationApplication,
    OrganisationTrust,
    Partner,
    SpokenLanguage,
    Town,
)
from tests.factories import OrganisationContentPageFactory, PortalImageFactory

SENSITIVE = re.compile(r"bulk|choose|chosen|history|(^|/)api/")

# What a route names, by (namespace, name): how the test fills its path and query.
#   "page": path arguments name B's draft page.   "object": `pk` names B's object of the model.
#   "list": no argument; the listing must not show B.   "ids": `?id=` names B's objects.
#   "bulk": every registered bulk action, GET and POST, with B's ids and with id=all.
ROUTES = {
    ("", "wagtail_bulk_action"): "bulk",
    ("wagtailadmin_api:pages", "listing"): "list",
    ("wagtailadmin_api:pages", "detail"): "object",
    ("wagtailadmin_api:pages", "find"): "ids",
    ("wagtailadmin_api:pages", "action"): "object",
    ("wagtailadmin_api:documents", "listing"): "list",
    ("wagtailadmin_api:documents", "detail"): "object",
    ("wagtailadmin_api:documents", "find"): "ids",
    ("wagtailadmin_api:images", "listing"): "list",
    ("wagtailadmin_api:images", "detail"): "object",
    ("wagtailadmin_api:images", "find"): "ids",
    ("wagtailadmin_pages", "choose_parent"): "list",
    ("wagtailadmin_pages", "workflow_history"): "page",
    ("wagtailadmin_pages", "workflow_history_detail"): "page",
    ("wagtailadmin_pages", "history"): "page",
    ("wagtailadmin_pages", "history_results"): "page",
    ("", "wagtailadmin_choose_page"): "list",
    ("", "wagtailadmin_choose_page_child"): "page",
    ("", "wagtailadmin_choose_page_search"): "list",
    ("", "wagtailadmin_choose_page_chosen_multiple"): "ids",
    ("", "wagtailadmin_choose_page_external_link"): "list",
    ("", "wagtailadmin_choose_page_email_link"): "list",
    ("", "wagtailadmin_choose_page_phone_link"): "list",
    ("", "wagtailadmin_choose_page_anchor_link"): "list",
    ("wagtailadmin_workflows", "task_chooser"): "list",
    ("wagtailadmin_workflows", "task_chooser_results"): "list",
    ("wagtailadmin_workflows", "task_chooser_create"): "list",
    ("wagtailadmin_workflows", "task_chosen"): "object",
    ("wagtailadmin_reports", "site_history"): "list",
    ("wagtailadmin_reports", "site_history_results"): "list",
    ("wagtailembeds", "chooser"): "list",
    ("wagtailembeds", "chooser_upload"): "list",
    ("wagtailsites", "history"): "object",
    ("wagtailsites", "history_results"): "object",
    ("wagtailusers_users", "history"): "object",
    ("wagtailusers_users", "history_results"): "object",
    ("wagtailusers_groups", "history"): "object",
    ("wagtailusers_groups", "history_results"): "object",
    ("wagtaildocs_chooser", "choose"): "list",
    ("wagtaildocs_chooser", "choose_results"): "list",
    ("wagtaildocs_chooser", "chosen"): "object",
    ("wagtaildocs_chooser", "chosen_multiple"): "ids",
    ("wagtaildocs_chooser", "create"): "list",
    ("wagtailimages_chooser", "choose"): "list",
    ("wagtailimages_chooser", "choose_results"): "list",
    ("wagtailimages_chooser", "chosen"): "object",
    ("wagtailimages_chooser", "chosen_multiple"): "ids",
    ("wagtailimages_chooser", "create"): "list",
    ("wagtailimages_chooser", "select_format"): "object",
    ("organisationtrust", "history"): "object",
    ("organisationtrust", "history_results"): "object",
    ("organisation_applications", "history"): "object",
    ("organisation_applications", "history_results"): "object",
}
# Every snippet model's viewset and chooser register these.
SNIPPET_ROUTES = {
    "history": "object",
    "history_results": "object",
    "choose": "list",
    "choose_results": "list",
    "chosen": "object",
    "chosen_multiple": "ids",
    "create": "list",
}
# The objects behind a namespace; snippet namespaces are added from the snippet registry.
NAMESPACE_MODELS = {
    "wagtailadmin_api:pages": Page,
    "wagtailadmin_api:documents": Document,
    "wagtailadmin_api:images": PortalImage,
    "wagtaildocs_chooser": Document,
    "wagtailimages_chooser": PortalImage,
    "wagtailsites": Site,
    "wagtailusers_users": "user",
    "wagtailusers_groups": Group,
    "wagtailadmin_workflows": Task,
    "organisationtrust": OrganisationTrust,
    "organisation_applications": OrganisationApplication,
}
# Reference data the public site shows: no organisation's secret among them.
PUBLIC_SNIPPETS = {Town, FieldOfActivity, Community, SpokenLanguage, Partner, PressContact, PressTopic}
SECRETS = (
    "Geheimer Entwurf von B",
    "Bild von B",
    "Satzung von B",
    "Nachricht an B",
    "Rampe fehlt im Rathaus",
    "bilal@example.org",
    "Antrag eines Vereins",
)


def walk(patterns, prefix="", namespace=""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = ":".join(part for part in (namespace, pattern.namespace) if part)
            yield from walk(pattern.url_patterns, prefix + str(pattern.pattern), inner)
        elif isinstance(pattern, URLPattern):
            yield prefix + str(pattern.pattern), namespace, pattern.name, pattern


def sensitive_admin_routes():
    for route, namespace, name, pattern in walk(get_resolver().url_patterns):
        if route.startswith("admin/") and SENSITIVE.search(route):
            yield route, namespace, name, pattern


def snippet_model(namespace):
    for model in get_snippet_models():
        viewset = model.snippet_viewset
        if namespace in (viewset.url_namespace, viewset.chooser_viewset.url_namespace):
            return model
    return None


def kind_of(namespace, name):
    if (namespace, name) in ROUTES:
        return ROUTES[(namespace, name)]
    if snippet_model(namespace) is not None:
        return SNIPPET_ROUTES.get(name)
    return None


def test_every_sensitive_admin_route_is_classified():
    unclassified = [
        f"{route} ({namespace}:{name})"
        for route, namespace, name, _pattern in sensitive_admin_routes()
        if kind_of(namespace, name) is None
    ]
    assert not unclassified, "Classify these admin routes in ROUTES: " + ", ".join(unclassified)


def test_bulk_actions_are_wagtails_urls_with_the_scoped_dispatcher():
    for _route, _namespace, name, pattern in sensitive_admin_routes():
        if name == "wagtail_bulk_action":
            assert pattern.callback.__wrapped__.__name__ == "scoped_bulk_action"


@pytest.fixture
def b_world(org_b, editor_b, moderator, django_user_model):
    """Everything organisation B has in the admin, and one barrier report for moderators."""
    page = OrganisationContentPageFactory(
        parent=org_b, title="Geheimer Entwurf von B", slug="entwurf", live=False
    )
    page.save_revision(user=editor_b)
    page.get_workflow().start(page, editor_b)
    image = PortalImageFactory(title="Bild von B", collection=org_b.collection)
    document = Document(title="Satzung von B", collection=org_b.collection)
    document.file.save("satzung-b.pdf", ContentFile(b"%PDF-1.4 B"), save=False)
    document.save()
    message = ContactMessage.objects.create(
        organisation=org_b,
        name="Besucher",
        email="besucher@example.org",
        subject="Nachricht an B",
        message="Hallo B",
        language="de",
    )
    report = BarrierReport.objects.create(description="Rampe fehlt im Rathaus", language="de")
    objects = {
        Page: page,
        PortalImage: image,
        Document: document,
        ContactMessage: message,
        BarrierReport: report,
        Site: Site.objects.first(),
        "user": editor_b,
        Group: org_b.editor_group,
        Task: Task.objects.first(),
        Town: Town.objects.first(),
        FieldOfActivity: FieldOfActivity.objects.first(),
        Community: Community.objects.first(),
        SpokenLanguage: SpokenLanguage.objects.first(),
        Partner: Partner.objects.create(name="Partner", kind="municipal"),
        PressContact: PressContact.objects.create(name="Sprecherin"),
        PressTopic: PressTopic.objects.create(name="Thema", slug="thema"),
        # Only moderators edit the machine translation's glossary.
        GlossaryTerm: GlossaryTerm.objects.create(term="Kreis Mettmann", keep=True),
        "workflow_state": WorkflowState.objects.get(object_id=str(page.pk)),
        "org": org_b,
        OrganisationTrust: OrganisationTrust.objects.get(organisation=org_b),
        # Only moderators see applications.
        OrganisationApplication: OrganisationApplication.objects.create(
            name="Antrag eines Vereins",
            contact_name="Vorstand",
            email="antrag@example.org",
            town=Town.objects.first(),
            description="…",
            consent=True,
            language="de",
            fingerprint="antrag",
        ),
    }
    return objects


@pytest.fixture
def press_officer(home_page, django_user_model):
    user = django_user_model.objects.create_user("presse", "presse@example.org", "pw-presse-2026")
    user.groups.add(ensure_press_office_setup())
    return user


def model_of(namespace):
    return snippet_model(namespace) or NAMESPACE_MODELS.get(namespace)


def urls_of(namespace, name, pattern, kind, world):
    """The URLs to GET for one classified route."""
    model = model_of(namespace) or Page
    page = world[Page]
    arguments = {}
    for argument in pattern.pattern.converters or re.findall(r"\(\?P<(\w+)>", str(pattern.pattern)):
        if argument in ("page_id", "parent_page_id", "page_to_move_id", "destination_id"):
            arguments[argument] = page.pk
        elif argument in ("pk", "image_id", "task_id"):
            arguments[argument] = world[model].pk
        elif argument == "workflow_state_id":
            arguments[argument] = world["workflow_state"].pk
        elif argument == "action_name":
            arguments[argument] = "copy"
        elif argument == "app_label":
            arguments[argument] = "organisations"
        elif argument == "model_name":
            arguments[argument] = "organisationcontentpage"
    full_name = f"{namespace}:{name}" if namespace else name
    if kind == "bulk":
        return []
    url = reverse(full_name, kwargs=arguments)
    if kind == "ids":
        return [f"{url}?id={world[model].pk}"]
    if kind == "list":
        return [url, f"{url}?q=B"]
    return [url]


def bulk_urls(world):
    """Every registered bulk action with B's object, and with id=all inside B's subsite."""
    by_label = {key._meta.label_lower: value for key, value in world.items() if not isinstance(key, str)}
    by_label[get_user_model()._meta.label_lower] = world["user"]
    bulk_action_registry._scan_for_bulk_actions()
    for app_label, models in bulk_action_registry.actions.items():
        for model_name, actions in models.items():
            target = by_label.get(f"{app_label}.{model_name}")
            assert target is not None, f"Give B an object of {app_label}.{model_name} in b_world"
            for action in actions:
                url = reverse("wagtail_bulk_action", args=(app_label, model_name, action))
                yield f"{url}?id={target.pk}"
                yield f"{url}?id=all&childOf={world['org'].pk}"


def state_of_b(world):
    """What must not change: B's rows and their texts."""
    page = Page.objects.filter(pk=world[Page].pk).values_list("draft_title", "live", "path").first()
    return (
        page,
        Page.objects.filter(pk=world["org"].pk).values_list("live", "path").first(),
        PortalImage.objects.filter(pk=world[PortalImage].pk).values_list("title", "collection_id").first(),
        Document.objects.filter(pk=world[Document].pk).values_list("title", "collection_id").first(),
        ContactMessage.objects.filter(organisation=world["org"]).count(),
        BarrierReport.objects.count(),
        world["user"].__class__.objects.filter(pk=world["user"].pk).values_list("is_active").first(),
    )


def assert_nothing_of_b(client, world):
    before = state_of_b(world)
    requested = 0
    for route, namespace, name, pattern in sensitive_admin_routes():
        kind = kind_of(namespace, name)
        urls = list(bulk_urls(world)) if kind == "bulk" else urls_of(namespace, name, pattern, kind, world)
        for url in urls:
            response = client.get(url)
            requested += 1
            assert response.status_code < 500, (route, url, response.status_code)
            body = response.content.decode(errors="replace") if not response.streaming else ""
            for secret in SECRETS:
                assert secret not in body, (route, url, secret)
            if kind == "bulk":
                response = client.post(url, {"collection": world[PortalImage].collection_id, "tags": "x"})
                assert response.status_code < 500, (url, response.status_code)
                assert state_of_b(world) == before, url
    assert state_of_b(world) == before
    assert requested > 150


def test_editor_of_a_sees_and_changes_nothing_of_b_on_any_route(client, editor_a, b_world):
    client.force_login(editor_a)
    assert_nothing_of_b(client, b_world)


def test_press_office_sees_no_contact_messages_or_barrier_reports(client, press_officer, b_world):
    client.force_login(press_officer)
    assert_nothing_of_b(client, b_world)


def test_bulk_delete_of_all_messages_deletes_only_the_editors_own(client, editor_a, org_a, b_world):
    """The attack of the report: `?id=all` as an editor deleted every organisation's messages."""
    own = ContactMessage.objects.create(
        organisation=org_a,
        name="Gast",
        email="g@example.org",
        subject="An A",
        message="Hallo A",
        language="de",
    )
    client.force_login(editor_a)
    url = "/admin/bulk/organisations/contactmessage/delete/?id=all"
    confirmation = client.get(url).content.decode()
    assert "An A" in confirmation and "Nachricht an B" not in confirmation
    assert client.post(url).status_code == 302
    assert not ContactMessage.objects.filter(pk=own.pk).exists()
    assert ContactMessage.objects.filter(pk=b_world[ContactMessage].pk).exists()
    # Naming B's message directly is answered as if it did not exist.
    assert (
        client.post(
            f"/admin/bulk/organisations/contactmessage/delete/?id={b_world[ContactMessage].pk}"
        ).status_code
        == 404
    )


def test_moderator_still_chooses_and_bulk_deletes_every_message(client, moderator, b_world):
    client.force_login(moderator)
    listing = client.get("/admin/snippets/choose/organisations/contactmessage/").content.decode()
    assert "Nachricht an B" in listing
    assert "Rampe fehlt" in client.get("/admin/snippets/choose/home/barrierreport/").content.decode()
    url = f"/admin/bulk/organisations/contactmessage/delete/?id={b_world[ContactMessage].pk}"
    assert client.post(url).status_code == 302
    assert not ContactMessage.objects.filter(pk=b_world[ContactMessage].pk).exists()


def test_editor_still_chooses_own_pages_and_towns(client, editor_a, org_a, b_world):
    own = OrganisationContentPageFactory(parent=org_a, title="Eigener Entwurf", slug="eigen", live=False)
    client.force_login(editor_a)
    chosen = client.get(f"/admin/choose-page/chosen-multiple/?id={own.pk}")
    assert chosen.status_code == 200 and "Eigener Entwurf" in chosen.content.decode()
    assert "Eigener Entwurf" in client.get(f"/admin/choose-page/{org_a.pk}/").content.decode()
    town = Town.objects.first()
    assert client.get(f"/admin/snippets/choose/organisations/town/chosen/{town.pk}/").status_code == 200
    assert Workflow.objects.exists()
