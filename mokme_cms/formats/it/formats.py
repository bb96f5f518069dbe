"""Dates and times as readers of Italian in Germany write them; Django adds its own it formats."""

# Giovedì 3 dicembre 2026 · 14:00–16:00 (month names lower case: locale/ of this package)
DATE_FORMAT = "j F Y"
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "j F Y, H:i"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j F"
SHORT_DATE_FORMAT = "d/m/Y"
SHORT_DATETIME_FORMAT = "d/m/Y, H:i"
WEEKDAY_DATE_FORMAT = "l j F Y"
LIST_SEPARATOR = ", "
FIRST_DAY_OF_WEEK = 1  # Monday, as every calendar in Germany
