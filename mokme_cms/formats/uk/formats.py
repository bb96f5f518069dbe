"""Dates and times as readers of Ukrainian in Germany write them; Django adds its own uk formats."""

# Чт, 3 грудня 2026 р. · 14:00–16:00
DATE_FORMAT = "j E Y р."
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "j E Y р., H:i"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j E"
SHORT_DATE_FORMAT = "d.m.Y"
SHORT_DATETIME_FORMAT = "d.m.Y, H:i"
WEEKDAY_DATE_FORMAT = "D, j E Y р."
LIST_SEPARATOR = ", "
FIRST_DAY_OF_WEEK = 1  # Monday, as every calendar in Germany
