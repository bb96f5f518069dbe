"""Fields translated with modeltranslation; every Page subclass is registered."""

from modeltranslation.translator import TranslationOptions, register

from events.news.models import NewsIndexPage, NewsPage


@register(NewsIndexPage)
class NewsIndexPageTranslation(TranslationOptions):
    fields = ("intro",)


@register(NewsPage)
class NewsPageTranslation(TranslationOptions):
    fields = ("teaser", "body")
