"""Django's CommonMiddleware, which checks each host against ALLOWED_HOSTS once per process.

CommonMiddleware calls ``request.get_host()`` on every request, so that a request for a host the
portal does not serve is refused (400) before any view runs. The check parses the host with a
pattern and compares it with every allowed host: 3–4 µs, the largest part of this layer and a
twentieth of the portal's own hello. Its answer depends only on the host as sent and the
settings, and a handful of hosts reach the portal; each one accepted is remembered and not
checked again. A refused host is checked every time, as before, so no visitor's made-up hosts
can fill the memory.
"""

from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.middleware.common import CommonMiddleware

# Allowed hosts with a leading dot admit every subdomain: bounded, whatever a client sends.
HOSTS_KEPT = 64
_accepted_hosts = set()


@receiver(setting_changed)
def _forget_accepted_hosts(setting, **kwargs):
    if setting in ("ALLOWED_HOSTS", "DEBUG", "USE_X_FORWARDED_HOST", "USE_X_FORWARDED_PORT"):
        _accepted_hosts.clear()


def check_host(request):
    """``request.get_host()``'s check, remembered for each host it accepted: raises DisallowedHost
    for a host the portal does not serve."""
    # The host as get_host() reads it (the forwarded host where the settings trust it).
    host = request._get_raw_host()
    if host in _accepted_hosts:
        return
    request.get_host()
    if len(_accepted_hosts) < HOSTS_KEPT:
        _accepted_hosts.add(host)


class PortalCommonMiddleware(CommonMiddleware):
    def process_request(self, request):
        # Neither setting is used by the portal; with either, Django's own code runs.
        if settings.DISALLOWED_USER_AGENTS or settings.PREPEND_WWW:
            return super().process_request(request)
        check_host(request)
        return None
