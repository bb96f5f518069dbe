"""`make bench`: the portal at district scale, served by gunicorn as in production, page type by page type.

    python -m tests.bench.run [--scale 1] [--rebuild] [--concurrency 8] [--seconds 5] …

Fills (once) a PostgreSQL database to the district's scale and one with the
small demo, counts each page type's queries in both, then serves the big one
with gunicorn twice, without and with the page cache, and measures one
client's server time and ab's throughput under concurrent load. Progress goes
to stderr; the table goes to stdout, bench-results.md and bench-results.json.
"""

import argparse
import datetime
import json
import os
import runpy
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import redis

from tests.bench import admin, databases, load, report, weight
from tests.bench import profile as bench_profile

DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/mokme_bench"
DEFAULT_REDIS_URL = "redis://127.0.0.1:6379/5"
HELLO = "/bench/hello/"
# The same view without any middleware, served beside the portal by tests.bench.wsgi.
BARE_HELLO = "/bench/bare-hello/"
APPLICATION = "tests.bench.wsgi:application"
# A reader's browser is counted (home.page_views), a bot is not: the cached pages are measured
# with both, in the same run, to show what counting costs.
READER = "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0"
BOT = "mokme-bench-bot/1.0"
# Slower than this for one client, a page is not put under load.
SLOW_MS = 2000
CONTENT = {
    "organisations": "organisations.organisationpage",
    "events": "calendar.eventpage",
    "occurrences": "calendar.eventoccurrence",
    "news": "news.newspage",
    "press_releases": "press.pressreleasepage",
}


def log(message):
    print(message, file=sys.stderr, flush=True)


