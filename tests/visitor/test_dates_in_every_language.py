"""Every portal language shows an event's date and the month grid as its readers in Germany write them."""

import pytest
import time_machine
from bs4 import BeautifulSoup

from django.utils import translation

from tests.factories import EventPageFactory, berlin

NOW = "2026-11-26 10:00 +0100"

# Thursday, 3 December 2026, 14:00 to 16:00; the 24-hour clock everywhere, weekday and month
# names in the language, the Arabic comma in Arabic and Persian.
WHEN = {
    "de": "Do, 3. Dezember 2026, 14:00–16:00",
    "en": "Thu 3 December 2026, 14:00–16:00",
    "tr": "3 Aralık 2026 Perşembe, 14:00–16:00",
    "ar": "الخميس، 3 ديسمبر 2026، 14:00–16:00",
    "fa": "پنجشنبه 3 دسامبر 2026، 14:00–16:00",
    "pl": "Czwartek, 3 grudnia 2026, 14:00–16:00",
    "ru": "Чт, 3 декабря 2026 г., 14:00–16:00",
    "uk": "Чт, 3 грудня 2026 р., 14:00–16:00",
    "el": "Πέμ 3 Δεκεμβρίου 2026, 14:00–16:00",
    "it": "Giovedì 3 dicembre 2026, 14:00–16:00",
    "kmr": "Pêncşem, 3 Kanûn 2026, 14:00–16:00",
}
ALL_DAY = {
    "de": "Sa, 5. Dezember 2026, ganztägig",
    "ar": "السبت، 5 ديسمبر 2026، طوال اليوم",
    "kmr": "Şemî, 5 Kanûn 2026, tevahiya rojê",
}
MONTH = {
    "de": ("Dezember 2026", "Mo Di Mi Do Fr Sa So"),
    "en": ("December 2026", "Mon Tue Wed Thu Fri Sat Sun"),
    "ar": ("ديسمبر 2026", "إثنين ثلاثاء أربعاء خميس جمعة سبت أحد"),
    "it": ("Dicembre 2026", "Lun Mar Mer Gio Ven Sab Dom"),
    "ru": ("Декабрь 2026", "Пн Вт Ср Чт Пт Сб Вс"),
    "kmr": ("Kanûn 2026", "Dş Sş Çş Pş În Şm Yş"),
}


@pytest.fixture
def events(calendar_page):
    with time_machine.travel(NOW, tick=False):
        meeting = EventPageFactory(
            parent=calendar_page,
            title="Elternabend",
            start=berlin(2026, 12, 3, 14),
            end=berlin(2026, 12, 3, 16),
        )
        fair = EventPageFactory(
            parent=calendar_page,
            title="Basar",
            start=berlin(2026, 12, 5, 0),
            end=berlin(2026, 12, 5, 23, 59),
            all_day=True,
        )
    return meeting, fair


def soup_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def url_in(language, page):
    with translation.override(language):
        return page.url


@time_machine.travel(NOW, tick=False)
@pytest.mark.parametrize("language", list(WHEN))
def test_event_date_reads_as_in_the_language(client, events, language):
    meeting, _fair = events
    soup = soup_of(client, url_in(language, meeting))
    shown = [time.get_text(strip=True) for time in soup.select("main time")]
    assert WHEN[language] in shown


@time_machine.travel(NOW, tick=False)
@pytest.mark.parametrize("language", list(ALL_DAY))
def test_all_day_event(client, events, language):
    _meeting, fair = events
    soup = soup_of(client, url_in(language, fair))
    assert ALL_DAY[language] in [time.get_text(strip=True) for time in soup.select("main time")]


@time_machine.travel(NOW, tick=False)
@pytest.mark.parametrize("language", list(MONTH))
def test_month_grid_names_month_and_weekdays_in_the_language(client, events, calendar_page, language):
    soup = soup_of(client, f"{url_in(language, calendar_page)}2026/12/")
    table = soup.select_one("table.month-grid")
    caption, weekdays = MONTH[language]
    assert table.caption.get_text(strip=True) == caption
    assert " ".join(th.get_text(strip=True) for th in table.select("thead th")) == weekdays
    cell = table.find("a", class_="day-number", string="3").find_parent("td")
    assert "14:00 Elternabend" in cell.get_text(" ", strip=True)
