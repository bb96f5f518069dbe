"""Dates and times as readers of Greek in Germany write them; Django adds its own el formats."""

# Πέμ 3 Δεκεμβρίου 2026 · 14:00–16:00: the genitive month and the 24-hour clock
DATE_FORMAT = "j E Y"
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "j E Y, H:i"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j E"
SHORT_DATE_FORMAT = "d/m/Y"
SHORT_DATETIME_FORMAT = "d/m/Y, H:i"
WEEKDAY_DATE_FORMAT = "D j E Y"
LIST_SEPARATOR = ", "
FIRST_DAY_OF_WEEK = 1  # Monday, as every calendar in Germany
