"""The bench's many visitors: each request comes from an address of its own."""

import itertools

_visitor_numbers = itertools.count(1)


def visitor_address() -> str:
    """A client address of its own for each request, as the district's visitors have.

    The load tool sends everything from 127.0.0.1, and the portal search allows one address
    30 searches a minute: without this, the search would be measured as its "please wait"
    answer. The rate limit's cache work still happens. The bench's WSGI application gives it
    to every request, the bare hello's too, so that it weighs on neither side of the ratio.
    """
    number = next(_visitor_numbers)
    return f"127.{number >> 16 & 255}.{number >> 8 & 255}.{number & 255}"
