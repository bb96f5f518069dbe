"""The admin contacts no other origin either; anonymous visitors get only the cookies they need."""

import pytest

from tests.browser.admin import sign_in
from tests.factories import EventPageFactory, PortalHomePageFactory, StandardPageFactory, berlin

pytestmark = pytest.mark.browser

PASSWORD = "Verwaltung-2026!"


@pytest.fixture
def site_with_editor(transactional_db, django_user_model):
    home = PortalHomePageFactory()
    page = StandardPageFactory(parent=home, title="Über uns", slug="ueber-uns")
    EventPageFactory(parent=home, title="Fest", slug="fest", start=berlin(2026, 12, 5, 12))
    django_user_model.objects.create_superuser("verwaltung", "verwaltung@example.org", PASSWORD)
    return page


def test_the_admin_loads_nothing_from_other_origins_and_breaks_no_policy(page, site_with_editor):
    sign_in(page, "verwaltung", PASSWORD)
    for path in (
        "/admin/",
        f"/admin/pages/{site_with_editor.pk}/edit/",
        f"/admin/pages/{site_with_editor.get_parent().pk}/",
        "/admin/images/",
        "/admin/translations/",
    ):
        response = page.goto(path)
        assert response.status == 200, path
        page.wait_for_load_state("networkidle")
    assert page.other_origin_requests == []
    assert page.csp_violations == []


def test_anonymous_visitors_keep_only_the_language_choice_and_a_form_token(page, site_with_editor):
    for path in ("/de/", "/de/ueber-uns/", "/ar/", "/de/gibt-es-nicht/"):
        page.goto(path)
    assert page.context.cookies() == []

    # A form needs its CSRF token; nothing else is set.
    page.goto("/de/barriere-melden/")
    assert {cookie["name"] for cookie in page.context.cookies()} <= {"csrftoken"}

    # Switching the language remembers it, and that is all.
    page.goto("/de/ueber-uns/")
    page.locator("[data-language='tr']").first.click()
    page.wait_for_url("**/tr/**")
    names = {cookie["name"] for cookie in page.context.cookies()}
    assert names <= {"csrftoken", "mokme_language"}
    assert "mokme_language" in names
    assert page.other_origin_requests == []


class FakeEmbed:
    html = '<iframe src="https://www.youtube-nocookie.com/embed/sommerfest" title="Sommerfest"></iframe>'
    provider_name = "YouTube"
    is_responsive = False
    ratio = None


def test_a_video_loads_from_its_provider_only_after_the_click(page, transactional_db, monkeypatch):
    from wagtail.embeds import embeds

    monkeypatch.setattr(embeds, "get_embed", lambda url, *args, **kwargs: FakeEmbed())
    home = PortalHomePageFactory()
    video = StandardPageFactory(parent=home, title="Video", slug="video")
    video.body = [
        ("embed", {"url": "https://www.youtube.com/watch?v=x", "title": "Sommerfest", "caption": ""})
    ]
    video.save_revision().publish()
    # The provider is answered here; the test sees the request without leaving the machine.
    page.route(
        "https://www.youtube-nocookie.com/**",
        lambda route: route.fulfill(status=200, content_type="text/html", body="<p>Video</p>"),
    )

    page.goto("/de/video/")
    page.wait_for_load_state("networkidle")
    assert page.other_origin_requests == []

    page.get_by_role("button", name="Sommerfest").click()
    page.wait_for_selector("iframe")
    page.wait_for_load_state("networkidle")
    assert page.other_origin_requests == ["https://www.youtube-nocookie.com/embed/sommerfest"]
    # The Content-Security-Policy lets the consented frame through.
    assert page.csp_violations == []
