"""gunicorn's workers leave the objects that live as long as they do out of garbage collection.

A full collection looked through the ~270,000 objects of Django, Wagtail and the catalogues
and took 100–200 ms out of the request that happened to run (`make bench`'s p95).
"""

import gc
import importlib.util
from pathlib import Path
from types import SimpleNamespace

import pytest

CONFIG = Path(__file__).resolve().parents[2] / "mokme_cms" / "gunicorn.py"


@pytest.fixture
def config():
    spec = importlib.util.spec_from_file_location("gunicorn_config", CONFIG)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    yield module
    gc.unfreeze()


def test_the_master_freezes_what_it_loaded_before_forking_a_worker(config):
    gc.unfreeze()
    config.pre_fork(server=None, worker=None)
    assert gc.get_freeze_count() > 10_000


def test_a_worker_freezes_what_its_first_requests_loaded_once(config):
    gc.unfreeze()
    worker = SimpleNamespace(nr=1)
    config.post_request(worker, None, {}, None)
    assert gc.get_freeze_count() == 0
    worker.nr = config.FREEZE_AFTER_REQUESTS
    config.post_request(worker, None, {}, None)
    frozen = gc.get_freeze_count()
    assert frozen > 10_000
    # Later requests leave the count as it is: their objects come and go.
    gc.unfreeze()
    worker.nr += 5
    config.post_request(worker, None, {}, None)
    assert gc.get_freeze_count() == 0
