"""Private sections of the page tree, asked in the query that lists the pages (issue 18).

Wagtail's `PageQuerySet.public()` first loads every view restriction with its page and then
filters by each one's path: one extra query per listing, three or four on a subsite page. Here
the same condition is a subquery of the listing itself: a page is private when a restriction
sits on the page or on one of its ancestors, that is on a page whose path begins the page's own.
"""

from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Length, Substr

from wagtail.query import PageQuerySet


def private_q(self):
    from wagtail.models import PageViewRestriction

    restricted_ancestor = PageViewRestriction.objects.filter(
        page__path=Substr(OuterRef("path"), 1, Length("page__path"))
    )
    return Q(Exists(restricted_ancestor))


def install():
    # `public()`, `not_public()` and `private()` all build on this one condition.
    PageQuerySet.private_q = private_q
