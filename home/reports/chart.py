"""Views over time as an SVG bar chart, drawn on the server: no script, nothing from elsewhere.

One row of bars per language on a shared scale (small multiples): each row is labelled with its
language, so no colour has to be told apart, and every bar names its bucket and number in a
<title> that screen readers and a mouse pointer read. The report prints the same numbers in a
table below the chart.
"""

from dataclasses import dataclass

WIDTH = 640
LABEL_WIDTH = 150
ROW_HEIGHT = 44
BAR_AREA = ROW_HEIGHT - 14  # room between rows
TOP = 28
AXIS_HEIGHT = 30


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    label: str  # the bucket, e.g. "23.11.2026"
    views: int


@dataclass(frozen=True)
class Row:
    name: str
    code: str
    total: int
    baseline: float
    label_y: float
    bars: list


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    label_width: int
    rows: list
    largest: int
    first_label: str
    last_label: str
    axis_y: float
    right: int


def bar_chart(series, buckets, bucket_label):
    """`series`: (code, name, {bucket: views}) per language; `buckets`: every bucket, oldest first."""
    largest = max((views for _, _, counts in series for views in counts.values()), default=0)
    plot_width = WIDTH - LABEL_WIDTH - 10
    step = plot_width / max(len(buckets), 1)
    bar_width = max(step * 0.8, 1)
    rows = []
    for index, (code, name, counts) in enumerate(series):
        baseline = TOP + (index + 1) * ROW_HEIGHT - 6
        bars = []
        for position, bucket in enumerate(buckets):
            views = counts.get(bucket, 0)
            height = BAR_AREA * views / largest if largest else 0
            bars.append(
                Bar(
                    x=round(LABEL_WIDTH + position * step + (step - bar_width) / 2, 2),
                    y=round(baseline - height, 2),
                    width=round(bar_width, 2),
                    height=round(height, 2),
                    label=bucket_label(bucket),
                    views=views,
                )
            )
        rows.append(
            Row(
                name=name,
                code=code,
                total=sum(counts.values()),
                baseline=baseline,
                label_y=baseline - 4,
                bars=bars,
            )
        )
    axis_y = TOP + len(series) * ROW_HEIGHT + 18
    return Chart(
        width=WIDTH,
        height=int(axis_y + AXIS_HEIGHT - 10),
        label_width=LABEL_WIDTH,
        rows=rows,
        largest=largest,
        first_label=bucket_label(buckets[0]) if buckets else "",
        last_label=bucket_label(buckets[-1]) if buckets else "",
        axis_y=axis_y,
        right=WIDTH - 10,
    )
