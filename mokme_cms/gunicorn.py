"""gunicorn's configuration for the portal (`gunicorn -c mokme_cms/gunicorn.py mokme_cms.wsgi`).

Every value can be changed through the environment without a new release.
"""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", f"0.0.0.0:{os.environ.get('PORT', '8000')}")

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
# Behind nginx on the same machine or a load balancer: trust its X-Forwarded-* headers.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")


def post_fork(server, worker):
    # A connection opened in the master before forking must not be shared by the workers.
    from django.db import connections

    for connection in connections.all(initialized_only=True):
        connection.close()
