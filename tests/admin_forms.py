"""Wagtail's page forms posted back as a browser would: what the rendered form holds, plus changes.

Tests that build a POST by hand drift from the form editors really see (fields hidden for a
language, inline formsets, checkboxes, Wagtail's action buttons). `PageForm` reads the form the
admin renders and posts exactly its fields, so a test breaks where an editor would.
"""

import json

from bs4 import BeautifulSoup

from django.http import QueryDict

FORM_SELECTOR = "form[data-edit-form]"


class PageForm:
    """The create or edit form of a page in Wagtail's admin, as rendered for the client's user."""

    def __init__(self, client, url):
        self.client = client
        self.url = url
        response = client.get(url)
        assert response.status_code == 200, f"GET {url}: {response.status_code}"
        self.soup = BeautifulSoup(response.content, "html.parser")
        self.form = self.soup.select_one(FORM_SELECTOR)
        assert self.form is not None, f"no page form at {url}"
        self.data = QueryDict(mutable=True)
        self._read_fields()
        self._read_streams()

    # Reading

    def _read_fields(self):
        for element in self.form.find_all(["input", "textarea", "select"]):
            name = element.get("name")
            # Formset templates (`__prefix__`) are copied by JavaScript only when a row is added.
            if not name or "__prefix__" in name or element.has_attr("disabled"):
                continue
            if element.find_parent("template") is not None:
                continue
            if element.name == "textarea":
                self.data.appendlist(name, element.get_text())
            elif element.name == "select":
                selected = element.find_all("option", selected=True) or element.find_all("option")[:1]
                if element.has_attr("multiple"):
                    selected = element.find_all("option", selected=True)
                for option in selected:
                    self.data.appendlist(name, option.get("value", option.get_text()))
            else:
                kind = (element.get("type") or "text").lower()
                if kind in ("submit", "button", "file", "image", "reset"):
                    continue
                if kind in ("checkbox", "radio"):
                    if element.has_attr("checked"):
                        self.data.appendlist(name, element.get("value", "on"))
                    continue
                self.data.appendlist(name, element.get("value", ""))

    def _read_streams(self):
        """StreamFields are drawn by JavaScript from their value; an empty one posts a count of 0."""
        self.streams = {}
        for container in self.form.select("[data-controller~=w-block][data-block]"):
            name = container["id"]
            value = json.loads(container.get("data-w-block-arguments-value", "[[]]"))[0]
            self.streams[name] = value or []
            if not value:
                self.data[f"{name}-count"] = "0"

    @property
    def field_names(self):
        return set(self.data)

    def template_fields(self, prefix):
        """The field names of a new row of the inline formset `prefix`, from its template."""
        names = []
        for element in self.soup.find_all(["input", "textarea", "select"]):
            name = element.get("name") or ""
            if name.startswith(f"{prefix}-__prefix__-"):
                names.append(name.removeprefix(f"{prefix}-__prefix__-"))
        return names

    # Changing

    def set(self, **values):
        """Sets fields; a list sets a multi-valued field (checkboxes), None removes the field."""
        for name, value in values.items():
            assert name in self.data or name in self.streams or self._in_form(name), (
                f"{name} is not in the form at {self.url}"
            )
            if value is None:
                self.data.pop(name, None)
            elif isinstance(value, list | tuple):
                self.data.setlist(name, [str(item) for item in value])
            elif isinstance(value, bool):
                if value:
                    self.data[name] = "on"
                else:
                    self.data.pop(name, None)
            else:
                self.data[name] = str(value)
        return self

    def _in_form(self, name):
        # Unchecked boxes and empty multiple selects are in the form but not in its data.
        return self.form.find(["input", "select", "textarea"], attrs={"name": name}) is not None

    def choose_related(self, name, query):
        """Adds the first page the related-pages search finds for `query`, as its script does."""
        widget = self.form.find(attrs={"data-name": name, "data-search-url": True})
        assert widget is not None, f"no related-pages search for {name} at {self.url}"
        response = self.client.get(widget["data-search-url"], {"q": query})
        results = json.loads(response.content)["results"]
        assert results, f"the search for {query!r} found nothing"
        self.data.appendlist(name, str(results[0]["id"]))
        return results[0]

    def add_row(self, prefix, **values):
        """Adds a row to an inline formset, as "Add" in the editor does, with the template's fields."""
        index = int(self.data[f"{prefix}-TOTAL_FORMS"])
        fields = self.template_fields(prefix)
        assert fields, f"no inline formset {prefix} in the form at {self.url}"
        for field in fields:
            self.data[f"{prefix}-{index}-{field}"] = ""
        self.data[f"{prefix}-{index}-ORDER"] = str(index + 1)
        for field, value in values.items():
            assert field in fields, f"{prefix} rows have no field {field} ({fields})"
            self.data[f"{prefix}-{index}-{field}"] = str(value)
        self.data[f"{prefix}-TOTAL_FORMS"] = str(index + 1)
        return self

    # Posting

    def _payload(self, data=None):
        # The test client sends a QueryDict's last value only: every value of each field, as lists.
        return dict((data if data is not None else self.data).lists())

    def post(self, action=None, *, workflow_action=None, follow=False, **headers):
        """Posts the form with the button an editor clicks: None (save draft), "publish", "submit"."""
        data = self.data.copy()
        if action:
            data[f"action-{action}"] = f"action-{action}"
        if workflow_action:
            # What Wagtail's workflow-action.js adds to the form before it submits it.
            data["action-workflow-action"] = "true"
            data["workflow-action-name"] = workflow_action
        return self.client.post(self.url, self._payload(data), follow=follow, **headers)

    def autosave(self):
        """Posts the form as Wagtail 8's autosave does: the same fields, JSON expected."""
        return self.client.post(self.url, self._payload(), headers={"Accept": "application/json"})

    def preview(self, *modes):
        """Sends the form to the preview panel once; the previews in `modes` (languages) by mode."""
        preview_url = self.form["action"].split("?")[0] + "preview/"
        response = self.client.post(preview_url, self._payload())
        assert response.status_code == 200, response.content[:500]
        assert json.loads(response.content)["is_valid"], json.loads(response.content)
        return {mode: self.client.get(f"{preview_url}?mode={mode}") for mode in modes}

    def errors(self, response):
        """The field errors the admin shows after an invalid post, for assertion messages."""
        soup = BeautifulSoup(response.content, "html.parser")
        return [error.get_text(" ", strip=True) for error in soup.select(".error-message, .help-critical")]
