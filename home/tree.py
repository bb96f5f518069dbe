"""Setting up the top of the page tree for the portal."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.utils import translation

from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Collection, Locale, Page, Site

from home.languages import LANGUAGE_CODES


def prepare_tree_root() -> Page:
    """The tree root with a `/` url_path in every language (and the root collection).

    wagtail-modeltranslation adds the translated url_path columns after the
    migrations ran, so the root created by Wagtail's migration has them empty,
    and its children would get paths without the leading slash.
    """
    # Wagtail's migrations create the locale and the root; a flushed database
    # (as in transactional tests) has neither.
    Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    if not Collection.objects.filter(depth=1).exists():
        Collection.add_root(name="Root")
    if not Page.objects.filter(depth=1).exists():
        with translation.override(settings.LANGUAGE_CODE):
            Page.add_root(
                instance=Page(title="Root", slug="root", content_type=ContentType.objects.get_for_model(Page))
            )
    Page.objects.filter(depth=1).update(
        **{build_localized_fieldname("url_path", code): "/" for code in LANGUAGE_CODES}
    )
    return Page.objects.get(depth=1)


def install_portal_home(home_page, hostname="localhost", port=80) -> Site:
    """Makes `home_page` the root of the default site, replacing Wagtail's welcome page."""
    root = prepare_tree_root()
    if home_page.pk is None:
        root.add_child(instance=home_page)
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    site.hostname, site.port, site.root_page = hostname, port, home_page
    site.site_name = "mokme"
    site.save()
    # Wagtail's "Welcome to your new Wagtail site!" page has no place in the portal.
    root.get_children().exclude(pk=home_page.pk).not_type(type(home_page)).delete()
    return site
