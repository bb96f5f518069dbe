"""`make bench BENCH_ARGS=--profile`: where one process spends its CPU, page type by page type.

Run inside Django with the bench settings and a bench database's DATABASE_URL:
`python -m tests.bench.profile OUTPUT.json [--requests 100] [--only home,event]`.

Each page type is requested N times through Django's WSGI handler with every middleware
of production (page cache off), under cProfile; the top costs by cumulative and by own
time go into the results. Timing in one process leaves gunicorn, the network and the
load tool out, so the figures compare on a machine shared with other work: CPU time,
not wall time, and ratios, not absolutes. The same handler also times the portal's own
hello view against a bare Django hello (no middleware at all), the ceiling of the issue's
"hello through the portal's stack ≥ 80 % of a bare hello".
"""

import argparse
import cProfile
import io
import json
import os
import pstats
import sys
import time

from tests.bench.load import ACCEPT_ENCODING
from tests.bench.visitors import visitor_address

TOP = 25
HELLO = "/bench/hello/"


def _environ(url: str) -> dict:
    path, _, query = url.partition("?")
    return {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": path,
        "QUERY_STRING": query,
        "SCRIPT_NAME": "",
        "SERVER_NAME": "127.0.0.1",
        "SERVER_PORT": "80",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "HTTP_HOST": "127.0.0.1",
        "HTTP_ACCEPT_ENCODING": ACCEPT_ENCODING,
        # As the bench's WSGI application gives it (tests.bench.wsgi).
        "REMOTE_ADDR": visitor_address(),
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(b""),
        "wsgi.errors": sys.stderr,
        "wsgi.multithread": True,
        "wsgi.multiprocess": True,
        "wsgi.run_once": False,
        "wsgi.version": (1, 0),
    }


def _start_response(status, headers, exc_info=None):
    return None


def request(handler, url: str):
    """One request as gunicorn makes it; the body is read and the response closed (request_finished)."""
    response = handler(_environ(url), _start_response)
    body = b"".join(response)
    response.close()
    return response.status_code, body


def _cpu_per_request(handler, url: str, requests: int) -> float:
    started = time.process_time()
    for _ in range(requests):
        request(handler, url)
    return (time.process_time() - started) * 1000 / requests


def _top(stats: pstats.Stats, sort: str, requests: int) -> list[dict]:
    stats.sort_stats(sort)
    rows = []
    for function in stats.fcn_list[:TOP]:
        calls, _primitive, own, cumulative, _callers = stats.stats[function]
        filename, line, name = function
        rows.append(
            {
                "function": f"{_short(filename)}:{line}({name})",
                "calls_per_request": round(calls / requests, 1),
                "own_ms": round(own * 1000 / requests, 2),
                "cumulative_ms": round(cumulative * 1000 / requests, 2),
            }
        )
    return rows


def _short(filename: str) -> str:
    for marker in ("site-packages/", "/work/"):
        if marker in filename:
            return filename.split(marker, 1)[1]
    return filename


def profile_page(handler, name: str, url: str, requests: int) -> dict:
    from django.db import connection

    # Warm up: the first request fills Wagtail's and Django's per-process caches.
    request(handler, url)
    request(handler, url)
    # Counted by a wrapper: the handler's request_started resets the debug cursor's log.
    queries = []
    with connection.execute_wrapper(lambda execute, sql, *args: queries.append(sql) or execute(sql, *args)):
        status, body = request(handler, url)
    cpu_ms = _cpu_per_request(handler, url, requests)
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(requests):
        request(handler, url)
    profiler.disable()
    stats = pstats.Stats(profiler)
    return {
        "name": name,
        "url": url,
        "status": status,
        "bytes": len(body),
        "queries": len(queries),
        "sql": queries,
        "cpu_ms": round(cpu_ms, 2),
        "cumulative": _top(stats, "cumulative", requests),
        "own": _top(stats, "tottime", requests),
    }


def hello_ratio(requests: int) -> dict:
    """CPU per hello through the portal's middleware and through none, in this process."""
    from django.core.handlers.wsgi import WSGIHandler
    from django.test import override_settings

    portal = WSGIHandler()
    with override_settings(MIDDLEWARE=[]):
        bare = WSGIHandler()
    for handler in (portal, bare):
        request(handler, HELLO)
    # Interleaved rounds, the best of each: other work on the machine only ever adds time.
    portal_ms, bare_ms = [], []
    for _ in range(5):
        portal_ms.append(_cpu_per_request(portal, HELLO, requests))
        bare_ms.append(_cpu_per_request(bare, HELLO, requests))
    portal_best, bare_best = min(portal_ms), min(bare_ms)
    return {
        "portal_ms": round(portal_best, 4),
        "bare_ms": round(bare_best, 4),
        "portal_share_of_bare": round(100 * bare_best / portal_best, 1),
    }


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m tests.bench.profile")
    parser.add_argument("output")
    parser.add_argument("--requests", type=int, default=100)
    parser.add_argument("--only", help="comma-separated page types, e.g. 'home,event'")
    options = parser.parse_args(argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.bench.settings")
    import django

    django.setup()
    from django.core.handlers.wsgi import WSGIHandler
    from django.test import override_settings

    from tests.bench.pages import page_urls

    urls = page_urls()
    if options.only:
        wanted = {name.strip() for name in options.only.split(",")}
        urls = [(name, url) for name, url in urls if name in wanted]
    with override_settings(PAGE_CACHE_SECONDS=0):
        handler = WSGIHandler()
        pages = []
        for name, url in urls:
            print(f"  profiling {name} ({url})", file=sys.stderr, flush=True)
            pages.append(profile_page(handler, name, url, options.requests))
        hello = hello_ratio(max(options.requests * 10, 1000))
    result = {"requests": options.requests, "hello": hello, "pages": pages}
    with open(options.output, "w", encoding="utf-8") as output:
        json.dump(result, output, ensure_ascii=False, indent=1)


def table(profile: dict) -> str:
    """The profile as Markdown: a line per page type, then each page type's top costs."""
    hello = profile["hello"]
    lines = [
        f"In-process profile ({profile['requests']} requests per page type through every middleware, "
        "page cache off; CPU ms per request):",
        "",
        "| page type | status | queries | CPU ms | bytes (gzip) |",
        "|---|---:|---:|---:|---:|",
    ]
    for page in profile["pages"]:
        cells = [page["name"], page["status"], page["queries"], f"{page['cpu_ms']:.1f}", page["bytes"]]
        lines.append("| " + " | ".join(str(cell) for cell in cells) + " |")
    lines += [
        "",
        f"Hello through the portal's middleware: {hello['portal_ms'] * 1000:.0f} µs CPU, bare Django "
        f"{hello['bare_ms'] * 1000:.0f} µs: the portal's hello is {hello['portal_share_of_bare']:.0f} % "
        "of a bare hello (target ≥ 80 %).",
    ]
    for page in profile["pages"]:
        for key, title in (("cumulative", "cumulative"), ("own", "own time")):
            lines += [
                "",
                f"{page['name']} — top {TOP} by {title} (ms per request):",
                "",
                "| function | calls | own ms | cumulative ms |",
                "|---|---:|---:|---:|",
            ]
            lines += [
                f"| `{row['function']}` | {row['calls_per_request']} | {row['own_ms']:.2f} | "
                f"{row['cumulative_ms']:.2f} |"
                for row in page[key]
            ]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
