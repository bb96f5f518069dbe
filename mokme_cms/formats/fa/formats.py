"""Dates and times as readers of Persian in Germany write them; Django adds its own fa formats."""

# پنجشنبه 3 دسامبر 2026 · 14:00–16:00
DATE_FORMAT = "j F Y"
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "j F Y، H:i"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j F"
SHORT_DATE_FORMAT = "Y/n/j"
SHORT_DATETIME_FORMAT = "Y/n/j، H:i"
WEEKDAY_DATE_FORMAT = "l j F Y"
LIST_SEPARATOR = "، "
FIRST_DAY_OF_WEEK = 1  # Monday, as every calendar in Germany
