"""Search and reference indexing for bulk loads: once per object at the end, not on every save.

The demo builders save each page several times (created, revision, published, translated), and
Wagtail indexes an object for the search and for its references on every save: a third of the
demo's load time went to re-indexing objects that were saved again a moment later.
"""

from contextlib import contextmanager

from modelsearch import index
from modelsearch.signal_handlers import post_save_signal_handler

from django.db.models.signals import post_save

from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update


@contextmanager
def indexing_deferred():
    """Index every object saved inside the block once, when the block ends without error."""
    saved = {}

    def remember(sender, instance, raw=False, **kwargs):
        if not raw:
            saved.setdefault(sender, set()).add(instance.pk)

    searched = [model for model in index.get_indexed_models() if getattr(model, "search_auto_update", True)]
    for model in searched:
        post_save.disconnect(post_save_signal_handler, sender=model)
    post_save.connect(remember, weak=False, dispatch_uid="mokme-deferred-indexing")
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        post_save.disconnect(dispatch_uid="mokme-deferred-indexing")
        for model in searched:
            post_save.connect(post_save_signal_handler, sender=model)
    _index(saved, set(searched))


def _index(saved, searched):
    backends = [backend for _name, backend in index.get_search_backends_with_name(with_auto_update=True)]
    for model, pks in saved.items():
        if model in searched:
            objects = list(model.get_indexed_objects().filter(pk__in=pks))
            for backend in backends:
                backend.add_bulk(model, objects)
        if ReferenceIndex.is_indexed(model):
            for instance in model._default_manager.filter(pk__in=pks):
                ReferenceIndex.create_or_update_for_object(instance)
