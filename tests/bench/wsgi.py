"""The bench's WSGI application: the portal, and beside it a bare Django hello in the same workers.

The bare hello goes through Django's handler with no middleware at all: the ceiling the issue
reads the portal's own hello and every page against. Both share gunicorn, the interpreter and
the URL configuration, so the ratio is the cost of the portal's middleware and nothing else.
"""

import os

from django.core.handlers.wsgi import WSGIHandler
from django.core.wsgi import get_wsgi_application
from django.test import override_settings

from tests.bench.visitors import visitor_address

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tests.bench.settings")

BARE_HELLO = "/bench/bare-hello/"

portal = get_wsgi_application()
with override_settings(MIDDLEWARE=[]):
    bare = WSGIHandler()


def application(environ, start_response):
    environ["REMOTE_ADDR"] = visitor_address()
    if environ.get("PATH_INFO") == BARE_HELLO:
        return bare(environ, start_response)
    return portal(environ, start_response)
