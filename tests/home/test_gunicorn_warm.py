"""gunicorn's master loads what every worker would otherwise load on its first requests.

A worker is replaced after ``max_requests``: under load, one every few seconds. Each new worker
imported the URL configuration, set up each language's URLs and compiled the templates in its
first visitors' requests (the press archive's first request took 744 ms instead of 59 ms).
"""

import json
import os
import subprocess
import sys
from pathlib import Path

from django.template import TemplateSyntaxError

from mokme_cms import warm

PROJECT = Path(__file__).resolve().parents[2]

# A fresh interpreter, as gunicorn's master is after loading the application (preload_app).
MASTER = """
import importlib.util, json, sys
import django
django.setup()
from django.conf import settings
from django.db import connections
from django.template import engines
from django.urls import get_resolver, resolve, reverse
from django.utils import translation
from mokme_cms.warm import portal_templates

spec = importlib.util.spec_from_file_location("gunicorn_config", "mokme_cms/gunicorn.py")
config = importlib.util.module_from_spec(spec)
spec.loader.exec_module(config)

class Server:
    class cfg:
        preload_app = True

config.when_ready(Server)
loaded = set(sys.modules)
languages = sorted(get_resolver()._reverse_dict)
cache = engines["django"].engine.template_loaders[0].get_template_cache
templates = [name for name in portal_templates() if name not in cache]
# What a first visitor's request does with the URLs in each language.
for code, _name in settings.LANGUAGES:
    with translation.override(code):
        resolve(reverse("search"))
print(json.dumps({
    "languages": languages,
    "expected_languages": sorted(code for code, _name in settings.LANGUAGES),
    "templates": len(portal_templates()),
    "not_compiled": templates,
    "imported_later": sorted(set(sys.modules) - loaded),
    "connected": [alias for alias in connections if connections[alias].connection is not None],
}))
"""


def test_the_master_loads_the_urls_catalogues_and_templates_before_forking_a_worker():
    completed = subprocess.run(  # noqa: S603 - our own interpreter and code
        [sys.executable, "-c", MASTER],
        cwd=PROJECT,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "mokme_cms.settings.test"},
        capture_output=True,
        text=True,
        check=True,
    )
    found = json.loads(completed.stdout.strip().splitlines()[-1])
    assert found["languages"] == found["expected_languages"]
    assert found["templates"] > 50
    assert found["not_compiled"] == []
    # A first request resolving and reversing in every language imports nothing more.
    assert found["imported_later"] == []
    # The workers inherit no connection from the master.
    assert found["connected"] == []


def test_a_template_that_does_not_compile_does_not_keep_the_portal_from_starting(monkeypatch, caplog):
    compiled = []
    broken = warm.portal_templates()[0]

    def get_template(name):
        if name == broken:
            raise TemplateSyntaxError("Invalid block tag")
        compiled.append(name)

    monkeypatch.setattr(warm, "get_template", get_template)
    warm.warm_up()
    assert compiled == warm.portal_templates()[1:]
    assert f"the template {broken} does not compile" in caplog.text