def arguments(argv=None):
    parser = argparse.ArgumentParser(prog="make bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=float, default=1.0, help="share of the district's scale (default 1)")
    parser.add_argument("--rebuild", action="store_true", help="drop and refill both bench databases")
    parser.add_argument("--concurrency", type=int, default=8, help="ab's concurrent clients (default 8)")
    parser.add_argument("--seconds", type=float, default=5, help="ab's time per URL and run (default 5)")
    parser.add_argument("--requests", type=int, default=5000, help="ab's most requests per URL and run")
    parser.add_argument("--sequential", type=int, default=60, help="one client's requests per URL")
    parser.add_argument(
        "--sequential-seconds", type=float, default=10, help="one client's most time per URL (default 10)"
    )
    parser.add_argument("--workers", type=int, help="gunicorn workers (default: production's, 2 per core)")
    parser.add_argument("--only", help="comma-separated page types to measure, e.g. 'home,event'")
    parser.add_argument(
        "--profile",
        action="store_true",
        help="also profile each page type in one process (cProfile) and write the top costs to the results",
    )
    parser.add_argument(
        "--profile-requests", type=int, default=100, help="requests per page type profiled (default 100)"
    )
    parser.add_argument(
        "--profile-only", action="store_true", help="only the profile: no gunicorn, no load, no admin timing"
    )
    parser.add_argument("--output", type=Path, default=databases.PROJECT / "bench-results")
    parser.add_argument("--database-url", default=os.environ.get("BENCH_DATABASE_URL", DEFAULT_DATABASE_URL))
    parser.add_argument("--redis-url", default=os.environ.get("BENCH_REDIS_URL", DEFAULT_REDIS_URL))
    return parser.parse_args(argv)


def main(argv=None):
    options = arguments(argv)
    load.require_ab()
    databases.ensure_postgres(options.database_url, log)
    cache = redis.Redis.from_url(options.redis_url)
    try:
        cache.ping()
    except redis.RedisError:
        sys.exit(
            f"bench: Redis does not answer at {options.redis_url} (start it: redis-server --daemonize yes)."
        )

    base_env = {key: value for key, value in os.environ.items() if key not in ("DATABASE_URL", "REDIS_URL")}
    if options.workers:
        base_env["WEB_CONCURRENCY"] = str(options.workers)
    bench_db, demo_db = databases.bench_and_demo(options.database_url, options.scale)
    fill_seconds = {}
    for database in (demo_db, bench_db):
        log(f"Preparing {database.name}…")
        fill_seconds[database.name] = round(
            databases.prepare(database, rebuild=options.rebuild, log=log, env=base_env)
        )
        log(f"  {database.name} ready ({fill_seconds[database.name]} s).")

    with tempfile.TemporaryDirectory(prefix="mokme-bench-static-") as static_root:
        base_env["STATIC_ROOT"] = static_root
        # Counting, profiling and the admin timing run as gunicorn serves: with Redis, which also
        # answers the site lookup (one query less per page; home.sites). Each run starts from an
        # empty Redis database, so the two databases never read each other's entries.
        served_env = {**base_env, "REDIS_URL": options.redis_url}
        log("Collecting static files for the manifest storage…")
        databases.manage(bench_db, ["collectstatic", "--noinput", "-v0"], env=base_env, log=log)
        if options.profile or options.profile_only:
            log(f"Profiling {options.profile_requests} requests per page type in one process…")
            profile_args = ["--requests", str(options.profile_requests)]
            if options.only:
                profile_args += ["--only", options.only]
            profiled = _run_json("tests.bench.profile", bench_db, served_env, profile_args, cache=cache)
            if options.profile_only:
                _write_profile(options.output, profiled)
                return
        log("Counting queries per page type in both databases…")
        bench_pages, content = _pages(bench_db, served_env, cache)
        demo_pages, _demo_content = _pages(demo_db, served_env, cache)
        log("Timing the admin's page editor in both databases…")
        bench_admin = _run_json("tests.bench.admin", bench_db, served_env, cache=cache)
        demo_admin = _run_json("tests.bench.admin", demo_db, served_env, cache=cache)
        if options.only:
            wanted = {name.strip() for name in options.only.split(",")}
            bench_pages = [page for page in bench_pages if page["name"] in wanted]
        results = _measure(options, bench_db, base_env, cache, bench_pages)

    demo_by_name = {page["name"]: page for page in demo_pages}
    rows = []
    for page in bench_pages:
        demo = demo_by_name[page["name"]]
        row = results["pages"][page["name"]]
        row["queries"] = {
            "bench": page["queries"],
            "demo": demo["queries"],
            "demo_url": demo["url"],
            "bench_status": page["status"],
            "demo_status": demo["status"],
            "bytes": page["bytes"],
            "in_process_ms": page["in_process_ms"],
            "sql_ms": page["sql_ms"],
        }
        if page["queries"] != demo["queries"]:
            row["query_diff"] = report.query_diff(page["sql"], demo["sql"])
            row["differs_only_in_pictures"] = len(report.without_pictures(page["sql"])) == len(
                report.without_pictures(demo["sql"])
            )
        row["targets"] = report.targets(row, results["bare_hello"])
        rows.append(row)

    output = {
        "meta": _meta(options, content, fill_seconds),
        "hello": results["hello"],
        "bare_hello": results["bare_hello"],
        "views_counted": results.get("views_counted", 0),
        "pages": rows,
        "admin": {"bench": bench_admin, "demo": demo_admin},
        "weight": results["weight"],
    }
    if options.profile:
        output["profile"] = profiled
    _write(options.output, output)


def _pages(database, env, cache):
    data = _run_json("tests.bench.pages", database, env, cache=cache)
    return data["pages"], data["content"]


def _run_json(module, database, env, arguments=(), *, cache):
    cache.flushdb()
    with tempfile.NamedTemporaryFile(suffix=".json") as result:
        completed = subprocess.run(  # noqa: S603 - our own module with a temporary file
            [sys.executable, "-m", module, result.name, *arguments],
            cwd=databases.PROJECT,
            env={**database.environment(env), "PAGE_CACHE_SECONDS": "0"},
            capture_output=True,
            text=True,
            check=False,
        )
        if completed.returncode:
            sys.exit(f"bench: {module} on {database.name} failed:\n{completed.stderr[-4000:]}")
        return json.loads(Path(result.name).read_text(encoding="utf-8"))


def _measure(options, database, env, cache, pages):
    ceilings = {
        "hello": {"name": "hello", "url": HELLO},
        "bare_hello": {"name": "bare hello", "url": BARE_HELLO},
    }
    results = {**ceilings, "pages": {}}
    for page in pages:
        results["pages"][page["name"]] = {"name": page["name"], "url": page["url"]}
    for mode, cache_seconds in (("uncached", "0"), ("cached", "600")):
        cache.flushdb()
        server_env = {
            **database.environment(env),
            "PAGE_CACHE_SECONDS": cache_seconds,
            "REDIS_URL": options.redis_url,
        }
        log_path = databases.MEDIA / f"gunicorn-{mode}.log"
        log(f"Serving {database.name} with gunicorn, page cache {'off' if mode == 'uncached' else 'on'}…")
        with load.gunicorn(server_env, log_path=log_path, application=APPLICATION) as port:
            # The ceilings before and after the pages: other work on the machine moves them.
            _measure_ceilings(options, port, ceilings, mode)
            for target in results["pages"].values():
                _measure_one(options, port, target, mode)
            _measure_ceilings(options, port, ceilings, mode)
            if mode == "uncached":
                results["weight"] = weight.measure(f"http://{load.HOST}:{port}", database.media_root, log)
        if mode == "cached":
            results["views_counted"] = _views_counted(cache)
        for target in ceilings.values():
            target[mode] = _median_run(target[f"{mode}_rounds"])
    return results


# Rounds of the two hellos, taken in turns, before the pages and again after them. In turns,
# both hellos see the same machine; the median of the rounds leaves out the round that was hit.
CEILING_ROUNDS = 3
# A hello's round lasts the full --seconds, however many requests that is: capped at --requests
# (5,000), a round was a second of ab, and a worker that gunicorn replaced meanwhile (every ~2,000
# requests, as in production) or another process on the machine moved it by up to half. Over
# five seconds every worker is replaced a few times in each round of both hellos alike.
CEILING_REQUESTS = 10_000_000
# A cached page's rounds as a reader (counted) and as a bot (not counted), in turns.
COUNTING_ROUNDS = 3


def _measure_ceilings(options, port, ceilings, mode):
    for _ in range(CEILING_ROUNDS):
        for target in ceilings.values():
            _measure_one(options, port, target, mode, ab_requests=CEILING_REQUESTS)
            target.setdefault(f"{mode}_rounds", []).append(target[mode])


def _median_run(runs):
    """The median run's throughput and p95; the runs' requests and failures summed."""
    medians = ("requests_per_second", "p95_ms")
    sums = ("complete", "non_2xx", "failed_connections")
    return {key: statistics.median(run[key] for run in runs) for key in medians} | {
        key: sum(run[key] for run in runs) for key in sums
    }


def _views_counted(cache) -> int:
    """The page views the cached run counted in Redis: proof that counting was on."""
    return sum(int(value) for key in cache.scan_iter("*pageviews*") for value in cache.hvals(key))


def _measure_one(options, port, target, mode, ab_requests=None):
    url = target["url"]
    # The first request renders (and fills the page cache); the second shows the steady state.
    load.one_client(port, url, 1, seconds=0)
    probe = load.one_client(port, url, 1, seconds=0)
    too_slow = probe.p50_ms is None or probe.p50_ms > SLOW_MS
    if mode == "uncached":
        requests = 2 if too_slow else options.sequential
        target["one_client"] = vars(load.one_client(port, url, requests, seconds=options.sequential_seconds))
    else:
        target["cache_header"] = probe.cache_header
    if too_slow:
        # Under load such a page only queues up, and keeps the workers busy long after ab gave up.
        target[mode] = None
        log(f"  {mode:8} {target['name']:24} skipped under load: one request takes {probe.p50_ms} ms")
        return
    # Every worker renders the page before timing, as after any deploy.
    load.ab(port, url, concurrency=options.concurrency, seconds=30, requests=options.concurrency)
    counting = ""
    if mode == "cached" and target["cache_header"] == "hit":
        # The same cached page for a bot, which is not counted: what one Redis HINCRBY per view
        # costs. The two differ by a few per cent; in turns, both see the same machine.
        readers, bots = [], []
        for _ in range(COUNTING_ROUNDS):
            readers.append(vars(_ab(options, port, url, probe, READER)))
            bots.append(vars(_ab(options, port, url, probe, BOT)))
        target[mode] = _median_run(readers)
        target["cached_not_counted"] = _median_run(bots)
        counting = f"  not counted {target['cached_not_counted']['requests_per_second']:7.1f} req/s"
    else:
        target[mode] = vars(_ab(options, port, url, probe, READER, requests=ab_requests))
    one = ""
    if mode == "uncached":
        one = f"p50 {target['one_client']['p50_ms']:7.1f} ms  p95 {target['one_client']['p95_ms']:7.1f} ms"
    log(
        f"  {mode:8} {target['name']:24} {one}  {target[mode]['requests_per_second']:7.1f} req/s"
        f"  p95 under load {target[mode]['p95_ms']:5.0f} ms{counting}"
    )


def _ab(options, port, url, probe, user_agent, requests=None):
    measured = load.ab(
        port,
        url,
        concurrency=options.concurrency,
        seconds=options.seconds,
        requests=requests or options.requests,
        user_agent=user_agent,
    )
    # ab stops at its time limit with requests in flight; let the workers finish them first.
    time.sleep(min(10, probe.p50_ms / 1000 * options.concurrency / (os.cpu_count() or 1)))
    return measured


def _meta(options, content, fill_seconds):
    config = runpy.run_path(str(databases.PROJECT / "mokme_cms" / "gunicorn.py"))
    git = [shutil.which("git") or "/usr/bin/git", "-C", str(databases.PROJECT)]
    commit = _output([*git, "rev-parse", "--short", "HEAD"])
    dirty = _output([*git, "status", "--porcelain"])
    return {
        "date": datetime.datetime.now().astimezone().isoformat(timespec="seconds"),
        "commit": commit.strip(),
        "dirty": bool(dirty.strip()),
        "scale": options.scale,
        "content": {
            **{key: content.get(model, 0) for key, model in CONTENT.items()},
            "pages": sum(count for model, count in content.items() if model != CONTENT["occurrences"]),
        },
        "fill_seconds": fill_seconds,
        "cores": os.cpu_count(),
        "load_average": " ".join(f"{value:.1f}" for value in os.getloadavg()),
        "workers": options.workers or config["workers"],
        "threads": config["threads"],
        "concurrency": options.concurrency,
        "seconds": options.seconds,
        "requests": options.requests,
        "sequential": options.sequential,
        "ceiling_rounds": 2 * CEILING_ROUNDS,
        "counting_rounds": COUNTING_ROUNDS,
        "redis_url": options.redis_url,
    }


def _output(command) -> str:
    return subprocess.run(command, capture_output=True, text=True, check=False).stdout  # noqa: S603


def _write(output: Path, results: dict):
    text = "\n\n".join(
        [
            report.table(results),
            report.ratios(results),
            report.summary(results),
            weight.table(results["weight"]),
            "The admin's page editor (one process, server time only; "
            f"targets ≤ {admin.SERVER_MS_TARGET} ms, ≤ {admin.HTML_BYTES_TARGET // 1000} KB):",
            admin.table(results["admin"]["bench"], results["admin"]["demo"]),
        ]
    )
    if "profile" in results:
        text += "\n\n" + bench_profile.table(results["profile"])
    diffs = [row for row in results["pages"] if row.get("query_diff")]
    if diffs:
        parts = ["Queries that differ (demo → bench, literals replaced):"]
        for row in diffs:
            lines = "\n".join(line[:300] for line in row["query_diff"])
            parts.append(f"{row['name']}:\n\n```diff\n{lines}\n```")
        text += "\n\n" + "\n\n".join(parts)
    output.with_suffix(".json").write_text(
        json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8"
    )
    output.with_suffix(".md").write_text(text + "\n", encoding="utf-8")
    print(text)


def _write_profile(output: Path, profiled: dict):
    """`--profile-only`: the profile alone, beside the full results rather than over them."""
    output = output.with_name(output.name + "-profile")
    text = bench_profile.table(profiled)
    data = json.dumps(profiled, ensure_ascii=False, indent=1)
    output.with_suffix(".json").write_text(data, encoding="utf-8")
    output.with_suffix(".md").write_text(text + "\n", encoding="utf-8")
    print(text)


if __name__ == "__main__":
    started = time.monotonic()
    main()
    log(f"Benchmark done in {time.monotonic() - started:.0f} s.")
