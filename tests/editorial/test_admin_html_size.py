"""The page editor's HTML at district scale: under the editorial target, and the same document.

home/admin_html.py writes the admin's pages in fewer bytes; a browser must build from them what
it builds from Wagtail's own output (and the editor works as before in Chromium:
tests/browser/test_shared_block_definitions.py).
"""

import datetime
import json
import re

import pytest
from bs4 import BeautifulSoup, Comment, NavigableString

from django.http import HttpResponse
from django.utils.html import escape, json_script

from events.calendar.models import EventException, EventPage
from home.demo.builders import stream
from tests.bench.admin import HTML_BYTES_TARGET
from tests.factories import EventPageFactory, berlin

TITLE = 'Sprachcafé "Treffpunkt" \\n Hilden'
BODY_DE = [
    ("heading", "Sprachcafé im Bürgerhaus"),
    ("paragraph", "<p>Wir sprechen Deutsch bei Tee und Gebäck. Jede und jeder ist willkommen.</p>"),
    ("paragraph", '<p>Sie sagte: "Bringt gute Laune mit" \\n und Kinder.</p>'),
]
BODY_TR = [
    ("heading", "Bürgerhaus'ta dil kafesi"),
    ("paragraph", "<p>Çay ve kurabiye eşliğinde Almanca konuşuyoruz. Herkes davetli.</p>"),
    ("paragraph", "<p>Lütfen neşenizi getirin; çocuklar da gelebilir.</p>"),
]
TEASER = "Deutsch üben bei Tee und Gebäck.\n    Eingerückt, wie getippt."


def changed_series(organisation):
    """A weekly series with two changed dates, its body in German and Turkish."""
    event = EventPageFactory(
        parent=organisation,
        title=TITLE,
        teaser=TEASER,
        teaser_tr="Çay ve kurabiye eşliğinde Almanca pratik.",
        start=berlin(2027, 3, 2, 18),
        end=berlin(2027, 3, 2, 20),
        frequency=EventPage.Frequency.WEEKLY,
        count=20,
        body=stream(BODY_DE),
        body_tr=stream(BODY_TR),
    )
    EventException.objects.create(
        event=event, original_date=datetime.date(2027, 3, 9), note="Fällt aus", note_tr="İptal"
    )
    EventException.objects.create(
        event=event,
        original_date=datetime.date(2027, 3, 16),
        kind=EventException.Kind.MOVED,
        new_start=berlin(2027, 3, 17, 18),
        new_end=berlin(2027, 3, 17, 20),
        note="Einen Tag später",
        note_tr="Bir gün sonra",
    )
    event.save_revision().publish()
    return event


@pytest.fixture
def event(org_a):
    return changed_series(org_a)


def test_the_largest_editors_stay_under_the_target(client, editor_a, org_a, event):
    client.force_login(editor_a)
    sizes = {}
    for name, page in (("event", event), ("organisation", org_a)):
        response = client.get(f"/admin/pages/{page.pk}/edit/")
        assert response.status_code == 200
        html = response.content.decode()
        # The editor as its editor works in it: German and Turkish, both bodies, the changed dates.
        assert 'name="title_tr"' in html and 'id="body_de"' in html and 'id="body_tr"' in html
        if page is event:
            assert 'name="exceptions-1-original_date"' in html
        sizes[name] = len(response.content)
    assert {name: size for name, size in sizes.items() if size >= HTML_BYTES_TARGET} == {}, sizes


# What a browser builds from a document, for comparing two: elements, attributes and text, with
# the whitespace HTML collapses collapsed (kept as it is in textareas and pre blocks), lists of
# tokens as lists, and JSON (Stimulus values, script data) parsed. (Python's html.parser knows no
# foreign content: the icons' `<use/>` is checked in Chromium, where the editor's icons draw.)
JSON_ATTRIBUTES = {"data-w-block-data-value", "data-w-block-arguments-value"}
# Lists of tokens separated by any whitespace (HTML, ARIA; Stimulus splits `data-action` so).
TOKEN_LISTS = {
    "class",
    "rel",
    "data-action",
    "data-controller",
    "aria-describedby",
    "aria-labelledby",
    "aria-controls",
}
WHITESPACE_CONTENT = {"textarea", "pre"}
COLLAPSIBLE = re.compile(r"[ \t\n\r\f]+")
SHARED_DEFINITION = re.compile(r"document\.getElementById\((\"[^\"]*\")\)")


