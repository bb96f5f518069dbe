"""A page made private leaves the page cache at once, with everything below it, and a private
page is never stored (issue: a page made private stayed public from the cache for 600 s)."""

import pytest

from django.test import override_settings

from wagtail.models import PageViewRestriction

from tests.factories import StandardPageFactory

CONTENT = "Nur für Mitglieder"


@pytest.fixture(autouse=True)
def page_cache():
    with override_settings(PAGE_CACHE_SECONDS=600):
        yield


@pytest.fixture
def club(home_page):
    club = StandardPageFactory(parent=home_page, title="Vereinsleben", slug="vereinsleben")
    minutes = StandardPageFactory(parent=club, title="Protokolle", slug="protokolle", intro=CONTENT)
    return {"club": club, "minutes": minutes}


def cached_twice(client, url):
    client.get(url)
    second = client.get(url)
    assert second["X-Cache"] == "hit"
    return second


def set_privacy(admin_client, page, **form):
    response = admin_client.post(f"/admin/pages/{page.pk}/privacy/", form)
    assert response.status_code == 200, response.content[:500]
    assert b'"step": "set_privacy_done"' in response.content or b"set_privacy_done" in response.content


def test_a_page_made_private_in_the_admin_is_no_longer_served_from_the_cache(client, admin_client, club):
    cached_twice(client, "/de/vereinsleben/")
    set_privacy(admin_client, club["club"], restriction_type="password", password="vereinsintern")

    answer = client.get("/de/vereinsleben/")
    assert answer.get("X-Cache") != "hit"
    assert "password" in answer.content.decode()


def test_pages_below_a_page_made_private_leave_the_cache_too(client, admin_client, club):
    assert CONTENT in cached_twice(client, "/de/vereinsleben/protokolle/").content.decode()
    set_privacy(admin_client, club["club"], restriction_type="login")

    answer = client.get("/de/vereinsleben/protokolle/")
    assert answer.status_code == 302
    assert "/login/" in answer["Location"]


def test_a_changed_restriction_and_a_lifted_one_renew_the_page(client, admin_client, club):
    restriction = PageViewRestriction.objects.create(
        page=club["club"], restriction_type=PageViewRestriction.PASSWORD, password="alt"
    )
    assert client.get("/de/vereinsleben/").get("X-Cache") is None
    set_privacy(admin_client, club["club"], restriction_type="none")
    assert not PageViewRestriction.objects.filter(pk=restriction.pk).exists()
    public = client.get("/de/vereinsleben/")
    assert public.status_code == 200 and public["X-Cache"] == "miss"

    cached_twice(client, "/de/vereinsleben/")
    restriction = PageViewRestriction.objects.create(
        page=club["club"], restriction_type=PageViewRestriction.PASSWORD, password="neu"
    )
    assert client.get("/de/vereinsleben/").get("X-Cache") != "hit"


def test_a_private_page_is_never_stored_not_even_for_a_visitor_who_knows_the_password(client, club):
    restriction = PageViewRestriction.objects.create(
        page=club["club"], restriction_type=PageViewRestriction.PASSWORD, password="vereinsintern"
    )
    passed = client.post(
        f"/de/_util/authenticate_with_password/{restriction.pk}/{club['minutes'].pk}/",
        {"password": "vereinsintern", "return_url": "/de/vereinsleben/protokolle/"},
    )
    assert passed.status_code == 302
    # Even without the session cookie that normally keeps such a visitor out of the cache.
    shown = client.get("/de/vereinsleben/protokolle/")
    assert CONTENT in shown.content.decode()
    assert "X-Cache" not in shown
    assert "no-cache" in shown["Cache-Control"] or "private" in shown["Cache-Control"]
    client.cookies.clear()
    again = client.get("/de/vereinsleben/protokolle/")
    assert CONTENT not in again.content.decode()
