"""Keeping the search text of pages true on publish and unpublish."""

from wagtail.signals import page_published, page_unpublished


def index_on_publish(sender, instance, **kwargs):
    from home.page_text import index_page

    index_page(instance)


def unindex_on_unpublish(sender, instance, **kwargs):
    from home.page_text import unindex_page

    unindex_page(instance)


def connect():
    page_published.connect(index_on_publish, dispatch_uid="mokme_index_page_text")
    page_unpublished.connect(unindex_on_unpublish, dispatch_uid="mokme_unindex_page_text")
