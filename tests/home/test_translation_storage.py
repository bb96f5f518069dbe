"""The plain title/slug/url_path columns stay German whatever the editor's language."""

import pytest

from django.utils import translation

from wagtail.models import Page

from tests.factories import StandardPageFactory


def test_saving_in_another_language_keeps_base_columns_german(home_page):
    page = StandardPageFactory(parent=home_page, title="Über uns", slug="ueber-uns")
    with translation.override("tr"):
        page = Page.objects.get(pk=page.pk).specific
        page.title = "Hakkımızda"  # what an editor with a Turkish admin writes
        page.slug = "hakkimizda"
        page.save_revision().publish()
    row = Page.objects.filter(pk=page.pk).values("title", "slug", "url_path", "title_tr", "title_de").get()
    assert row["title"] == "Über uns"
    assert row["slug"] == "ueber-uns"
    assert row["url_path"].endswith("/ueber-uns/")
    assert row["title_tr"] == "Hakkımızda"
    assert row["title_de"] == "Über uns"


def test_revision_content_is_german_in_base_fields(home_page):
    page = StandardPageFactory(parent=home_page, title="Kontakt", slug="kontakt")
    with translation.override("ar"):
        page.title_ar = "اتصل بنا"
        revision = page.save_revision()
    assert revision.content["title"] == "Kontakt"
    assert revision.content["title_ar"] == "اتصل بنا"


def test_deleting_a_page_works_for_every_registered_type(home_page):
    page = StandardPageFactory(parent=home_page)
    page.delete()
    assert not Page.objects.filter(pk=page.pk).exists()


def test_a_slug_taken_in_any_language_is_refused(home_page):
    from django.core.exceptions import ValidationError

    StandardPageFactory(parent=home_page, title="Über uns", slug="ueber-uns", slug_tr="hakkimizda")
    clash_tr = StandardPageFactory.build(title="Andere Seite", slug="andere-seite", slug_tr="hakkimizda")
    with pytest.raises(ValidationError) as raised, translation.override("de"):
        home_page.add_child(instance=clash_tr)
    assert set(raised.value.message_dict) == {"slug_tr"}
    # A German slug clashes in every language that has no slug of its own.
    clash_de = StandardPageFactory.build(title="Zweite", slug="ueber-uns")
    with pytest.raises(ValidationError) as raised, translation.override("de"):
        home_page.add_child(instance=clash_de)
    assert "slug_de" in raised.value.message_dict and "slug_en" in raised.value.message_dict
    assert "slug_tr" not in raised.value.message_dict
