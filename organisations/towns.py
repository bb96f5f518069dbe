"""What "an organisation in a town" means, everywhere the portal says it: seated there, or serving
it. A visitor asking for organisations near them in Hilden wants the association from Haan that
runs its advice hours in Hilden too. The home page's town counts and the directory's town filter
both read this, so a count is always the number of cards its link lists."""

from collections import defaultdict

from django.db.models import Q

from home.per_request import once_per_request
from organisations.models.taxonomy import Town


def in_town_q(town):
    return Q(town=town) | Q(towns_served=town)


def in_town(organisations, town):
    """The organisations of `organisations` in `town`, each once (a subquery keeps the list's
    own order and annotations free of DISTINCT)."""
    return organisations.filter(pk__in=organisations.model.objects.filter(in_town_q(town)).values("pk"))


def every_town(request):
    """All towns, read once per request: the home page's section counts the organisations in
    each and its entry point offers them to choose from."""
    return once_per_request(request, "_portal_towns", "all", lambda: list(Town.objects.all()))


def towns_with_counts(organisations, towns=None):
    """Every town (of `towns`, else all) with `organisation_count`, how many of `organisations`
    are in it, and how many `organisations` there are in all.

    One query for the pairs (organisation, town) of seats and of towns served, counted here:
    a count per town in the database ran the organisations' listing once per town (10 × 2 ms
    at the district's scale). Every organisation has one seat row, so the seats count them all."""
    listed = organisations.values("pk")
    # Without modeltranslation's rewriting, which may reorder the selected columns: a union
    # pairs them by position.
    seats = (
        organisations.model.objects.rewrite(False)
        .filter(pk__in=listed)
        .order_by()
        .values_list("pk", "town_id")
    )
    served = (
        organisations.model.towns_served.through.objects.filter(organisationpage_id__in=listed)
        .order_by()
        .values_list("organisationpage_id", "town_id")
    )
    in_town = defaultdict(set)
    every = set()
    for organisation, town in seats.union(served, all=True):
        in_town[town].add(organisation)
        every.add(organisation)
    towns = list(Town.objects.all()) if towns is None else towns
    for town in towns:
        town.organisation_count = len(in_town[town.pk])
    return towns, len(every)
