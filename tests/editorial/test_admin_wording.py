"""What the admin says: workflow names in the editor's language, no "None", no midnight for all-day events."""

import pytest
from bs4 import BeautifulSoup

from django.utils import translation

from wagtail.models import GroupApprovalTask, Page, Workflow, WorkflowPage, WorkflowTask
from wagtail.users.models import UserProfile

from events.press_roles import ensure_press_office_setup
from tests.factories import (
    EventPageFactory,
    PressArchivePageFactory,
    PressReleasePageFactory,
    StandardPageFactory,
    berlin,
)


def soup_of(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def press_office_editor(home_page, django_user_model):
    archive = PressArchivePageFactory(parent=home_page)
    # A fresh installation: Wagtail's migration gives the tree's root its default workflow.
    task = GroupApprovalTask.objects.filter(name="Moderators approval").first()
    if task is None:
        task = GroupApprovalTask.objects.create(name="Moderators approval")
    workflow, _created = Workflow.objects.get_or_create(name="Moderators approval")
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.get_or_create(page=Page.get_first_root_node(), defaults={"workflow": workflow})
    user = django_user_model.objects.create_user("presse", "presse@example.org", "pw-presse-12")
    user.groups.add(ensure_press_office_setup())
    release = PressReleasePageFactory(parent=archive, title="Sprachkurse")
    return user, release


@pytest.mark.parametrize(
    ("language", "button"),
    [("de", "In Freigabe durch die Moderation einreichen"), ("tr", "Moderatör onayı")],
)
def test_the_press_office_submits_to_a_workflow_named_in_its_language(
    client, press_office_editor, language, button
):
    user, release = press_office_editor
    UserProfile.objects.update_or_create(user=user, defaults={"preferred_language": language})
    client.force_login(user)
    html = soup_of(client, f"/admin/pages/{release.pk}/edit/").get_text(" ", strip=True)
    assert button in html
    assert "Moderators approval" not in html
    # What is stored stays the known name, whatever language saved it.
    workflow = Workflow.objects.get(pk=release.get_workflow().pk)
    with translation.override("tr"):
        workflow.save()
    assert Workflow.objects.filter(pk=workflow.pk, name="Moderators approval").exists()


def test_a_page_published_without_a_user_is_not_published_by_none(admin_client, home_page):
    StandardPageFactory(parent=home_page, title="Impressum", slug="impressum")
    cells = [
        row.find_all("td")[3].get_text(" ", strip=True)
        for row in soup_of(admin_client, "/admin/reports/aging-pages/").select("table.listing tbody tr")
    ]
    assert cells and "None" not in cells
    assert set(cells) == {"–"}


def test_the_translation_report_is_headed_by_its_name(client, moderator):
    client.force_login(moderator)
    crumbs = soup_of(client, "/admin/translations/").select("[data-w-breadcrumbs] li")
    assert [crumb.get_text(strip=True) for crumb in crumbs][-1] == "Übersetzungen"


def test_an_all_day_event_has_no_time_on_the_dashboard(client, editor_a, org_a):
    EventPageFactory(
        parent=org_a,
        title="Sommerfest",
        start=berlin(2030, 7, 6, 0),
        end=berlin(2030, 7, 6, 23, 59),
        all_day=True,
    )
    client.force_login(editor_a)
    panel = (
        soup_of(client, "/admin/").find("h2", string="Ihre nächsten Veranstaltungen").find_parent("section")
    )
    label = panel.find("a", string=lambda text: text and "Sommerfest" in text).get_text(strip=True)
    assert "00:00" not in label and "ganztägig" in label


def test_a_social_links_address_is_a_web_address(client, moderator, org_a):
    client.force_login(moderator)
    soup = soup_of(client, f"/admin/pages/{org_a.pk}/edit/")
    # The form of a new link is in a <template>, whose text get_text() leaves out.
    label = str(soup.find("label", id="id_social_links-__prefix__-url-label"))
    assert "Webadresse (URL)" in label and "Anschrift" not in label
