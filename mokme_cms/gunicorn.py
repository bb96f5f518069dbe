"""gunicorn's configuration for the portal (`gunicorn -c mokme_cms/gunicorn.py mokme_cms.wsgi`).

Every value can be changed through the environment without a new release.
"""

import gc
import multiprocessing
import os

# Loopback unless told otherwise (GUNICORN_BIND, e.g. a unix socket or a platform's 0.0.0.0):
# only nginx on the same machine reaches the portal, so no one can bypass it and its headers.
bind = os.environ.get("GUNICORN_BIND", f"127.0.0.1:{os.environ.get('PORT', '8000')}")

# Page rendering is CPU work; waiting on PostgreSQL and Redis is not. Two processes per core
# keep the CPU busy, and a few threads per process cover the waits without the memory of
# more processes (each holds Wagtail's page classes and the eleven translation catalogues).
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2))
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
worker_class = "gthread"

# A worker that has served this many requests is replaced, so slow leaks in third-party
# code cannot grow without bound; the jitter keeps all workers from restarting at once.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "2000"))
max_requests_jitter = int(os.environ.get("GUNICORN_MAX_REQUESTS_JITTER", "200"))

# Uploads of large press photos over slow connections go through nginx, which buffers them,
# so 30 s for one request is plenty; a request that takes longer is stuck.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "30"))
keepalive = int(os.environ.get("GUNICORN_KEEPALIVE", "5"))

# Load the application once in the master, so workers start fast and share memory.
preload_app = True

accesslog = os.environ.get("GUNICORN_ACCESSLOG", "-")
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOGLEVEL", "info")
# Forwarded headers (X-Forwarded-Proto/-For) are believed only from the proxy: nginx on the
# same machine, or a load balancer's addresses given in FORWARDED_ALLOW_IPS, which the settings
# read too (home.security.client_address), so gunicorn and the rate limits trust the same proxies.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")


def post_fork(server, worker):
    # A connection opened in the master before forking must not be shared by the workers.
    from django.db import connections

    for connection in connections.all(initialized_only=True):
        connection.close()


# What a worker would load on its first requests (the URL configuration with Wagtail's admin,
# every language's reverse URLs and catalogue, the templates) is loaded once in the master, after
# it loaded the application and before it forks the first worker: a new worker, one every few
# seconds at full load, no longer makes its first visitors wait (a press archive's first request
# 744 → 59 ms), and shares that memory with the master.
def when_ready(server):
    if server.cfg.preload_app:
        from mokme_cms.warm import warm_up

        warm_up()


# Python's garbage collector now and then looks through every object a process holds for
# cycles: Django, Wagtail, the page classes and eleven catalogues are ~270,000 objects that
# live as long as the worker, and looking through them took 100–200 ms out of whichever
# request was running — the slowest twentieth of uncached pages, mostly. Frozen, they are
# left out of every collection (and their memory stays shared with the master after the fork).
def pre_fork(server, worker):
    gc.freeze()


# What a worker loads on its first requests (compiled templates, the other languages'
# catalogues, URL resolvers) is frozen too, once, after the garbage among it is collected.
FREEZE_AFTER_REQUESTS = 200


def post_request(worker, req, environ, resp):
    # Threads count requests before they end: more than one may see the count reached.
    if worker.nr >= FREEZE_AFTER_REQUESTS and not getattr(worker, "warm_objects_frozen", False):
        worker.warm_objects_frozen = True
        gc.collect()
        gc.freeze()
