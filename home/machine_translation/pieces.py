"""Taking a field's German value apart into pieces of HTML to translate, and putting it together.

Rich text is cut between its top-level elements (paragraphs, headings, lists), so that a long
page goes to the engine in pieces within its limits and every piece is whole HTML. Plain text is
escaped into HTML and back, so one request can carry both. Links, images, documents, embeds,
choices and addresses are never sent: only rich text and the text blocks of a StreamField are.
"""

import copy
import html
import json
import re
from html.parser import HTMLParser

from django.db import models

from wagtail import blocks
from wagtail.fields import RichTextField, StreamField

VOID_ELEMENTS = {"br", "hr", "img", "embed", "input", "meta", "link", "wbr"}
TAG = re.compile(r"<[^>]*>")


class _TopLevelSplitter(HTMLParser):
    def __init__(self, text):
        super().__init__(convert_charrefs=False)
        self.text = text
        self.line_starts = [0]
        for match in re.finditer("\n", text):
            self.line_starts.append(match.end())
        self.depth = 0
        self.cuts = []

    def _offset(self):
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def handle_starttag(self, tag, attrs):
        if tag not in VOID_ELEMENTS:
            self.depth += 1

    def handle_endtag(self, tag):
        if tag in VOID_ELEMENTS:
            return
        self.depth = max(self.depth - 1, 0)
        if self.depth == 0:
            end = self.text.find(">", self._offset())
            self.cuts.append(end + 1)

    def handle_startendtag(self, tag, attrs):
        if self.depth == 0:
            self.cuts.append(self.text.find(">", self._offset()) + 1)


def split_rich_text(text: str) -> list[str]:
    """The top-level elements of a rich text, in order; joined they give the text back."""
    splitter = _TopLevelSplitter(text)
    splitter.feed(text)
    splitter.close()
    parts, start = [], 0
    for cut in splitter.cuts:
        if cut > start:
            parts.append(text[start:cut])
            start = cut
    if start < len(text):
        parts.append(text[start:])
    return parts


def has_text(piece: str) -> bool:
    return bool(html.unescape(TAG.sub("", piece)).strip())


def _rich_text(value, translate):
    return "".join(translate(part) if has_text(part) else part for part in split_rich_text(value or ""))


def _plain_text(value, translate):
    if not value or not value.strip():
        return value
    return html.unescape(translate(html.escape(value, quote=False)))


def _block(block, value, translate):
    if isinstance(block, blocks.RichTextBlock):
        return _rich_text(value, translate)
    if isinstance(block, (blocks.CharBlock, blocks.TextBlock)) and isinstance(value, str):
        return _plain_text(value, translate)
    if isinstance(block, blocks.StructBlock) and isinstance(value, dict):
        for name, child in block.child_blocks.items():
            if name in value:
                value[name] = _block(child, value[name], translate)
        return value
    if isinstance(block, blocks.ListBlock) and isinstance(value, list):
        for index, item in enumerate(value):
            if isinstance(item, dict) and item.get("type") == "item" and "value" in item:
                item["value"] = _block(block.child_block, item["value"], translate)
            else:
                value[index] = _block(block.child_block, item, translate)
        return value
    if isinstance(block, blocks.StreamBlock) and isinstance(value, list):
        return _stream(block, value, translate)
    return value  # images, pages, documents, embeds, addresses, choices, tables: kept as they are


def _stream(stream_block, items, translate):
    for item in items:
        child = stream_block.child_blocks.get(item.get("type"))
        if child is not None:
            item["value"] = _block(child, item.get("value"), translate)
    return items


def translated_value(model_field, german, translate):
    """The German value with every text piece replaced by ``translate(piece)``, in document order."""
    if isinstance(model_field, StreamField):
        raw = json.loads(german) if isinstance(german, str) else copy.deepcopy(german)
        return _stream(model_field.stream_block, raw or [], translate)
    if isinstance(model_field, RichTextField):
        return _rich_text(german, translate)
    if isinstance(model_field, (models.CharField, models.TextField)):
        return _plain_text(german, translate)
    return german
