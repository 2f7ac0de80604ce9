"""The bar chart of the admissions by hour, laid out on the server (positions in the SVG's own units, and the
words that describe it); `checkin/manage/_hourly_chart.html` writes the SVG. No JavaScript, no chart library;
colours come from classes in attendance.css (the strict Content-Security-Policy allows no inline style). The page
shows the same numbers in a table."""

from dataclasses import dataclass

from django.utils import formats
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from plenaria.common.charts import Tick, nice_ticks

from ..attendance import HourCount

WIDTH, HEIGHT = 720, 240
LEFT, RIGHT, TOP, BOTTOM = 44, 8, 12, 28  # margins: the counts on the left, the hours under the bars
BAR_SHARE = 0.7  # of each hour's slot
LABEL_EVERY = 3  # hours


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    x_centre: float
    hour_label: str  # under every third bar
    title: str  # "09:00–10:00: 42 admissions"


@dataclass(frozen=True)
class HourlyChart:
    title: str
    description: str
    bars: list[Bar]
    ticks: list[Tick]
    total: int
    width: int = WIDTH
    height: int = HEIGHT
    plot_left: int = LEFT
    plot_right: int = WIDTH - RIGHT
    plot_bottom: int = HEIGHT - BOTTOM

    @property
    def is_empty(self) -> bool:
        return self.total == 0


def _admissions(count: int) -> str:
    return ngettext("{count} admission", "{count} admissions", count).format(
        count=formats.number_format(count)
    )


def hourly_chart(*, title: str, hours: list[HourCount]) -> HourlyChart:
    ticks = nice_ticks(max((hour.admissions for hour in hours), default=0))
    scale = (HEIGHT - BOTTOM - TOP) / ticks[-1]
    slot = (WIDTH - LEFT - RIGHT) / max(len(hours), 1)
    bars = []
    for index, hour in enumerate(hours):
        height = hour.admissions * scale
        x = LEFT + slot * index + slot * (1 - BAR_SHARE) / 2
        bars.append(
            Bar(
                x=round(x, 2),
                y=round(HEIGHT - BOTTOM - height, 2),
                width=round(slot * BAR_SHARE, 2),
                height=round(height, 2),
                x_centre=round(x + slot * BAR_SHARE / 2, 2),
                hour_label=hour.label if hour.hour % LABEL_EVERY == 0 else "",
                title=_("{hour}: {admissions}").format(
                    hour=hour.label, admissions=_admissions(hour.admissions)
                ),
            )
        )
    total = sum(hour.admissions for hour in hours)
    return HourlyChart(
        title=title,
        description=_describe(hours, total),
        bars=bars,
        ticks=[
            Tick(round(HEIGHT - BOTTOM - value * scale, 2), formats.number_format(value)) for value in ticks
        ],
        total=total,
    )


def _describe(hours: list[HourCount], total: int) -> str:
    """What a sighted reader takes from the chart: the total and the busiest hour."""
    if not total:
        return _("No admission on this day.")
    busiest = max(hours, key=lambda hour: hour.admissions)
    return _("{total} in the day; the busiest hour was {hour}, with {count}.").format(
        total=_admissions(total), hour=busiest.label, count=_admissions(busiest.admissions)
    )
