"""Keeping derived data true: search text, translation state and redirects for old addresses.

Imported from HomeConfig.ready() only, when every model is loaded.
"""

from django.db.models.signals import post_delete, post_save, pre_delete

from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.models import Page, PageViewRestriction, Revision
from wagtail.signals import page_published, page_unpublished, post_page_move, pre_page_move

from home import registry
from home.freshness import checked_on_publish
from home.languages.translation_state import record_revision
from home.page_cache import everything_changed, page_changed
from home.page_cache.fragments import frame_changed
from home.redirects import record_paths
from home.search.page_text import index_page, unindex_page


def index_on_publish(sender, instance, **kwargs):
    index_page(instance)


def unindex_on_unpublish(sender, instance, **kwargs):
    unindex_page(instance)


def translation_state_on_revision(sender, instance, created, raw=False, **kwargs):
    if not created or raw or not issubclass(instance.base_content_type.model_class() or object, Page):
        return

    record_revision(instance)


def redirects_on_publish(sender, instance, **kwargs):
    record_paths(instance)


def redirects_on_move(sender, instance, **kwargs):
    record_paths(instance, with_descendants=True)


def renew_cached_page(sender, instance, **kwargs):
    if isinstance(instance, Page):
        page_changed(instance)


def renew_cached_privacy(sender, instance, **kwargs):
    """A page made private (or public again) is renewed with everything below it.

    Every page below carries its ancestors' ``tree:`` tags, so renewing the restricted page's
    tags renews its whole subtree; listings, menus and the sitemap that show it are renewed too.
    A private page itself is never stored: Wagtail marks its responses ``no-cache``.
    """

    page = instance.page
    if page is not None:
        page_changed(page)


def renew_all_cached_pages(sender, **kwargs):
    # Models shown on many pages (menus, footer, cards, credits; home.registry) change rarely,
    # so their change renews the whole page cache rather than tracking each use.
    if sender._meta.label not in registry.site_wide_models:
        return
    # A settings row is created with its defaults on the first read (Wagtail's for_site): it shows
    # what was shown without it, and renewing everything then would only empty the cache.
    if kwargs.get("created") and issubclass(sender, BaseSiteSetting):
        return
    everything_changed()


def renew_cached_frame(sender, instance, **kwargs):
    # Menu and footer show pages by title from anywhere in the tree (home/page_cache/fragments.py).
    if isinstance(instance, (Page, PageViewRestriction)):
        frame_changed()


def connect():
    # Before the page cache is renewed below, so the renewed page shows the new date.
    page_published.connect(checked_on_publish, dispatch_uid="mokme_checked_on_publish")
    page_published.connect(index_on_publish, dispatch_uid="mokme_index_page_text")
    page_unpublished.connect(unindex_on_unpublish, dispatch_uid="mokme_unindex_page_text")
    post_save.connect(translation_state_on_revision, sender=Revision, dispatch_uid="mokme_translation_state")
    page_published.connect(redirects_on_publish, dispatch_uid="mokme_redirects_on_publish")
    post_page_move.connect(redirects_on_move, dispatch_uid="mokme_redirects_on_move")
    connect_page_cache()


def connect_page_cache():
    # Publishing, unpublishing and deleting renew the pages that show the page; a move renews
    # them at the old place (before) and at the new one (after).
    for signal in (page_published, page_unpublished, pre_page_move, post_page_move):
        signal.connect(renew_cached_page, dispatch_uid=f"mokme_page_cache_{id(signal)}")
    pre_delete.connect(renew_cached_page, dispatch_uid="mokme_page_cache_delete")
    # Making a page private, changing its restriction or lifting it (Wagtail's privacy dialog).
    for signal in (post_save, post_delete):
        signal.connect(
            renew_cached_privacy,
            sender="wagtailcore.PageViewRestriction",
            dispatch_uid=f"mokme_privacy_{id(signal)}",
        )
    # Any model's save is offered; the receiver keeps those the apps registered as site-wide,
    # whichever app's ready() registers them after this one.
    post_save.connect(renew_all_cached_pages, dispatch_uid="mokme_page_cache_site_wide")
    post_delete.connect(renew_all_cached_pages, dispatch_uid="mokme_page_cache_site_wide_delete")
    for signal in (post_save, post_delete, page_published, page_unpublished, post_page_move):
        signal.connect(renew_cached_frame, dispatch_uid=f"mokme_frame_cache_{id(signal)}")
