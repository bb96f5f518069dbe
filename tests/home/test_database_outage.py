"""With the database down, cached pages are still served, others get a translated 503, and the
portal recovers by itself when the database returns.

The test puts a TCP relay between the portal and its PostgreSQL and cuts it, which is what a
database restart or a lost network looks like to the app server.
"""

import pytest

from django.conf import settings
from django.db import close_old_connections, connections
from django.test import Client, override_settings

from tests.factories import StandardPageFactory
from tests.relay import Relay

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(
        "postgresql" not in settings.DATABASES["default"]["ENGINE"],
        reason="cuts a network connection to PostgreSQL; SQLite has none (CI runs on PostgreSQL)",
    ),
]


@pytest.fixture
def relayed_database(transactional_db):
    connection = connections["default"]
    original = dict(connection.settings_dict)
    relay = Relay((original["HOST"] or "127.0.0.1", int(original["PORT"] or 5432)))
    relay.start()
    connection.close()
    connection.settings_dict.update(HOST="127.0.0.1", PORT=str(relay.port))
    yield relay
    relay.stop()
    connection.close()
    connection.settings_dict.update(original)


def get(client, url):
    response = client.get(url)
    # Django's request handler does this after every request in production; the test client
    # leaves it out, so the test does it to let the portal drop the broken connection.
    close_old_connections()
    return response


@override_settings(PAGE_CACHE_SECONDS=600)
def test_cached_pages_survive_an_outage_and_the_portal_recovers_by_itself(home_page, relayed_database):
    StandardPageFactory(parent=home_page, title="Über uns", slug="ueber-uns", slug_ar="ueber-uns")
    StandardPageFactory(parent=home_page, title="Kontakt", slug="kontakt", slug_ar="kontakt")
    client = Client(raise_request_exception=False)
    assert get(client, "/de/ueber-uns/").status_code == 200

    relayed_database.stop()

    cached = get(client, "/de/ueber-uns/")
    assert cached.status_code == 200
    assert cached["X-Cache"] == "hit"
    assert "Über uns" in cached.content.decode()

    german = get(client, "/de/kontakt/")
    assert german.status_code == 503
    assert german["Retry-After"] == "60"
    assert "Das Portal ist kurz nicht erreichbar" in german.content.decode()
    assert "Traceback" not in german.content.decode()

    arabic = get(client, "/ar/kontakt/")
    assert arabic.status_code == 503
    assert 'dir="rtl"' in arabic.content.decode()
    assert 'lang="ar"' in arabic.content.decode()

    assert get(client, "/readyz").status_code == 503
    assert get(client, "/healthz").status_code == 200

    relayed_database.start()

    back = get(client, "/de/kontakt/")
    assert back.status_code == 200
    assert "Kontakt" in back.content.decode()
    assert get(client, "/readyz").status_code == 200
