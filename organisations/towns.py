"""What "an organisation in a town" means, everywhere the portal says it: seated there, or serving
it. A visitor asking for organisations near them in Hilden wants the association from Haan that
runs its advice hours in Hilden too. The home page's town counts and the directory's town filter
both read this, so a count is always the number of cards its link lists."""

from django.db.models import Count, IntegerField, OuterRef, Q, Subquery, Value
from django.db.models.functions import Coalesce

from organisations.models.taxonomy import Town


def in_town_q(town):
    return Q(town=town) | Q(towns_served=town)


def in_town(organisations, town):
    """The organisations of `organisations` in `town`, each once (a subquery keeps the list's
    own order and annotations free of DISTINCT)."""
    return organisations.filter(pk__in=organisations.model.objects.filter(in_town_q(town)).values("pk"))


def towns_with_counts(organisations):
    """Every town with `organisation_count`, how many of `organisations` are in it: one query."""
    in_this_town = (
        organisations.model.objects.filter(pk__in=organisations.values("pk"))
        .filter(in_town_q(OuterRef("pk")))
        .order_by()
        .annotate(group=Value(1))
        .values("group")
        .annotate(count=Count("pk", distinct=True))
        .values("count")
    )
    return Town.objects.annotate(
        organisation_count=Coalesce(Subquery(in_this_town, output_field=IntegerField()), 0)
    )
