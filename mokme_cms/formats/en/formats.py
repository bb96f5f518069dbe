"""Dates and times as readers of English in Germany write them; Django adds its own en formats."""

# Thu 3 December 2026 · 14:00–16:00: British order, and the 24-hour clock of the signs around
DATE_FORMAT = "j F Y"
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "j F Y, H:i"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j F"
SHORT_DATE_FORMAT = "d/m/Y"
SHORT_DATETIME_FORMAT = "d/m/Y, H:i"
WEEKDAY_DATE_FORMAT = "D j F Y"
LIST_SEPARATOR = ", "
FIRST_DAY_OF_WEEK = 1  # Monday, as every calendar in Germany
