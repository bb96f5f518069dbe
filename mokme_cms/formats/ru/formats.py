"""Dates and times as readers of Russian in Germany write them; Django adds its own ru formats."""

# Чт, 3 декабря 2026 г. · 14:00–16:00
DATE_FORMAT = "j E Y г."
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "j E Y г., H:i"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j E"
SHORT_DATE_FORMAT = "d.m.Y"
SHORT_DATETIME_FORMAT = "d.m.Y, H:i"
WEEKDAY_DATE_FORMAT = "D, j E Y г."
LIST_SEPARATOR = ", "
FIRST_DAY_OF_WEEK = 1  # Monday, as every calendar in Germany
