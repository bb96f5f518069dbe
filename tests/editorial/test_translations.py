"""The translation overview, starting a translation from German, and what “untranslated” means."""

import pytest
from bs4 import BeautifulSoup

from home.languages.translation_state import Status, start_translation, status_of
from home.models import TranslationEdit
from tests.factories import OrganisationContentPageFactory, StandardPageFactory


def statuses(page):
    return {
        code: status_of({e.language: e for e in TranslationEdit.objects.filter(page=page)}, code)
        for code in ("de", "tr")
    }


def test_states_follow_the_revisions(org_a):
    page = OrganisationContentPageFactory(parent=org_a, title="Angebote", slug="angebote")
    assert statuses(page) == {"de": Status.SOURCE, "tr": Status.MISSING}
    page.title_tr = "Hizmetler"
    page.save_revision()
    assert statuses(page)["tr"] == Status.COMPLETE
    page.intro_de = "Neuer deutscher Text"
    page.save_revision()
    assert statuses(page)["tr"] == Status.OUTDATED
    page.intro_tr = "Yeni Türkçe metin"
    page.save_revision()
    assert statuses(page)["tr"] == Status.COMPLETE


def test_starting_from_german_copies_into_a_draft_marked_untranslated(client, org_a):
    page = OrganisationContentPageFactory(
        parent=org_a, title="Angebote", slug="angebote", intro="Was wir anbieten."
    )
    start_translation(page, "tr")
    page.refresh_from_db()
    draft = page.get_latest_revision_as_object()
    assert draft.title_tr == "Angebote" and draft.intro_tr == "Was wir anbieten."
    assert statuses(page)["tr"] == Status.COPY
    # Published as it is, the copy is still German: marked so, and not offered as Turkish.
    draft.save_revision().publish()
    page.refresh_from_db()
    assert not page.specific.is_available_in("tr")
    soup = BeautifulSoup(
        client.get("/tr/kuruluslar/anatolia-kulturverein-hilden/angebote/").content, "html.parser"
    )
    assert soup.select_one("article")["lang"] == "de"
    # Once the editor changes the Turkish text, it counts as a translation.
    draft.title_tr = "Hizmetler"
    draft.save_revision()
    assert statuses(page)["tr"] == Status.COMPLETE


@pytest.fixture
def report_pages(org_a, org_b):
    done = OrganisationContentPageFactory(
        parent=org_a, title="Angebote", slug="angebote", title_tr="Hizmetler"
    )
    missing = OrganisationContentPageFactory(parent=org_a, title="Jugendgruppe", slug="jugendgruppe")
    outdated = OrganisationContentPageFactory(
        parent=org_a, title="Beratung", slug="beratung", title_tr="Danışmanlık"
    )
    outdated.intro_de = "Neu"
    outdated.save_revision().publish()
    other = OrganisationContentPageFactory(parent=org_b, title="Elterncafé", slug="elterncafe")
    return {"done": done, "missing": missing, "outdated": outdated, "other": other}


def report(client, query=""):
    response = client.get(f"/admin/translations/{query}")
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    rows = {}
    for row in soup.select("table.translation-report tbody tr"):
        title = row.th.get_text(strip=True)
        rows[title] = [td.get_text(" ", strip=True) for td in row.find_all("td")]
    return rows, soup


def test_editor_sees_the_state_of_own_pages_only(client, editor_a, report_pages):
    client.force_login(editor_a)
    rows, soup = report(client)
    assert "Elterncafé" not in rows and "Bereket Elternverein Velbert" not in rows
    assert rows["Angebote"][2].startswith("vollständig")  # columns: de, en, tr, …
    assert rows["Jugendgruppe"][2].startswith("fehlt")
    assert rows["Beratung"][2].startswith("veraltet")
    assert rows["Angebote"][3] == "nicht angeboten –"  # Arabic is not one of the organisation's languages
    link = soup.find("a", href=f"/admin/pages/{report_pages['missing'].pk}/edit/?translation=tr")
    assert link is not None


@pytest.mark.parametrize(
    ("status", "expected"),
    [("missing", {"Jugendgruppe"}), ("outdated", {"Beratung"}), ("complete", {"Angebote"})],
)
def test_report_filters_by_language_and_status(client, editor_a, report_pages, status, expected):
    client.force_login(editor_a)
    rows, _soup = report(client, f"?language=tr&status={status}")
    assert expected <= set(rows) and not (set(rows) & ({"Jugendgruppe", "Beratung", "Angebote"} - expected))


def test_report_filters_by_organisation_for_moderators(client, moderator, report_pages, org_b):
    client.force_login(moderator)
    rows, _soup = report(client, f"?organisation={org_b.pk}")
    assert "Elterncafé" in rows and "Angebote" not in rows


def test_start_from_the_report_opens_the_editor_at_that_language(client, editor_a, report_pages):
    client.force_login(editor_a)
    page = report_pages["missing"]
    response = client.post(f"/admin/translations/start/{page.pk}/tr/")
    assert response.status_code == 302
    assert response["Location"] == f"/admin/pages/{page.pk}/edit/?translation=tr"
    assert statuses(page)["tr"] == Status.COPY
    # Not for another organisation's page, not for a language the organisation does not publish.
    other = client.post(f"/admin/translations/start/{report_pages['other'].pk}/tr/")
    assert other.status_code in (302, 403, 404)
    assert client.post(f"/admin/translations/start/{page.pk}/ar/").status_code == 404


def test_portal_pages_appear_for_moderators(client, moderator, home_page):
    StandardPageFactory(parent=home_page, title="Impressum", slug="impressum")
    client.force_login(moderator)
    rows, _soup = report(client)
    assert "Impressum" in rows
