"""Factories for the portal's models; the demo content and the tests share the shapes.

Every page is created with German as the active language, so that `title=`
fills the German column; other languages are passed as `title_tr=` etc.
"""

import factory
import wagtail_factories

from django.utils import translation
from django.utils.text import slugify

from home.models import PortalHomePage, PortalImage, StandardPage
from home.tree import install_portal_home


class GermanPageFactory(wagtail_factories.PageFactory):
    class Meta:
        abstract = True

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        with translation.override("de"):
            page = super()._create(model_class, *args, **kwargs)
            # Like an editor's first publish: a revision that is live.
            if page.live:
                page.save_revision().publish()
        return page


class PortalHomePageFactory(GermanPageFactory):
    title = "Startseite"
    slug = "start"
    hero_heading = "Migrantenorganisationen im Kreis Mettmann"
    hero_text = "Vereine, Angebote und Termine aus zehn Städten."
    parent = None

    class Meta:
        model = PortalHomePage

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        kwargs.pop("parent", None)
        with translation.override("de"):
            home = model_class(**kwargs)
            install_portal_home(home)
            home.save_revision().publish()
        return home


class StandardPageFactory(GermanPageFactory):
    title = factory.Sequence(lambda n: f"Seite {n}")
    slug = factory.LazyAttribute(lambda page: slugify(page.title))
    intro = "Eine kurze Einleitung."

    class Meta:
        model = StandardPage


class PortalImageFactory(wagtail_factories.ImageFactory):
    title = factory.Sequence(lambda n: f"Bild {n}")
    credit = "Foto: Kreis Mettmann"

    class Meta:
        model = PortalImage
