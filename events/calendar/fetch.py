"""Fetching a subscribed calendar from the internet, and only from the internet.

The address comes from an organisation's editor, and the portal's server sits next to its
database, Redis and the cloud's metadata service. So every hop (the address and each redirect)
is resolved once, refused unless every address it resolves to is a public one, and the
connection goes to exactly the address that was checked: a name that resolves to a public
address for the check and to 127.0.0.1 a moment later (DNS rebinding) gets nowhere.

Time and size are capped: a silent or dripping server costs at most `CALENDAR_FETCH_SECONDS`
in total. Whatever fails, the editor reads one and the same text, so that the import cannot be
used to tell open, closed and filtered ports of other machines apart.
"""

import http.client
import ipaddress
import socket
import ssl
import time
from urllib.parse import urljoin, urlsplit

from django.conf import settings
from django.utils.translation import gettext as _

from home.security.addresses import is_loopback, is_public

MAX_REDIRECTS = 5
REDIRECT_STATUSES = {301, 302, 303, 307, 308}
CHUNK = 64 * 1024
USER_AGENT = "mokme-calendar-import/1.0"


class FetchError(Exception):
    """The calendar could not be fetched; the reason stays in the log, not in the admin."""


def fetch_failed_text():
    return _(
        "The calendar could not be fetched. Check that the address is right and that the "
        "calendar is public, then try again."
    )


def _allowed(address) -> bool:
    if is_public(address):
        return True
    # Tests serve their calendars from a local server; production never sets this.
    return settings.CALENDAR_IMPORT_ALLOW_LOOPBACK and is_loopback(address)


def checked_address(host: str, port: int) -> str:
    """The one address to connect to for ``host``; refused if any of its addresses is not public."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError) as error:
        raise FetchError(f"{host} does not resolve") from error
    addresses = [ipaddress.ip_address(info[4][0].split("%")[0]) for info in infos]
    if not addresses or not all(_allowed(address) for address in addresses):
        raise FetchError(f"{host} resolves to a non-public address: {addresses}")
    return str(addresses[0])


class _Deadline:
    def __init__(self, seconds):
        self.ends = time.monotonic() + seconds

    def timeout(self, longest):
        remaining = self.ends - time.monotonic()
        if remaining <= 0:
            raise FetchError("the total time for the fetch is used up")
        return min(longest, remaining)


class _PinnedHTTPConnection(http.client.HTTPConnection):
    """Connects to the checked address while sending the host's name."""

    def __init__(self, host, port, *, address, deadline):
        super().__init__(host, port, timeout=deadline.timeout(settings.CALENDAR_FETCH_CONNECT_SECONDS))
        self.address = address

    def _open_socket(self):
        # Not socket.create_connection: it would resolve again, and only this address was checked.
        family = socket.AF_INET6 if ":" in self.address else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM)
        sock.settimeout(self.timeout)
        try:
            sock.connect((self.address, self.port))
        except OSError:
            sock.close()
            raise
        return sock

    def connect(self):
        self.sock = self._open_socket()


class _PinnedHTTPSConnection(_PinnedHTTPConnection):
    default_port = http.client.HTTPS_PORT

    def connect(self):
        context = ssl.create_default_context()
        self.sock = context.wrap_socket(self._open_socket(), server_hostname=self.host)


def _get(url, deadline, max_size):
    """(status, Location, body) of one GET, connected to the checked address."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError(f"not an http(s) address: {url}")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError as error:
        raise FetchError(f"bad port in {url}") from error
    address = checked_address(parts.hostname, port)
    connection_class = _PinnedHTTPSConnection if parts.scheme == "https" else _PinnedHTTPConnection
    connection = connection_class(parts.hostname, port, address=address, deadline=deadline)
    target = parts.path or "/"
    if parts.query:
        target += f"?{parts.query}"
    try:
        connection.request("GET", target, headers={"User-Agent": USER_AGENT, "Accept": "text/calendar, */*"})
        # Kept here: the connection forgets its socket once the response says it will close.
        sock = connection.sock
        sock.settimeout(deadline.timeout(settings.CALENDAR_FETCH_READ_SECONDS))
        response = connection.getresponse()
        if response.status in REDIRECT_STATUSES:
            return response.status, response.getheader("Location", ""), b""
        if response.status != 200:
            raise FetchError(f"{url} answered {response.status}")
        return response.status, "", _read_capped(response, sock, deadline, max_size)
    except (OSError, http.client.HTTPException) as error:
        raise FetchError(f"{url}: {error!r}") from error
    finally:
        connection.close()


def _read_capped(response, sock, deadline, max_size):
    chunks, size = [], 0
    while True:
        sock.settimeout(deadline.timeout(settings.CALENDAR_FETCH_READ_SECONDS))
        chunk = response.read1(CHUNK)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        chunks.append(chunk)
        if size > max_size:
            # One byte more than allowed is enough for the import to say the file is too large.
            return b"".join(chunks)[: max_size + 1]


def fetch(url: str, *, max_size: int) -> bytes:
    """The calendar at ``url``, following redirects; FetchError on anything unexpected."""
    deadline = _Deadline(settings.CALENDAR_FETCH_SECONDS)
    for _hop in range(MAX_REDIRECTS + 1):
        status, location, body = _get(url, deadline, max_size)
        if status not in REDIRECT_STATUSES:
            return body
        if not location:
            raise FetchError(f"{url} redirects nowhere")
        url = urljoin(url, location)
    raise FetchError("too many redirects")
