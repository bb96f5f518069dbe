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
