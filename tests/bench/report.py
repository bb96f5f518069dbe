"""The benchmark's table (Markdown) and its JSON, with the issue's targets marked."""

import difflib
import re

P95_TARGET_MS = 100
CACHED_SHARE_TARGET = 50
MET, MISSED = "✓", "✗"
PICTURE_QUERY = re.compile(r'FROM "home_portal(image|rendition)"')

COLUMNS = [
    "page type",
    "URL",
    "queries bench / demo",
    "p50 ms",
    "p95 ms",
    "req/s uncached",
    "p95 ms load uncached",
    "req/s cached",
    "p95 ms load cached",
    "cached % of hello",
]


def targets(row: dict, hello_cached_rps: float) -> dict:
    cached_rps = row["cached"]["requests_per_second"] if row["cached"] else 0
    share = round(100 * cached_rps / hello_cached_rps) if hello_cached_rps else 0
    p95 = row["one_client"]["p95_ms"]
    return {
        "queries_equal": row["queries"]["bench"] == row["queries"]["demo"],
        "p95_below_100_ms": p95 is not None and p95 < P95_TARGET_MS,
        "cached_share_of_hello": share,
        "cached_at_least_half_of_hello": share >= CACHED_SHARE_TARGET,
    }


def _mark(ok: bool) -> str:
    return MET if ok else MISSED


def _load(load) -> tuple[str, str]:
    if load is None:
        return "too slow", "–"
    errors = f" ({load['non_2xx']} non-2xx)" if load["non_2xx"] else ""
    rate = load["requests_per_second"]
    return f"{rate:.1f}{errors}" if rate < 10 else f"{rate:.0f}{errors}", f"{load['p95_ms']:.0f}"


def _ms(value) -> str:
    return "–" if value is None else f"{value:.1f}"


def table(results: dict) -> str:
    lines = [
        "| " + " | ".join(COLUMNS) + " |",
        "|" + "|".join(["---", "---", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:"]) + "|",
    ]
    hello = results["hello"]
    uncached_rps, uncached_p95 = _load(hello["uncached"])
    cached_rps, cached_p95 = _load(hello["cached"])
    lines.append(
        f"| *hello (ceiling)* | `{hello['url']}` | 0 / 0 | {_ms(hello['one_client']['p50_ms'])} | "
        f"{_ms(hello['one_client']['p95_ms'])} | {uncached_rps} | {uncached_p95} | {cached_rps} | "
        f"{cached_p95} | 100 % |"
    )
    for row in results["pages"]:
        met = row["targets"]
        uncached_rps, uncached_p95 = _load(row["uncached"])
        cached_rps, cached_p95 = _load(row["cached"])
        queries = f"{row['queries']['bench']} / {row['queries']['demo']} {_mark(met['queries_equal'])}"
        lines.append(
            f"| {row['name']} | `{row['url']}` | {queries} | {_ms(row['one_client']['p50_ms'])} | "
            f"{_ms(row['one_client']['p95_ms'])} {_mark(met['p95_below_100_ms'])} | {uncached_rps} | "
            f"{uncached_p95} | {cached_rps} | {cached_p95} | "
            f"{met['cached_share_of_hello']} % {_mark(met['cached_at_least_half_of_hello'])} |"
        )
    return "\n".join(lines)


def summary(results: dict) -> str:
    meta = results["meta"]
    rows = results["pages"]
    differs = [r for r in rows if not r["targets"]["queries_equal"]]
    missed = {
        "query count differs from the demo": [
            r["name"] + (" (only in loading pictures)" if r.get("differs_only_in_pictures") else "")
            for r in differs
        ],
        f"p95 ≥ {P95_TARGET_MS} ms uncached": [
            r["name"] for r in rows if not r["targets"]["p95_below_100_ms"]
        ],
        f"cached < {CACHED_SHARE_TARGET} % of hello": [
            r["name"] for r in rows if not r["targets"]["cached_at_least_half_of_hello"]
        ],
    }
    content = meta["content"]
    lines = [
        f"Bench database: {content['organisations']} organisations, {content['events']} events "
        f"({content['occurrences']} dates), {content['press_releases']} press releases, "
        f"{content['news']} news items, {content['pages']} live pages (scale {meta['scale']}).",
        f"Server: gunicorn {meta['workers']} workers × {meta['threads']} threads on {meta['cores']} cores; "
        f"load: ab -k -c {meta['concurrency']}, up to {meta['requests']} requests or {meta['seconds']} s "
        f"per URL; one client: up to {meta['sequential']} requests. Cached run: PAGE_CACHE_SECONDS=600, "
        f"Redis {meta['redis_url']}. Hello: mean of a run before and one after the pages.",
        f"Commit {meta['commit']}{' (with uncommitted changes)' if meta['dirty'] else ''}, {meta['date']}; "
        f"load average at start {meta['load_average']}.",
        "",
    ]
    for target, names in missed.items():
        lines.append(f"- {target}: {', '.join(names) if names else 'none'}")
    return "\n".join(lines)


def without_pictures(queries: list[str]) -> list[str]:
    """The queries apart from loading pictures and their renditions.

    A listing loads its items' pictures with two queries if any item on the page has
    one, with none otherwise: a difference of shape, not of scale.
    """
    return [query for query in queries if not PICTURE_QUERY.search(query)]


def _normalised(query: str) -> str:
    query = re.sub(r"'(?:[^']|'')*'", "'…'", query)
    return re.sub(r"\b\d+\b", "N", query)


def query_diff(bench_sql: list[str], demo_sql: list[str]) -> list[str]:
    """What the bench page asks the database that the demo page does not, and the reverse."""
    return list(
        difflib.unified_diff(
            [_normalised(query) for query in demo_sql],
            [_normalised(query) for query in bench_sql],
            "demo",
            "bench",
            lineterm="",
            n=0,
        )
    )
