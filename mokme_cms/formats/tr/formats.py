"""Dates and times as readers of Turkish in Germany write them; Django adds its own tr formats."""

# 3 Aralık 2026 Perşembe · 14:00–16:00
DATE_FORMAT = "j F Y"
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "j F Y, H:i"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j F"
SHORT_DATE_FORMAT = "d.m.Y"
SHORT_DATETIME_FORMAT = "d.m.Y, H:i"
WEEKDAY_DATE_FORMAT = "j F Y l"
LIST_SEPARATOR = ", "
FIRST_DAY_OF_WEEK = 1  # Monday, as every calendar in Germany