def tree(html, *, run_inline_scripts=False):
    soup = BeautifulSoup(html, "html.parser", multi_valued_attributes=None)
    if run_inline_scripts:
        # What the compacted page's scripts do while it is parsed: copy a shared block definition.
        for script in soup.find_all("script", src=False):
            if script.find_parent("template"):
                continue  # inert until a script clones the template
            found = SHARED_DEFINITION.search(script.string or "")
            if found and "data-w-block-data-value" in script.string:
                source = soup.find(id=json.loads(found.group(1)))
                script.parent["data-w-block-data-value"] = source["data-w-block-data-value"]
                script.decompose()
    return node(soup)


def node(element, whitespace_is_content=False):
    if isinstance(element, Comment):
        return ("comment", str(element))
    if isinstance(element, NavigableString):
        text = str(element)
        parent = element.parent.name if element.parent else None
        if parent == "script" and "application/json" in (element.parent.get("type") or ""):
            return ("json", json_value(json.loads(text)))
        return ("text", text if whitespace_is_content else COLLAPSIBLE.sub(" ", text))
    whitespace_is_content = whitespace_is_content or element.name in WHITESPACE_CONTENT
    attributes = {
        name: json_value(json.loads(value))
        if name in JSON_ATTRIBUTES
        else COLLAPSIBLE.split(value.strip(" \t\n\r\f"))
        if name in TOKEN_LISTS
        else value
        for name, value in (element.attrs or {}).items()
    }
    return (element.name, attributes, [node(child, whitespace_is_content) for child in element.children])


def json_value(value):
    if isinstance(value, dict):
        value = {key: json_value(item) for key, item in value.items()}
        arguments = value.get("_args")
        if ".widgets." in str(value.get("_type")) and arguments and isinstance(arguments[0], str):
            # A widget's template is HTML the widget puts into the page.
            value["_args"] = [tree(arguments[0]), *arguments[1:]]
        return value
    if isinstance(value, list):
        return [json_value(item) for item in value]
    if isinstance(value, str) and value.startswith("{") and '"entityMap"' in value:
        # A rich text default: Wagtail draws its block keys at random for every definition.
        content = json.loads(value)
        for block in content.get("blocks", ()):
            block.pop("key", None)
        return ("contentstate", content)
    return value


def as_attribute(value):
    """JSON in an attribute value, as Wagtail writes a block's definition and value."""
    return escape(json.dumps(value))


