"""gunicorn as in production, one client timing requests, and ab for concurrent load on loopback."""

import contextlib
import http.client
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass

from tests.bench.databases import PROJECT

HOST = "127.0.0.1"
# Longer than gunicorn's own timeout, so that a stuck request shows as gunicorn's answer.
TIMEOUT = 60
# What Chromium asks for, as every browser, feed reader and calendar app asks for some compression:
# without it, the bench timed sending the calendar's 100-260 KB uncompressed, which no visitor gets.
ACCEPT_ENCODING = "gzip, deflate, br, zstd"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def gunicorn(env: dict, *, log_path, application="mokme_cms.wsgi:application"):
    """The portal under `gunicorn -c mokme_cms/gunicorn.py`, bound to a free loopback port."""
    port = free_port()
    env = {**env, "GUNICORN_BIND": f"{HOST}:{port}", "GUNICORN_ACCESSLOG": "/dev/null"}
    with open(log_path, "w", encoding="utf-8") as output:
        server = subprocess.Popen(  # noqa: S603 - the project's gunicorn with fixed arguments
            [
                os.path.join(os.path.dirname(sys.executable), "gunicorn"),
                "-c",
                "mokme_cms/gunicorn.py",
                application,
            ],
            cwd=PROJECT,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            _wait_until_ready(port, server, log_path)
            yield port
        finally:
            server.send_signal(signal.SIGTERM)
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()


def _wait_until_ready(port, server, log_path, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            sys.exit(f"bench: gunicorn stopped at start; see {log_path}")
        with contextlib.suppress(OSError, http.client.HTTPException):
            connection = http.client.HTTPConnection(HOST, port, timeout=5)
            connection.request("GET", "/healthz")
            if connection.getresponse().status == 200:
                connection.close()
                return
        time.sleep(0.3)
    sys.exit(f"bench: gunicorn did not answer /healthz within {timeout} s; see {log_path}")


@dataclass
class OneClient:
    """Server time seen by a single client on a kept-alive loopback connection."""

    p50_ms: float | None
    p95_ms: float | None
    requests: int
    errors: int
    status: int
    cache_header: str


def one_client(port: int, path: str, requests: int, *, seconds: float) -> OneClient:
    """Up to `requests` requests one after another, stopping after `seconds` (but not before the third)."""
    connection = http.client.HTTPConnection(HOST, port, timeout=TIMEOUT)
    timings, errors, status, cache_header = [], 0, 0, ""
    deadline = time.monotonic() + seconds
    while len(timings) + errors < requests and (len(timings) < 3 or time.monotonic() < deadline):
        started = time.perf_counter()
        try:
            connection.request("GET", path, headers={"Accept-Encoding": ACCEPT_ENCODING})
            response = connection.getresponse()
            response.read()
        except (http.client.HTTPException, OSError):
            # A recycled worker closes its connections, a stuck one is killed after gunicorn's timeout.
            errors += 1
            connection.close()
            connection = http.client.HTTPConnection(HOST, port, timeout=TIMEOUT)
            if errors >= 3 and not timings:
                break
            continue
        timings.append((time.perf_counter() - started) * 1000)
        status = response.status
        cache_header = response.getheader("X-Cache", "")
    connection.close()
    return OneClient(
        p50_ms=round(statistics.median(timings), 1) if timings else None,
        p95_ms=round(_percentile(timings, 95), 1) if timings else None,
        requests=len(timings),
        errors=errors,
        status=status,
        cache_header=cache_header,
    )


def _percentile(values, percent):
    ordered = sorted(values)
    index = max(0, min(len(ordered) - 1, round(percent / 100 * len(ordered)) - 1))
    return ordered[index]


@dataclass
class Load:
    """ab's answer for one URL: throughput, the 95th percentile and anything that went wrong."""

    requests_per_second: float
    p95_ms: float
    complete: int
    non_2xx: int
    failed_connections: int


def require_ab():
    if shutil.which("ab"):
        return
    apt_get = shutil.which("apt-get")
    if os.geteuid() == 0 and apt_get:
        subprocess.run([apt_get, "install", "-y", "-qq", "apache2-utils"], check=False)  # noqa: S603
    if not shutil.which("ab"):
        sys.exit("bench: needs ApacheBench (`ab`); install it with `apt-get install apache2-utils`.")


def ab(port: int, path: str, *, concurrency: int, seconds: float, requests: int, user_agent=None) -> Load:
    """Keep-alive load from `concurrency` clients until `requests` or `seconds`, whichever comes first."""
    # -t before -n: ab's time limit otherwise resets the number of requests to 50,000.
    command = [shutil.which("ab"), "-k", "-q", "-r", "-c", str(concurrency), "-t", str(seconds)]
    command += ["-n", str(requests), "-H", f"Accept-Encoding: {ACCEPT_ENCODING}"]
    if user_agent:
        command += ["-H", f"User-Agent: {user_agent}"]
    result = subprocess.run(  # noqa: S603 - loopback URL of our own server
        [*command, f"http://{HOST}:{port}{path}"], capture_output=True, text=True, check=False
    )
    if result.returncode:
        sys.exit(f"bench: ab failed on {path}:\n{result.stderr}")
    return parse_ab(result.stdout)


def parse_ab(output: str) -> Load:
    def number(pattern, default=0.0):
        match = re.search(pattern, output, re.MULTILINE)
        return float(match.group(1)) if match else default

    # Failed requests by length only mean the page changed between requests (a new date, a token).
    return Load(
        requests_per_second=round(number(r"^Requests per second:\s+([\d.]+)"), 1),
        p95_ms=number(r"^\s+95%\s+(\d+)"),
        complete=int(number(r"^Complete requests:\s+(\d+)")),
        non_2xx=int(number(r"^Non-2xx responses:\s+(\d+)")),
        failed_connections=int(number(r"Connect: (\d+), Receive")),
    )
