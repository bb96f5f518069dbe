"""The benchmark's helpers. The bench database itself (the demo copied up to a scale) is tested with
the demo content it copies, which both tests load once: tests/home/test_demo_content.py.
"""

from tests.bench.load import parse_ab


def test_ab_output_is_read():
    output = """
Complete requests:      812
Failed requests:        3
   (Connect: 0, Receive: 0, Length: 3, Exceptions: 0)
Non-2xx responses:      2
Requests per second:    162.31 [#/sec] (mean)
Percentage of the requests served within a certain time (ms)
  50%     45
  95%     88
 100%    120 (longest request)
"""
    load = parse_ab(output)
    assert (load.complete, load.non_2xx, load.failed_connections) == (812, 2, 0)
    assert (load.requests_per_second, load.p95_ms) == (162.3, 88)


def _load(requests_per_second, p95_ms=5):
    return {
        "requests_per_second": requests_per_second,
        "p95_ms": p95_ms,
        "complete": 1000,
        "non_2xx": 0,
        "failed_connections": 0,
    }


def test_a_ceiling_is_the_median_of_its_rounds_so_one_slow_round_does_not_move_it():
    from tests.bench.run import _median_run

    # The fourth round had a worker recycled in it.
    rounds = [_load(3300), _load(3250), _load(3400), _load(2100), _load(3350), _load(3280)]
    hello = {"uncached": _median_run(rounds)}
    assert hello["uncached"]["requests_per_second"] == 3290
    assert hello["uncached"]["complete"] == 6000


def _row(name, cached_rps):
    return {
        "name": name,
        "url": "/",
        "queries": {"bench": 6, "demo": 6},
        "one_client": {"p50_ms": 70, "p95_ms": 90},
        "uncached": _load(20),
        "cached": _load(cached_rps),
    }


def test_a_search_is_not_held_to_the_cached_target_but_a_page_the_cache_should_keep_is():
    from tests.bench import report

    bare = {
        "url": "/",
        "one_client": {"p50_ms": 1, "p95_ms": 1},
        "uncached": _load(4000),
        "cached": _load(4000),
    }
    search = report.targets(_row("portal search", 22), bare)
    page = report.targets(_row("home", 22), bare)
    assert search["cached_at_least_half_of_hello"] and not search["kept"]
    assert not page["cached_at_least_half_of_hello"]
    results = {"bare_hello": bare, "hello": bare, "pages": [{**_row("portal search", 22), "targets": search}]}
    assert "0.6 % (search, not kept)" in report.table(results)
