"""What one request needs in several places, worked out once for it."""


def once_per_request(request, name, key, compute):
    """``compute()`` the first time a request asks for ``name`` and ``key``, remembered on the
    request after that; without a request (a management command), every time."""
    if request is None:
        return compute()
    memo = request.__dict__.setdefault(name, {})
    if key not in memo:
        memo[key] = compute()
    return memo[key]
