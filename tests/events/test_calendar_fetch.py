"""The calendar import fetches public internet addresses only, in bounded time and size, and
says the same neutral thing whatever went wrong (issue: SSRF through the calendar import)."""

import http.server
import socket
import threading
import time

import pytest

from django.utils import translation

from events.calendar.fetch import fetch_failed_text
from events.calendar.ical_import import CalendarFileError, fetch_calendar, import_subscription
from events.calendar.models import CalendarSubscription, EventPage, ImportRun
from tests.events.test_import import ICS

NEUTRAL = "The calendar could not be fetched."

REFUSED_HOSTS = [
    "127.0.0.1",
    "127.1.2.3",
    "10.0.0.5",
    "172.16.8.1",
    "192.168.178.1",
    "169.254.169.254",  # the cloud's metadata service
    "100.64.0.1",
    "0.0.0.0",  # noqa: S104
    "224.0.0.251",
    "240.0.0.1",
    "255.255.255.255",
    "[::1]",
    "[::]",
    "[fe80::1]",
    "[fd00::1]",
    "[ff02::1]",
    "[::ffff:127.0.0.1]",
    "[::ffff:169.254.169.254]",
    "[::ffff:10.0.0.1]",
    "[64:ff9b::a9fe:a9fe]",
    "[2002:7f00:1::]",
    "[2001:db8::1]",
]


class Server:
    """A real HTTP server on loopback whose answer each test chooses."""

    def __init__(self, answer):
        self.requests = []
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                server.requests.append((self.path, self.headers.get("Host")))
                answer(self)

            def log_message(self, *args):
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_port
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def url(self, path="/kalender.ics", host="127.0.0.1"):
        return f"http://{host}:{self.port}{path}"

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def serve():
    servers = []

    def start(answer):
        servers.append(Server(answer))
        return servers[-1]

    yield start
    for server in servers:
        server.close()


def calendar(handler):
    handler.send_response(200)
    handler.send_header("Content-Type", "text/calendar")
    handler.end_headers()
    handler.wfile.write(ICS)


def refused_in_english(url):
    with translation.override("en"), pytest.raises(CalendarFileError) as refused:
        fetch_calendar(url)
    return str(refused.value)


@pytest.fixture
def no_connection(monkeypatch):
    """Fails the test if the portal opens any connection."""
    attempts = []
    original_connect = socket.socket.connect
    original_create = socket.create_connection

    def record_connect(sock, address):
        attempts.append(address)
        return original_connect(sock, address)

    def record_create(address, *args, **kwargs):
        attempts.append(address)
        return original_create(address, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", record_connect)
    monkeypatch.setattr(socket, "create_connection", record_create)
    return attempts


@pytest.mark.parametrize("host", REFUSED_HOSTS)
def test_internal_addresses_are_refused_without_connecting(host, no_connection):
    assert refused_in_english(f"http://{host}:8/intern.ics").startswith(NEUTRAL)
    assert no_connection == []


def test_an_editor_cannot_import_from_the_servers_own_port(client, editor_a, org_a, serve, settings):
    internal = serve(calendar)
    client.force_login(editor_a)
    response = client.post(
        "/admin/calendar-import/", {"organisation": org_a.pk, "url": internal.url()}, follow=True
    )
    assert response.status_code == 200
    assert internal.requests == []
    assert EventPage.objects.count() == 0
    run = ImportRun.objects.get()
    # Stored in the editor's admin language (German here), the one neutral text.
    with translation.override("de"):
        assert run.error == fetch_failed_text()
    assert run.error.startswith("Der Kalender konnte nicht abgerufen werden.")


def test_a_name_that_resolves_to_an_internal_address_is_refused(monkeypatch, no_connection):
    monkeypatch.setattr(
        socket,
        "getaddrinfo",
        lambda *args, **kwargs: [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("10.1.2.3", 80))],
    )
    assert refused_in_english("https://kalender.verein.example/k.ics").startswith(NEUTRAL)
    assert no_connection == []


