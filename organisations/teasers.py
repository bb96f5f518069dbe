"""The organisations' section and entry points of the portal home page."""

from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _

from home.page_cache.fragments import shared_part
from home.per_request import once_per_request
from home.sites import site_page
from home.tasks import ADVICE_AND_HELP, FIND_ORGANISATION, JOIN_THE_PORTAL, home_task
from organisations.models import OrganisationIndexPage
from organisations.models.pages import directory_organisations
from organisations.towns import every_town, towns_with_counts


def _directory(request, home_page):
    """The directory under ``home_page``, looked up once per request and kept with the sites
    until a page changes (home.sites.site_page): the home page's section and its tasks both
    link to it."""
    return once_per_request(
        request,
        "_portal_directory",
        home_page.pk,
        lambda: site_page(
            "directory", home_page, lambda: OrganisationIndexPage.objects.live().child_of(home_page).first()
        ),
    )


def home_page_section(request, home_page):
    directory = _directory(request, home_page)
    if directory is None:
        return None

    def render():
        # The counts are those of the directory's cards, also while it hides stale profiles
        # (which turn stale by the day: a shared part is kept for its day).
        towns, total = towns_with_counts(directory_organisations(), every_town(request))
        html = render_to_string(
            "organisations/includes/home_section.html",
            {
                "directory": directory,
                "towns": [town for town in towns if town.organisation_count],
                "total": total,
                "request": request,
            },
            request=request,
        )
        return html, None

    return shared_part(request, home_page, "home-organisations", render)


def home_page_tasks(request, home_page):
    """Three of the home page's entry points: organisations in my town, advice, joining."""
    directory = _directory(request, home_page)
    tasks = []
    if directory is not None:
        url = directory.get_url(request=request)
        # Sorted by the name the visitor reads, as the directory's own town filter is.
        towns = sorted(every_town(request), key=lambda town: town.name.casefold())
        town_form = render_to_string(
            "organisations/includes/town_choice.html", {"directory_url": url, "towns": towns}, request=request
        )
        tasks.append(
            home_task(
                request,
                order=FIND_ORGANISATION,
                icon="map-pin",
                title=_("Find an organisation near you"),
                text=_("Associations in your town"),
                url=url,
                form=town_form,
            )
        )
        tasks.append(
            home_task(
                request,
                order=ADVICE_AND_HELP,
                icon="lifebuoy",
                title=_("Advice and help"),
                text=_("Organisations that advise and support you"),
                # "counselling" is one of the fields of activity the migrations seed.
                url=f"{url}?field=counselling",
            )
        )
    tasks.append(
        home_task(
            request,
            order=JOIN_THE_PORTAL,
            icon="join",
            title=_("For organisations: join the portal"),
            text=_("Present your association, its news and events here"),
            url=reverse("organisation_apply"),
        )
    )
    return tasks
