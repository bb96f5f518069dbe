"""Dates and times as readers of Kurmancî in Germany write them; Django adds its own kmr formats."""

# Pêncşem, 3 Kanûn 2026 · 14:00–16:00 (month and weekday names: locale/ of this package)
DATE_FORMAT = "j F Y"
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "j F Y, H:i"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j F"
SHORT_DATE_FORMAT = "d.m.Y"
SHORT_DATETIME_FORMAT = "d.m.Y, H:i"
WEEKDAY_DATE_FORMAT = "l, j F Y"
LIST_SEPARATOR = ", "
FIRST_DAY_OF_WEEK = 1  # Monday, as every calendar in Germany

# Django has no Kurmancî: numbers and input formats as in German, as readers here write them.
DATE_INPUT_FORMATS = ["%d.%m.%Y", "%d.%m.%y", "%Y-%m-%d"]
DATETIME_INPUT_FORMATS = [
    "%d.%m.%Y %H:%M:%S",
    "%d.%m.%Y %H:%M",
    "%d.%m.%Y",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
]
DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "."
NUMBER_GROUPING = 3
