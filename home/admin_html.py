"""The admin's pages in fewer bytes, the same document for the browser.

A page editor at district scale is well over 300 KB of HTML, a sixth of it the indentation of
Wagtail's templates; volunteers open it on phones and old laptops, and the editorial target is
250 KB (`HTML_BYTES_TARGET` in tests/bench/admin.py). What changes here is how the document is
written, not what the browser builds from it (tests/editorial/test_admin_html_size.py parses
both and compares):

- Between tags, a run of whitespace with a line break in it becomes one line break
  (indentation, blank lines): HTML collapses such runs when it renders them. Where whitespace is
  content it is kept byte for byte: textareas, pre blocks and the like, and attribute values,
  which the scan reads as attributes (a quoted value may hold line breaks and `>`). Only in
  lists of tokens (`class`, Stimulus' `data-action`) does such a run become a space.
- An attribute value full of `&quot;` (Wagtail's JSON in Stimulus values) is written in single
  quotes with plain `"`; Django's escaping writes `'` as `&#x27;`, so the value reads the same.
- An icon's `<svg …><use href="#icon-x"></use>` is written `<use href="#icon-x"/>`: inside
  `<svg>` (foreign content) the parser closes the element at `/>` as it did at `</use>`.
- JSON that Wagtail's scripts parse, the block definitions of StreamFields and the
  `<script type="application/json">` data, is written without the spaces after `,` and `:`
  and with non-ASCII characters as themselves; in a script only `</` and `<!` are escaped, the
  two sequences that could end the script or open a comment in it. `JSON.parse` returns the
  same objects. The HTML templates of the widgets in this telepath data (a `…widgets…` type's
  first argument, the HTML the widget puts into the page) are written the same way, with a
  space for a run of whitespace (one byte in JSON, where a line break takes two). Nothing else
  in the JSON changes: block defaults and the editor's values are data, not markup.
- Two StreamFields with the same block definition (the German body and the body in the admin
  language) carry it once: see `_shared_definition_script`.
"""

import json
import re
from itertools import chain

_SPACE = "\t\n\f\r "
# The attributes of a tag as the HTML tokenizer reads them: a quoted value runs to its closing
# quote. Possessive quantifiers: a tag that does not close is given up at once.
_ATTRIBUTES = (
    rf"""(?:[{_SPACE}/]++|[^{_SPACE}/>][^{_SPACE}/>=]*+"""
    rf"""(?:[{_SPACE}]*+=[{_SPACE}]*+(?:"[^"]*+"|'[^']*+'|[^{_SPACE}>]++))?+)*+"""
)
# Elements copied with their content: the tokenizer does not read a script's or style's text as
# markup, and in the others whitespace is content. Scripts and styles are then looked at below.
# (The text in <noscript> and <iframe>, which a browser running scripts never shows, is trimmed.)
VERBATIM = ("script", "style", "textarea", "pre", "listing", "xmp")
# Everything that is not text between tags, one piece each: comments, whole verbatim elements,
# icons, tags. `re.split` hands back the text between them, where the whitespace is trimmed.
MARKUP = re.compile(
    "(<!--.*?-->|<![^>]*+>"
    + "".join(
        rf"|<{name}(?=[{_SPACE}/>]){_ATTRIBUTES}>.*?(?:</{name}(?=[{_SPACE}/>])[^>]*+>|\Z)"
        for name in VERBATIM
    )
    # `(?<!/)`: an `<svg/>` holds no `<use>`, and a `<use/>` needs no more closing.
    + rf"|<svg(?=[{_SPACE}/>]){_ATTRIBUTES}(?<!/)><use(?=[{_SPACE}/>]){_ATTRIBUTES}(?<!/)></use>"
    + rf"|</?[A-Za-z][^{_SPACE}/>]*+{_ATTRIBUTES}>)",
    re.DOTALL | re.IGNORECASE,
)
START_TAG = re.compile(rf"<(?P<name>[A-Za-z][^{_SPACE}/>]*+)(?P<attributes>{_ATTRIBUTES})>")
ATTRIBUTE = re.compile(
    rf"""[{_SPACE}/]*+(?P<name>[^{_SPACE}/>][^{_SPACE}/>=]*+)"""
    rf"""(?:[{_SPACE}]*+=[{_SPACE}]*+(?:"(?P<double>[^"]*+)"|'(?P<single>[^']*+)'|(?P<bare>[^{_SPACE}>]++)))?+"""
)
LINE_BREAK_RUN = re.compile(rf"[\t\f\r ]*+\n[{_SPACE}]*+")
END_TAG = re.compile(rf"</(?P<name>[^{_SPACE}/>]*+)")
# Tags that may need more than copying besides those with `&quot;`, line breaks or double spaces.
LOOKED_AT = re.compile(rf"</?(?:script|style|svg|template)(?=[{_SPACE}/>])", re.IGNORECASE)
VOID = frozenset(
    ("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr")
)
# Attributes whose value is a list of tokens separated by whitespace, for HTML, ARIA and Stimulus
# alike (Stimulus splits `data-action` on any whitespace): Wagtail's templates spread some
# `data-action` lists over indented lines.
TOKEN_LISTS = frozenset(
    ("class", "rel", "data-action", "data-controller", "aria-describedby", "aria-labelledby", "aria-controls")
)
BLOCK_DEFINITION = "data-w-block-data-value"
# The character references Django's escaping writes; a value with any other is left as it is.
OTHER_REFERENCE = re.compile(r"&(?!quot;|amp;|lt;|gt;|#x27;|#39;)")
SCRIPT_BREAKING = re.compile(r"<(?=[/!])")
LONE_SURROGATE = re.compile("[\ud800-\udfff]")
# Wagtail gives the empty paragraph in a rich text block's default a fresh random key
# (wagtail.admin.rich_text.converters.contentstate_models.Block) in every definition it renders;
# Draftail needs a block key unique only within one field's text. Definitions that differ only
# there are the same definition.
DRAFTAIL_KEY = re.compile(r'\\"key\\": \\"[0-9a-z]+\\"')


