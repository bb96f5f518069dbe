"""Bad input found by the fuzz tests: a clear 400 instead of the error page."""

import pytest


@pytest.mark.parametrize("page", ["²", "①", "¹²"])
def test_a_superscript_or_circled_page_number_is_refused_clearly(client, home_page, page):
    # str.isdigit() accepts these, int() does not: this was a 500.
    response = client.get("/de/suche/", {"q": "Verein", "page": page})
    assert response.status_code == 400
    assert "Die Seitenzahl muss eine positive ganze Zahl sein." in response.content.decode()


def test_a_plain_page_number_still_works(client, home_page):
    assert client.get("/de/suche/", {"q": "Verein", "page": "1"}).status_code == 200
