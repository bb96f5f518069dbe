"""What `make bench` adds to the portal's addresses: the "hello" ceiling.

The hello view goes through the same gunicorn workers and middleware as every
page but touches neither database nor templates; the bare hello (tests.bench.wsgi)
is the same view without any middleware, the most Django can give on this machine.
The page types and the portal's hello are read against the bare one.
"""

from django.http import HttpResponse
from django.urls import path

from mokme_cms.urls import *  # noqa: F403
from mokme_cms.urls import urlpatterns as portal_urlpatterns


def hello(request):
    response = HttpResponse("hello", content_type="text/plain")
    # gunicorn keeps the load tool's connection open only for a response of known length. The
    # portal's CommonMiddleware sets it; without it here the bare hello, which has no middleware,
    # opened a connection per request and measured slower than the portal's own hello.
    response["Content-Length"] = str(len(response.content))
    return response


urlpatterns = [
    path("bench/hello/", hello, name="bench_hello"),
    # Served by tests.bench.wsgi without any middleware: the bare Django hello.
    path("bench/bare-hello/", hello, name="bench_bare_hello"),
    *portal_urlpatterns,
]