def _unescape(value):
    return (
        value.replace("&quot;", '"')
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
    )


def _quoted(value):
    """An attribute value in the quotes that need fewer escapes."""
    value = value.replace("&", "&amp;").replace("<", "&lt;")
    if value.count('"') > value.count("'"):
        return "'" + value.replace("'", "&#x27;") + "'"
    return '"' + value.replace('"', "&quot;") + '"'


def _compact_json(text):
    value = json.loads(text)
    _compact_widget_templates(value)
    compact = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    if LONE_SURROGATE.search(compact):
        # Not writable as UTF-8: as \u escapes, as Wagtail wrote it.
        compact = json.dumps(value, separators=(",", ":"))
    return compact


def _compact_widget_templates(value):
    """A telepath widget's first argument is the HTML it puts into the editor."""
    if isinstance(value, dict):
        arguments = value.get("_args")
        if (
            isinstance(arguments, list)
            and arguments
            and isinstance(arguments[0], str)
            and ".widgets." in str(value.get("_type"))
            and ("\n" in arguments[0] or "&quot;" in arguments[0] or "></use>" in arguments[0])
        ):
            arguments[0] = _Compactor(arguments[0], line_break=" ").run()
        for item in value.values():
            if isinstance(item, (dict, list)):
                _compact_widget_templates(item)
    elif isinstance(value, list):
        for item in value:
            if isinstance(item, (dict, list)):
                _compact_widget_templates(item)


def _shared_definition_script(source_id):
    """Copies an earlier StreamField's block definition onto the element the script sits in.

    The script runs while the page is parsed, before Wagtail's Stimulus application starts (it
    waits for DOMContentLoaded) and connects the `w-block` controller that reads the
    definition; it then removes itself, so the controller finds the element as Wagtail wrote it.
    The admin's Content-Security-Policy allows inline scripts (home/security/headers.py).
    """
    source = SCRIPT_BREAKING.sub(r"\\u003C", json.dumps(source_id))
    return (
        f"<script>(s=>{{s.parentNode.setAttribute('{BLOCK_DEFINITION}',"
        f"document.getElementById({source}).getAttribute('{BLOCK_DEFINITION}'));s.remove()}})"
        "(document.currentScript)</script>"
    )


