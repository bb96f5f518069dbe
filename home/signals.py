"""Keeping derived data true: search text, translation state and redirects for old addresses."""

from django.db.models.signals import post_save

from wagtail.signals import page_published, page_unpublished


def index_on_publish(sender, instance, **kwargs):
    from home.page_text import index_page

    index_page(instance)


def unindex_on_unpublish(sender, instance, **kwargs):
    from home.page_text import unindex_page

    unindex_page(instance)


def translation_state_on_revision(sender, instance, created, raw=False, **kwargs):
    from wagtail.models import Page

    if not created or raw or not issubclass(instance.base_content_type.model_class() or object, Page):
        return
    from home.translation_state import record_revision

    record_revision(instance)


def redirects_on_publish(sender, instance, **kwargs):
    from home.redirects import record_paths

    record_paths(instance)


def redirects_on_move(sender, instance, **kwargs):
    from home.redirects import record_paths

    record_paths(instance, with_descendants=True)


def connect():
    from wagtail.models import Revision
    from wagtail.signals import post_page_move

    page_published.connect(index_on_publish, dispatch_uid="mokme_index_page_text")
    page_unpublished.connect(unindex_on_unpublish, dispatch_uid="mokme_unindex_page_text")
    post_save.connect(translation_state_on_revision, sender=Revision, dispatch_uid="mokme_translation_state")
    page_published.connect(redirects_on_publish, dispatch_uid="mokme_redirects_on_publish")
    post_page_move.connect(redirects_on_move, dispatch_uid="mokme_redirects_on_move")
