"""The press archive: newest first, search, filters that combine, pagination, feeds of every view."""

from django import forms
from django.core.exceptions import BadRequest
from django.db.models import Count, Prefetch
from django.db.models.functions import ExtractYear
from django.utils.dates import MONTHS
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _

from events.filter_fields import offer_public_organisations, organisation_field, town_field
from events.press.models import PressReleaseImage, PressReleasePage, PressTopic
from home.images import LISTING_THUMBNAIL
from home.pagination import paginate
from home.search.text import MAX_QUERY_LENGTH, search_pages
from organisations.forms import SlugChoiceField

PER_PAGE = 10


class PressFilterForm(forms.Form):
    q = forms.CharField(label=gettext_lazy("Search the press archive"), required=False)
    year = forms.IntegerField(label=gettext_lazy("Year"), min_value=1990, max_value=2100, required=False)
    month = forms.TypedChoiceField(
        label=gettext_lazy("Month"),
        choices=[("", gettext_lazy("All months")), *((str(number), name) for number, name in MONTHS.items())],
        coerce=int,
        empty_value=None,
        required=False,
    )
    topic = SlugChoiceField(
        label=gettext_lazy("Topic"),
        queryset=PressTopic.objects.all(),
        to_field_name="slug",
        required=False,
        empty_label=gettext_lazy("All topics"),
    )
    town = town_field()
    organisation = organisation_field()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        offer_public_organisations(self)

    def clean_q(self):
        # Very long input is cut, not refused: a pasted paragraph still searches.
        return " ".join(self.cleaned_data["q"].split())[:MAX_QUERY_LENGTH]

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("month") and not cleaned.get("year"):
            raise forms.ValidationError(_("Choose a year for the month."))
        return cleaned


def _listing(archive):
    return (
        PressReleasePage.objects.child_of(archive)
        .live()
        .public()
        .defer_streamfields()
        .select_related("dateline")
        .prefetch_related(Prefetch("topics", queryset=PressTopic.objects.order_by("slug")))
    )


def with_thumbnails(releases):
    """Each release's images in order with their thumbnail renditions; the list shows the first."""
    images = PressReleaseImage.objects.order_by("sort_order", "pk").prefetch_related(
        Prefetch("image", queryset=LISTING_THUMBNAIL.images())
    )
    return releases.prefetch_related(Prefetch("images", queryset=images, to_attr="listed_images"))


def filtered_releases(archive, request):
    """The releases of the current view (filters and search) and what the template needs."""
    form = PressFilterForm(request.GET or None)
    cleaned = {}
    if form.is_bound:
        if not form.is_valid():
            bad = ", ".join(
                f"{name}={request.GET.get(name, '')[:40]}" for name in form.errors if name != "__all__"
            )
            message = bad or " ".join(form.non_field_errors())
            raise BadRequest(_("The press archive does not understand: %(values)s") % {"values": message})
        cleaned = {name: value for name, value in form.cleaned_data.items() if value}
    releases = _listing(archive)
    if cleaned.get("year"):
        releases = releases.filter(release_date__year=cleaned["year"])
    if cleaned.get("month"):
        releases = releases.filter(release_date__month=cleaned["month"])
    if cleaned.get("topic"):
        releases = releases.filter(topics=cleaned["topic"])
    if cleaned.get("town"):
        releases = releases.filter(dateline=cleaned["town"])
    if cleaned.get("organisation"):
        releases = releases.filter(related_organisations=cleaned["organisation"])
    terms = []
    if cleaned.get("q"):
        releases, terms = search_pages(releases, get_language(), cleaned["q"])
        releases = releases.order_by("-title_rank", "-release_date", "-pk")
    else:
        releases = releases.order_by("-release_date", "-pk")
    return releases, {"filter_form": form, "cleaned": cleaned, "terms": terms}


def press_archive_view(archive, request):
    releases, context = filtered_releases(archive, request)
    query = request.GET.urlencode()
    years = (
        PressReleasePage.objects.child_of(archive)
        .live()
        .public()
        .annotate(year=ExtractYear("release_date"))
        .values("year")
        .annotate(count=Count("pk"))
        .order_by("-year")
    )
    context.update(
        {
            "releases": paginate(request, with_thumbnails(releases), PER_PAGE),
            "years": list(years),
            "query": f"?{query}" if query else "",
            "is_filtered": bool(context["cleaned"]),
        }
    )
    return archive.render(request, context_overrides=context)