class _Compactor:
    def __init__(self, document, *, line_break="\n", share_definitions=False):
        self.document = document
        self.line_break = line_break
        self.share_definitions = share_definitions
        # How deep the scan is inside <template> elements, whose content no script runs in.
        self.templates = 0
        # Block definition (random keys aside) -> id of the first element carrying it.
        self.definitions = {}

    def run(self):
        pieces = MARKUP.split(self.document)
        # The text between tags (even pieces), trimmed in one go; no document holds a NUL.
        if "\0" not in self.document:
            texts = LINE_BREAK_RUN.sub(self.line_break, "\0".join(pieces[0::2])).split("\0")
        else:
            texts = [LINE_BREAK_RUN.sub(self.line_break, text) for text in pieces[0::2]]
        markup = pieces[1::2]
        for index, piece in enumerate(markup):
            if "&quot;" in piece or "\n" in piece or "  " in piece or LOOKED_AT.match(piece):
                markup[index] = self.markup(piece)
        markup.append("")
        return "".join(chain.from_iterable(zip(texts, markup, strict=True)))

    def markup(self, piece):
        if piece.startswith("<!"):
            return piece
        if piece.startswith("</"):
            if END_TAG.match(piece)["name"].lower() == "template" and self.templates:
                self.templates -= 1
            return piece
        tag = START_TAG.match(piece)
        name = tag["name"].lower()
        if name in VERBATIM:
            close = piece.rfind("</")
            close = close if close >= tag.end() else len(piece)
            content = piece[tag.end() : close]
            if name in ("script", "style"):
                content = self.raw_text(tag, content)
            return self.start_tag(tag, name) + content + piece[close:]
        if name == "svg" and piece.endswith("></use>"):
            return piece[: -len("></use>")] + "/>"
        if name == "template":
            self.templates += 1
        return self.start_tag(tag, name)

    def raw_text(self, tag, text):
        if "application/json" not in tag["attributes"]:
            return LINE_BREAK_RUN.sub("\n", text)
        try:
            return SCRIPT_BREAKING.sub(r"\\u003C", _compact_json(text))
        except ValueError:
            return text

    def start_tag(self, tag, name):
        """The start tag written anew, followed by the script that restores a shared definition."""
        attributes = tag["attributes"]
        if "&quot;" not in attributes and "\n" not in attributes and "  " not in attributes:
            return tag.group()
        # (name, "=value" or "") for each attribute, the value in its new quotes; between them
        # one space for the whitespace, and any `/`, which the tokenizer ignores there.
        written = []
        element_id = definition = None
        end = 0
        for attribute in ATTRIBUTE.finditer(attributes):
            end = attribute.end()
            attribute_name = attribute["name"]
            double, single, bare = attribute["double"], attribute["single"], attribute["bare"]
            lowered = attribute_name.lower()
            if lowered in TOKEN_LISTS and double is not None:
                double = LINE_BREAK_RUN.sub(" ", double)
            if lowered == "id" and bare is None:
                element_id = _unescape(double if double is not None else single)
            if lowered == BLOCK_DEFINITION and double is not None and not OTHER_REFERENCE.search(double):
                try:
                    definition = _compact_json(_unescape(double))
                except ValueError:
                    pass
                else:
                    written.append((attribute_name, "=" + _quoted(definition)))
                    continue
            if double is not None and "&quot;" in double and "'" not in double:
                value = "='" + double.replace("&quot;", '"') + "'"
            elif double is not None:
                value = '="' + double + '"'
            elif single is not None:
                value = "='" + single + "'"
            else:
                value = "" if bare is None else "=" + bare
            written.append((attribute_name, value))
        script = ""
        if definition is not None and element_id and self.share_definitions and not self.templates:
            source_id = self.shared_definition(name, element_id, definition)
            if source_id is not None:
                written = [part for part in written if part[0].lower() != BLOCK_DEFINITION]
                script = _shared_definition_script(source_id)
        # A `/` right before `>` closes an element of an SVG (elsewhere the tokenizer ignores it);
        # after a space, so that it does not join an unquoted value.
        closing = " /" if attributes.endswith("/") and end < len(attributes) else ""
        return (
            "<" + tag["name"] + "".join(f" {name}{value}" for name, value in written) + closing + ">" + script
        )

    def shared_definition(self, name, element_id, definition):
        """The id of an earlier element with this definition, to copy it from; None if first."""
        key = DRAFTAIL_KEY.sub("", definition)
        source_id = self.definitions.get(key)
        if source_id is None:
            # The script finds the first by its id: it has to be the only one.
            if self.document.count(f'id="{element_id}"') == 1 and f"id='{element_id}" not in self.document:
                self.definitions[key] = element_id
            return None
        # The script goes inside the element.
        return None if name in VOID else source_id


def compact_admin_html(document: str, *, share_definitions: bool = False) -> str:
    """The document in fewer bytes; `share_definitions` for a whole page (a script restores them)."""
    return _Compactor(document, share_definitions=share_definitions).run()


class AdminCompactionMiddleware:
    """Every HTML page of the admin, compacted (compact_admin_html)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            request.path.startswith("/admin/")
            and not response.streaming
            and response.get("Content-Type", "").startswith("text/html")
            and not response.has_header("Content-Encoding")
        ):
            # Wagtail's admin is UTF-8, in which the JSON may now hold any character as itself.
            if (response.charset or "").lower() not in ("utf-8", "utf8"):
                return response
            try:
                document = response.content.decode("utf-8")
            except UnicodeDecodeError:
                return response
            # A shared definition is restored by a script as the page is parsed; a fragment that
            # a script puts into a page (innerHTML) runs no scripts, so only whole pages share.
            whole_page = document[:200].lstrip().lower().startswith("<!doctype html")
            response.content = compact_admin_html(document, share_definitions=whole_page).encode("utf-8")
            if response.has_header("Content-Length"):
                response["Content-Length"] = str(len(response.content))
        return response