def test_a_name_with_one_internal_address_among_public_ones_is_refused(monkeypatch, no_connection):
    answers = [
        (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.215.14", 80)),
        (socket.AF_INET6, socket.SOCK_STREAM, 6, "", ("::1", 80, 0, 0)),
    ]
    monkeypatch.setattr(socket, "getaddrinfo", lambda *args, **kwargs: answers)
    assert refused_in_english("http://kalender.verein.example/k.ics").startswith(NEUTRAL)
    assert no_connection == []


def test_the_connection_goes_to_the_address_that_was_checked(monkeypatch, serve, settings):
    """The name is resolved once per hop; a second answer (DNS rebinding) is never asked for."""
    settings.CALENDAR_IMPORT_ALLOW_LOOPBACK = True
    server = serve(calendar)
    lookups = []

    def resolve(host, port, *args, **kwargs):
        lookups.append(host)
        # First answer checked and used; any later lookup would point somewhere else.
        address = "127.0.0.1" if len(lookups) == 1 else "10.0.0.1"
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port))]

    monkeypatch.setattr(socket, "getaddrinfo", resolve)
    assert fetch_calendar(server.url(host="kalender.verein.example")) == ICS
    assert lookups == ["kalender.verein.example"]
    assert server.requests == [("/kalender.ics", f"kalender.verein.example:{server.port}")]


@pytest.mark.parametrize(
    "target", ["http://169.254.169.254/latest/meta-data/", "http://10.255.255.1/k.ics", "http://[::1]:9/x"]
)
def test_a_redirect_to_an_internal_address_is_not_followed(serve, settings, target):
    settings.CALENDAR_IMPORT_ALLOW_LOOPBACK = True

    def redirect(handler):
        handler.send_response(302)
        handler.send_header("Location", target.replace("[::1]:9", "[::ffff:a00:1]:9"))
        handler.end_headers()

    public_looking = serve(redirect)
    started = time.monotonic()
    assert refused_in_english(public_looking.url()).startswith(NEUTRAL)
    assert time.monotonic() - started < 2
    assert len(public_looking.requests) == 1


def test_closed_and_silent_ports_read_the_same_and_a_silent_host_is_given_up_quickly(serve, settings):
    settings.CALENDAR_IMPORT_ALLOW_LOOPBACK = True
    settings.CALENDAR_FETCH_SECONDS = 1
    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen()  # accepts the connection, never answers
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    closed_port = closed.getsockname()[1]
    closed.close()
    try:
        started = time.monotonic()
        silent_text = refused_in_english(f"http://127.0.0.1:{silent.getsockname()[1]}/k.ics")
        assert time.monotonic() - started < 3
    finally:
        silent.close()
    closed_text = refused_in_english(f"http://127.0.0.1:{closed_port}/k.ics")

    def not_found(handler):
        handler.send_response(404)
        handler.end_headers()

    missing_text = refused_in_english(serve(not_found).url())
    assert silent_text == closed_text == missing_text
    assert silent_text.startswith(NEUTRAL)


def test_a_dripping_server_is_cut_off_at_the_total_deadline(serve, settings):
    settings.CALENDAR_IMPORT_ALLOW_LOOPBACK = True
    settings.CALENDAR_FETCH_SECONDS = 1

    def drip(handler):
        handler.send_response(200)
        handler.end_headers()
        for _ in range(40):
            handler.wfile.write(b"X")
            handler.wfile.flush()
            time.sleep(0.1)

    started = time.monotonic()
    assert refused_in_english(serve(drip).url()).startswith(NEUTRAL)
    assert time.monotonic() - started < 2.5


def test_a_file_larger_than_two_megabytes_is_not_read_to_the_end(serve, settings, org_a):
    settings.CALENDAR_IMPORT_ALLOW_LOOPBACK = True

    def huge(handler):
        handler.send_response(200)
        handler.end_headers()
        try:
            for _ in range(64):  # 64 MB offered
                handler.wfile.write(b"X" * 1024 * 1024)
        except OSError:
            pass

    subscription = CalendarSubscription.objects.create(organisation=org_a, url=serve(huge).url())
    with translation.override("en"):
        run = import_subscription(subscription)
    assert not run.succeeded
    assert "larger than 2 MB" in run.error


def test_the_scheduled_job_checks_stored_addresses_again(org_a, serve):
    internal = serve(calendar)
    subscription = CalendarSubscription.objects.create(organisation=org_a, url=internal.url())
    run = import_subscription(subscription)
    assert not run.succeeded
    assert internal.requests == []
