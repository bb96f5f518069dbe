"""With Redis down the portal serves (uncached, slower), accepts and stores every form, says
"degraded" on /readyz, and uses the cache again by itself when Redis returns.

A relay between the portal and Redis is cut while four visitors keep loading pages and sending
barrier reports, as the PostgreSQL outage test does with the database.
"""

import os
import socket
import threading
import time
import uuid

import pytest

from django.conf import settings
from django.db import connection
from django.test import Client, override_settings

from home.models import BarrierReport
from tests.factories import StandardPageFactory
from tests.relay import Relay

REDIS = (os.environ.get("TEST_REDIS_HOST", "127.0.0.1"), int(os.environ.get("TEST_REDIS_PORT", "6379")))
REDIS_DB = int(os.environ.get("TEST_REDIS_OUTAGE_DB", "14"))
PAGES = ["/de/", "/de/ueber-uns/", "/de/kontakt/", "/ar/ueber-uns/", "/de/barriere-melden/"]


def redis_running():
    try:
        socket.create_connection(REDIS, timeout=0.5).close()
    except OSError:
        return False
    return True


pytestmark = [
    pytest.mark.skipif(
        "postgresql" not in settings.DATABASES["default"]["ENGINE"],
        reason="visitors in parallel threads need PostgreSQL (CI runs on PostgreSQL)",
    ),
    pytest.mark.skipif(not redis_running(), reason="needs the machine's Redis"),
]


@pytest.fixture
def relayed_redis(transactional_db):
    relay = Relay(REDIS)
    relay.start()
    caches = {
        "default": {
            "BACKEND": "home.page_cache.backend.ResilientRedisCache",
            "LOCATION": f"redis://127.0.0.1:{relay.port}/{REDIS_DB}",
            "KEY_PREFIX": f"outage-{uuid.uuid4().hex[:8]}",
            "OPTIONS": {"RETRY_AFTER_SECONDS": 0.5},
        }
    }
    with override_settings(CACHES=caches, PAGE_CACHE_SECONDS=600):
        yield relay
    relay.stop()


class Visitors:
    """Four visitors loading pages and sending reports until told to stop."""

    def __init__(self, count=4):
        self.answers = []  # (method, url, status)
        self.sent = []  # descriptions whose post was answered
        self.lock = threading.Lock()
        self.running = True
        self.threads = [threading.Thread(target=self._visit, args=(number,)) for number in range(count)]

    def __enter__(self):
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc):
        self.running = False
        for thread in self.threads:
            thread.join(30)

    def _visit(self, number):
        client = Client(raise_request_exception=False)
        step = 0
        try:
            while self.running:
                url = PAGES[step % len(PAGES)]
                response = client.get(url)
                self._note("GET", url, response.status_code)
                if step % 3 == 0:
                    description = f"Visitor {number}, report {step}"
                    # Each report from its own address: the rate limit is not what is tested here.
                    response = client.post(
                        "/de/barriere-melden/",
                        {"description": description},
                        REMOTE_ADDR=f"198.51.{number}.{step % 250}",
                    )
                    self._note("POST", description, response.status_code)
                step += 1
        finally:
            connection.close()

    def _note(self, method, what, status):
        with self.lock:
            self.answers.append((method, what, status))
            if method == "POST" and status == 302:
                self.sent.append(what)


def test_a_redis_outage_under_load_costs_no_page_and_no_form(home_page, relayed_redis):
    StandardPageFactory(parent=home_page, title="Über uns", slug="ueber-uns", slug_ar="ueber-uns")
    StandardPageFactory(parent=home_page, title="Kontakt", slug="kontakt", slug_ar="kontakt")
    probe = Client(raise_request_exception=False)
    assert probe.get("/de/ueber-uns/").status_code == 200
    assert probe.get("/de/ueber-uns/")["X-Cache"] == "hit"

    with Visitors() as visitors:
        time.sleep(1)
        relayed_redis.stop()
        time.sleep(2)
        during = probe.get("/readyz")
        cut_page = probe.get("/de/kontakt/")
        time.sleep(1)
        relayed_redis.start()
        time.sleep(2)

    answers = visitors.answers
    assert answers, "the visitors got no answer at all"
    failed = [answer for answer in answers if answer[2] not in (200, 302)]
    assert failed == [], failed[:10]
    posted = [answer for answer in answers if answer[0] == "POST"]
    assert len(posted) >= 8
    stored = set(BarrierReport.objects.values_list("description", flat=True))
    assert set(visitors.sent) == {what for _method, what, _status in posted} <= stored

    assert during.status_code == 200
    assert during.content.decode().startswith("degraded")
    assert cut_page.status_code == 200 and "Kontakt" in cut_page.content.decode()

    # Back by itself: ready, and pages are kept in Redis again.
    assert probe.get("/readyz").content.decode().strip() == "ok"
    probe.get("/de/kontakt/")
    assert probe.get("/de/kontakt/")["X-Cache"] == "hit"


def test_a_page_published_while_redis_was_away_is_not_hidden_by_an_older_copy(home_page, relayed_redis):
    about = StandardPageFactory(parent=home_page, title="Über uns", slug="ueber-uns", intro="Alter Text")
    client = Client(raise_request_exception=False)
    client.get("/de/ueber-uns/")
    assert client.get("/de/ueber-uns/")["X-Cache"] == "hit"

    relayed_redis.stop()
    about.intro = "Neuer Text"
    about.save_revision().publish()
    assert "Neuer Text" in client.get("/de/ueber-uns/").content.decode()
    relayed_redis.start()
    time.sleep(0.6)  # the cache is asked again after RETRY_AFTER_SECONDS

    assert "Neuer Text" in client.get("/de/ueber-uns/").content.decode()
