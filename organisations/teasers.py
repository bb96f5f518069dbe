"""The organisations' section of the portal home page."""

from django.db.models import Count, Q
from django.template.loader import render_to_string

from organisations.models import OrganisationIndexPage, OrganisationPage, Town


def home_page_section(request, home_page):
    directory = OrganisationIndexPage.objects.live().child_of(home_page).first()
    if directory is None:
        return None
    listed = OrganisationPage.objects.child_of(directory).live().public()
    towns = Town.objects.annotate(
        organisation_count=Count(
            "seated_organisations", filter=Q(seated_organisations__in=listed), distinct=True
        )
    )
    return render_to_string(
        "organisations/includes/home_section.html",
        {
            "directory": directory,
            "towns": [town for town in towns if town.organisation_count],
            "total": listed.count(),
            "request": request,
        },
        request=request,
    )
