from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from home import registry


class NewsConfig(AppConfig):
    name = "events.news"
    label = "news"
    verbose_name = _("News")

    def ready(self):
        plug_into_portal()


def plug_into_portal():
    """What the portal's base learns of the news (home.registry)."""
    from events.news.models import NewsPage

    registry.add_home_page_child("news.NewsIndexPage")
    registry.add_home_page_listing("news")
    registry.add_search_kind("news", _("News"), NewsPage)
