"""The news index: all news of the portal and its organisations, newest first."""

from django.core.exceptions import BadRequest
from django.db.models import Prefetch
from django.utils.translation import gettext as _

from events.filter_fields import renamed_organisation
from events.news.models import NewsPage
from home.images import LISTING_THUMBNAIL
from home.languages import LANGUAGE_CODES
from home.pagination import paginate
from organisations.models import OrganisationPage

PER_PAGE = 12
_DEFERRED = [f"organisation__body_{code}" for code in LANGUAGE_CODES] + ["organisation__body"]


def published_news(site_root):
    return (
        NewsPage.objects.live()
        .public()
        .descendant_of(site_root)
        .defer_streamfields()
        .select_related("organisation")
        .defer(*_DEFERRED)
        .prefetch_related(Prefetch("image", queryset=LISTING_THUMBNAIL.images()))
        .order_by("-date", "-pk")
    )


def organisation_from_query(request):
    """The organisation of `?organisation=<slug>`; 400 for one the portal does not know."""
    # NUL becomes U+FFFD: no slug holds either, and PostgreSQL refuses NUL in a query.
    slug = request.GET.get("organisation", "").replace("\x00", "\ufffd")
    if not slug:
        return None
    organisation = OrganisationPage.objects.live().public().filter(
        slug_de=slug[:100]
    ).first() or renamed_organisation(slug[:100])
    if organisation is None:
        raise BadRequest(_("The portal does not know this organisation: %(slug)s") % {"slug": slug[:40]})
    return organisation


def news_for(news_index, request):
    news = published_news(news_index.get_parent())
    organisation = organisation_from_query(request)
    if organisation is not None:
        news = news.filter(organisation=organisation)
    return news, organisation


def news_index_view(news_index, request):
    news, organisation = news_for(news_index, request)
    query = request.GET.urlencode()
    return news_index.render(
        request,
        context_overrides={
            "news": paginate(request, news, PER_PAGE),
            "filter_organisation": organisation,
            "query": f"?{query}" if query else "",
        },
    )