def test_trimming_leaves_the_document_the_same():
    from home.admin_html import compact_admin_html

    widget = '<div class="w-field">\n    <textarea name="__NAME__">\n  kept\n      as is</textarea>\n  </div>'
    definition = {
        "_type": "wagtail.blocks.StreamBlock",
        "_args": [
            {"_type": "wagtail.widgets.Widget", "_args": [widget]},
            # Not a widget: its text is data, line breaks and all.
            {"_type": "wagtail.blocks.StaticBlock", "_args": ["<p>\n    Hinweis</p>", {"label": "Hinweis"}]},
            {"default": "Zeile 1\n    Zeile 2", "literal": 'a "quoted" \\n b', "label": "Bürgerhaus'ta"},
        ],
    }
    value = [[{"type": "paragraph", "value": 'Er sagte "Hallo" \\n und\n    ging.'}], None]
    block = (
        f'data-block data-controller="w-block" data-w-block-data-value="{as_attribute(definition)}"'
        f' data-w-block-arguments-value="{as_attribute(value)}"'
    )
    other = {**definition, "_args": [*definition["_args"][:2], {"label": "Another label"}]}
    other_block = block.replace(as_attribute(definition), as_attribute(other))
    # As Django's json_script writes it: `<`, `>` and `&` as \u escapes.
    script_data = json_script(
        {
            "text": "</script> <!-- --> & more",
            "_type": "wagtail.widgets.Select",
            "_args": ["\n    <select>\n      <option>a</option>\n    </select>\n"],
        },
        "data",
    )
    html = f"""<!DOCTYPE html>
<html lang="de">
  <head>
    <title>  Bearbeiten   </title>
    {script_data}
    <script>
        var wagtailConfig = {{ "indented": true }};
    </script>
  </head>
  <body>


    <div   class="w-field  "
         data-note="say &quot;hi&quot; \\n  and&#x27;s
           on the next line"   title='it&#x27;s "quoted"' data-mixed="it's &quot;mixed&quot;">
      <textarea name="teaser">
   first line
        indented
</textarea>
      <pre>  kept
            as it is  </pre>
      <input type="text" name="title" value="Er sagte &quot;Hallo&quot; \\n">
      <svg class="icon icon-link" aria-hidden="true"><use href="#icon-link"></use></svg>
      <svg viewBox="0 0 2 2"><path d="M0 0"
           /><circle r="1"/></svg>
      <form data-action="
            w-autosave:save@document->w-autosave#updateIndicator
            submit->w-autosave#cancel
         " data-controller="w-autosave"><input type="checkbox" checked
              /></form>
      <noscript>
          JavaScript ist <a href="/hilfe/">nötig</a>.
      </noscript>
      <div id="body_de" {block}></div>
      <div id="body_tr" {block}></div>
      <div id="body_en" {other_block}></div>
      <template id="empty-form"><div id="body_new" {block}></div></template>
      <p>Text   with  spaces &amp; <b>bold</b>
         and a line</p>
    </div>
  </body>
</html>
"""
    compacted = compact_admin_html(html, share_definitions=True)
    assert len(compacted) < len(html)
    assert tree(compacted, run_inline_scripts=True) == tree(html)
    # The whitespace that is content, byte for byte.
    assert '<textarea name="teaser">\n   first line\n        indented\n</textarea>' in compacted
    assert "<pre>  kept\n            as it is  </pre>" in compacted
    assert "say &quot;hi&quot; \\n  and&#x27;s\n           on the next line" in html
    assert 'say "hi" \\n  and&#x27;s\n           on the next line' in compacted
    # The German body carries the definition, the Turkish body a script that copies it; a body
    # with another definition and the empty form in the template (where no script runs) keep
    # their own.
    soup = BeautifulSoup(compacted, "html.parser")
    assert soup.find(id="body_de").has_attr("data-w-block-data-value")
    assert not soup.find(id="body_tr").has_attr("data-w-block-data-value")
    assert soup.find(id="body_tr").find("script")
    assert soup.find(id="body_en").has_attr("data-w-block-data-value")
    assert soup.find(id="body_new").has_attr("data-w-block-data-value")
    assert not soup.find("template").find("script")
    # The script data still cannot end the script.
    assert compacted.count("</script>") == html.count("</script>") + 1


def test_a_fragment_for_a_page_keeps_each_definition(rf):
    from home.admin_html import AdminCompactionMiddleware

    definition = as_attribute({"_type": "wagtail.blocks.StreamBlock", "_args": [{"label": "Überschrift"}]})
    block = f'data-controller="w-block" data-w-block-data-value="{definition}"'
    fragment = f'\n  <div id="body_de" {block}></div>\n  <div id="body_tr" {block}></div>\n'
    page = f"<!doctype html>\n<html><body>{fragment}</body></html>"

    def served(html):
        response = AdminCompactionMiddleware(lambda request: HttpResponse(html))(
            rf.get("/admin/pages/1/edit/")
        )
        return response.content.decode()

    # A fragment goes into the page by innerHTML, which runs no script: both keep their definition.
    assert served(fragment).count("data-w-block-data-value=") == 2
    assert served(page).count("data-w-block-data-value=") == 1


def test_the_editors_are_the_same_documents_trimmed(client, editor_a, org_a, event, monkeypatch):
    import home.admin_html

    compact_admin_html = home.admin_html.compact_admin_html
    client.force_login(editor_a)
    # Wagtail's own output: the middleware with nothing to do.
    monkeypatch.setattr(home.admin_html, "compact_admin_html", lambda document, **options: document)
    compacted = {}
    for page in (event, org_a):
        html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
        compacted[page.pk] = compact_admin_html(html, share_definitions=True)
        assert len(compacted[page.pk].encode()) < len(html.encode()) * 0.8
        assert tree(compacted[page.pk], run_inline_scripts=True) == tree(html)
    # The editor's text with its indentation; the title with its quotes and backslash.
    assert f">\n{TEASER}</textarea>" in compacted[event.pk]
    assert """value='Sprachcafé "Treffpunkt" \\n Hilden'""" in compacted[event.pk]
