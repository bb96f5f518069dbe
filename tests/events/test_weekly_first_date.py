"""A weekly series whose first date is not one of its weekdays is refused in the editor.

RFC 5545 makes DTSTART the first date whatever the rule says; the portal's own dates skip it.
Calendar apps and the portal would disagree whether that date exists.
"""

from bs4 import BeautifulSoup

from tests.factories import EventPageFactory, berlin


def edit_form_data(client, url):
    """What the editor's browser sends back for the form as shown."""
    soup = BeautifulSoup(client.get(url).content, "html.parser")
    form = soup.select_one("form#page-edit-form")
    data = {}
    for element in form.find_all(["input", "textarea", "select"]):
        name = element.get("name")
        if not name or element.get("type") in ("submit", "button", "file"):
            continue
        if element.name == "textarea":
            data[name] = element.text
        elif element.name == "select":
            chosen = element.find_all("option", selected=True) or element.find_all("option")[:1]
            data[name] = (
                [option.get("value", "") for option in chosen]
                if element.has_attr("multiple")
                else (chosen[0].get("value", "") if chosen else "")
            )
        elif element.get("type") in ("checkbox", "radio"):
            if element.has_attr("checked"):
                data.setdefault(name, []).append(element.get("value", "on"))
        else:
            data[name] = element.get("value", "")
    return data


def test_weekdays_that_miss_the_first_date_are_refused_and_nothing_typed_is_lost(admin_client, calendar_page):
    # 2027-03-02 is a Tuesday.
    event = EventPageFactory(
        parent=calendar_page, title="Sprachcafé", start=berlin(2027, 3, 2, 18), frequency="weekly", count=10
    )
    url = f"/admin/pages/{event.pk}/edit/"
    data = edit_form_data(admin_client, url)
    data.update({"weekdays": ["MO", "TH"], "teaser_de": "Neu: montags und donnerstags"})
    data.setdefault("body_de-count", "0")
    response = admin_client.post(url, data)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert (
        "not among the chosen weekdays" in soup.get_text()
        or "nicht unter den gewählten" in soup.get_text()
        or soup.select(".error-message, .w-field__errors")
    )
    assert "Neu: montags und donnerstags" in response.content.decode()
    event.refresh_from_db()
    assert event.weekdays == []
    # With the start's own weekday ticked too, the series is saved.
    data["weekdays"] = ["MO", "TU", "TH"]
    assert admin_client.post(url, data).status_code == 302
    event.refresh_from_db()
    assert event.get_latest_revision_as_object().weekdays == ["MO", "TU", "TH"]
