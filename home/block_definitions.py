"""A StreamField's block definitions packed for the editor once per process and admin language.

Wagtail's page editor sends each StreamField's block definitions to the browser (labels, help
texts, the HTML of every widget: choosers, the rich text editor, the table editor) as JSON that
telepath packs from the Python blocks. Each editor visit packed them afresh: the body's
definitions took 13–40 ms, twice on an editor that shows the body in German and in the admin
language, for JSON that only changes with the admin language.

The packed JSON and its telepath context (the widgets' scripts and styles for the page) are kept
on the block object of the model's field, per language. Django's forms copy a widget shallowly,
so every form of the page type holds that same block object. The definitions hold nothing of the
page or the editor: a value and its errors go to the browser separately
(`BlockWidget.render_with_errors`). A changed setting (another image model, the rich text
editor's features) forgets them all, as a restart would.
"""

from django.core.signals import setting_changed
from django.dispatch import receiver
from django.utils import translation

from wagtail.blocks.base import BlockWidget

_KEPT = "_portal_packed_definitions"
_generation = 0


@receiver(setting_changed)
def _forget_packed_definitions(**kwargs):
    global _generation
    _generation += 1


def install():
    pack = BlockWidget._build_block_json
    if getattr(pack, "keeps_definitions", False):
        return

    def build_block_json(widget):
        kept = widget.block_def.__dict__.setdefault(_KEPT, {})
        language = translation.get_language()
        generation, context, packed = kept.get(language, (None, None, None))
        if generation == _generation:
            widget._js_context, widget._block_json = context, packed
        else:
            pack(widget)
            kept[language] = (_generation, widget._js_context, widget._block_json)

    build_block_json.keeps_definitions = True
    BlockWidget._build_block_json = build_block_json
