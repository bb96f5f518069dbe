"""What one request needs in several places, worked out once for it."""

from contextvars import ContextVar


def once_per_request(request, name, key, compute):
    """``compute()`` the first time a request asks for ``name`` and ``key``, remembered on the
    request after that; without a request (a management command), every time."""
    if request is None:
        return compute()
    memo = request.__dict__.setdefault(name, {})
    if key not in memo:
        memo[key] = compute()
    return memo[key]


# What a request read from the shared cache and asks for again from several places that do not
# see the request (Wagtail's site lookup, page URLs): kept for the length of one page's rendering
# (home.page_cache.PageCacheMiddleware, around everything that renders); None outside one (a
# management command, a task), where every read goes to the cache as before. Each gunicorn
# thread runs its requests in a context of its own.
_request_memo = ContextVar("mokme_request_memo", default=None)


def request_memo():
    """The running request's memo (a dict), or None outside a request."""
    return _request_memo.get()


class memo_for_the_request:  # noqa: N801 - used as `with memo_for_the_request():`
    """A fresh memo for the code inside the `with`, holding `first` to begin with. A class rather
    than a generator: entered on every request the page cache does not answer, where
    contextlib's generator cost more."""

    __slots__ = ("first", "token")

    def __init__(self, **first):
        self.first = first

    def __enter__(self):
        self.token = _request_memo.set(dict(self.first))

    def __exit__(self, *exc_info):
        _request_memo.reset(self.token)
