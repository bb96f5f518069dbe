"""The benchmark as a development-only app: `load_bench_content` and the bench content builders.

Installed by the bench settings (tests/bench/settings.py) and the test settings only;
production's INSTALLED_APPS do not name it, so none of it ships with the portal.
"""

from django.apps import AppConfig


class BenchConfig(AppConfig):
    name = "tests.bench"
    label = "bench"
    verbose_name = "Benchmark (development only)"
