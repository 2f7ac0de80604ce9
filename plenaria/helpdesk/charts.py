"""Charts of the desk's dashboard, drawn as SVG on the server: no JavaScript, no chart library, no CDN; and the
dashboard's other figures as the page shows them (`lay_out_dashboard`).

This module only lays the chart out (positions and sizes in the SVG's own units, and the texts that describe it);
`helpdesk/manage/desk/_chart.html` writes the SVG. Colours come from classes (`series-0`…) in desk.css, never
from inline styles, so the strict Content-Security-Policy holds. Each chart says in words what it shows (its
`<title>` and `<desc>`, read by screen readers) and has its numbers in a table under it.
"""

import datetime
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from django.conf import settings
from django.utils import formats
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from plenaria.common.charts import Tick, nice_ticks

from .enums import InquiryTopic, RequesterType
from .selectors_dashboard import RECENT_DAYS, Dashboard, Durations

WIDTH, HEIGHT = 640, 250
LEFT, RIGHT, TOP, BOTTOM = 44, 8, 12, 46  # margins: the y axis's labels on the left, the weeks under the bars
BAR_SHARE = 0.64  # of each week's slot
SERIES_COLOURS = 8  # series-0 … series-7 in desk.css


@dataclass(frozen=True)
class Segment:
    x: float
    y: float
    width: float
    height: float
    css_class: str
    label: str  # "Week of 8 October 2001 – Visa and travel: 12"


@dataclass(frozen=True)
class Column:
    x_centre: float
    day_label: str
    month_label: str  # only under the first week and where a month begins
    segments: list[Segment]
    total: int


@dataclass(frozen=True)
class LegendEntry:
    css_class: str
    label: str


@dataclass(frozen=True)
class TableRow:
    label: str
    values: list[int]
    total: int


@dataclass(frozen=True)
class StackedBarChart:
    chart_id: str
    title: str
    description: str
    columns: list[Column]
    ticks: list[Tick]
    legend: list[LegendEntry]
    table_headers: list[str]  # the series, in the table's column order
    table_rows: list[TableRow]
    total: int
    width: int = WIDTH
    height: int = HEIGHT
    plot_left: int = LEFT
    plot_right: int = WIDTH - RIGHT
    plot_bottom: int = HEIGHT - BOTTOM

    @property
    def is_empty(self) -> bool:
        return self.total == 0


def weekly_stacked_chart(
    *,
    chart_id: str,
    title: str,
    weeks: Sequence[datetime.date],
    series: Sequence[tuple[str, str]],
    counts: Mapping[tuple[datetime.date, str], int],
) -> StackedBarChart:
    """One column per week, stacked by series (e.g. topics); series that have nothing in the period are left out.

    `series` is [(key, label)] in stacking order (bottom first); `counts` maps (Monday, key) to a number."""
    shown = [(key, label) for key, label in series if any(counts.get((week, key), 0) for week in weeks)]
    classes = {key: f"series-{index % SERIES_COLOURS}" for index, (key, _label) in enumerate(series)}
    totals = [sum(counts.get((week, key), 0) for key, _label in shown) for week in weeks]
    ticks = nice_ticks(max(totals, default=0))
    scale = (HEIGHT - BOTTOM - TOP) / ticks[-1]
    slot = (WIDTH - LEFT - RIGHT) / max(len(weeks), 1)
    columns = []
    for index, week in enumerate(weeks):
        x = LEFT + slot * index + slot * (1 - BAR_SHARE) / 2
        base = HEIGHT - BOTTOM
        segments = []
        for key, label in shown:
            value = counts.get((week, key), 0)
            if value:
                height = value * scale
                base -= height
                segments.append(
                    Segment(
                        x, base, slot * BAR_SHARE, height, classes[key], _segment_label(week, label, value)
                    )
                )
        previous = weeks[index - 1] if index else None
        columns.append(
            Column(
                x_centre=x + slot * BAR_SHARE / 2,
                day_label=str(week.day),
                month_label=formats.date_format(week, "M")
                if previous is None or previous.month != week.month
                else "",
                segments=segments,
                total=totals[index],
            )
        )
    return StackedBarChart(
        chart_id=chart_id,
        title=title,
        description=_describe(weeks, shown, counts, totals),
        columns=columns,
        ticks=[Tick(HEIGHT - BOTTOM - value * scale, formats.number_format(value)) for value in ticks],
        legend=[LegendEntry(classes[key], label) for key, label in shown],
        table_headers=[label for _key, label in shown],
        table_rows=[
            TableRow(_week_label(week), [counts.get((week, key), 0) for key, _label in shown], totals[index])
            for index, week in enumerate(weeks)
        ],
        total=sum(totals),
    )


def _week_label(week: datetime.date) -> str:
    return _("Week of {date}").format(date=formats.date_format(week, "DATE_FORMAT"))


def _segment_label(week: datetime.date, label: str, value: int) -> str:
    return _("{week} – {series}: {count}").format(
        week=_week_label(week), series=label, count=formats.number_format(value)
    )


def _describe(weeks, shown, counts, totals) -> str:
    """The chart in words: the period, the total, the busiest week and the share of each series."""
    if not weeks:
        return ""
    period = _("From the week of {start} to the week of {end}").format(
        start=formats.date_format(weeks[0], "DATE_FORMAT"), end=formats.date_format(weeks[-1], "DATE_FORMAT")
    )
    total = sum(totals)
    if not total:
        return _("{period}: no inquiry.").format(period=period)
    busiest = max(range(len(weeks)), key=lambda index: (totals[index], index))
    totals_by_series = [(sum(counts.get((week, key), 0) for week in weeks), label) for key, label in shown]
    # The largest first; on a tie, in the series' own order.
    by_series = [
        pair for _index, pair in sorted(enumerate(totals_by_series), key=lambda item: (-item[1][0], item[0]))
    ]
    parts = ", ".join(
        _("{series} {count}").format(series=label, count=formats.number_format(count))
        for count, label in by_series
    )
    return " ".join(
        [
            ngettext("{period}: {count} inquiry.", "{period}: {count} inquiries.", total).format(
                period=period, count=formats.number_format(total)
            ),
            _("Busiest: the week of {week} ({count}).").format(
                week=formats.date_format(weeks[busiest], "DATE_FORMAT"),
                count=formats.number_format(totals[busiest]),
            ),
            parts + ".",
        ]
    )


def format_duration(value: datetime.timedelta | None) -> str:
    """A time to answer, rounded to what a reader needs: "40 min", "5 h 20 min", "3 days 4 h"."""
    if value is None:
        return "–"
    minutes = max(round(value.total_seconds() / 60), 0)
    if minutes < 60:
        return _("{minutes} min").format(minutes=minutes)
    hours, rest = divmod(minutes, 60)
    if hours < 48:
        if not rest:
            return _("{hours} h").format(hours=hours)
        return _("{hours} h {minutes} min").format(hours=hours, minutes=rest)
    days, hours = divmod(round(minutes / 60), 24)  # beyond two days, minutes say nothing: to the nearest hour
    return ngettext("{days} day {hours} h", "{days} days {hours} h", days).format(days=days, hours=hours)


@dataclass(frozen=True)
class TimeRow:
    label: str
    recent_count: int
    recent_median: str
    recent_p90: str
    all_count: int
    all_median: str
    all_p90: str


def _time_row(label: str, recent: Durations, alltime: Durations) -> TimeRow:
    show = format_duration
    return TimeRow(
        label,
        recent.count,
        show(recent.median),
        show(recent.p90),
        alltime.count,
        show(alltime.median),
        show(alltime.p90),
    )


def lay_out_dashboard(dashboard: Dashboard) -> dict:
    """The dashboard's figures as the page shows them: times in words, charts laid out, labels translated."""
    times = dashboard.times
    topics, requester_types = dict(InquiryTopic.choices), dict(RequesterType.choices)
    return {
        "time_rows": [
            _time_row(_("First answer"), times.first_answer_recent, times.first_answer_all),
            _time_row(_("Resolution (until closed)"), times.resolution_recent, times.resolution_all),
        ],
        "recent_days": RECENT_DAYS,
        "charts": [
            weekly_stacked_chart(
                chart_id="volume-topic",
                title=_("Inquiries per week, by topic"),
                weeks=dashboard.weeks,
                series=InquiryTopic.choices,
                counts=dashboard.by_topic,
            ),
            weekly_stacked_chart(
                chart_id="volume-language",
                title=_("Inquiries per week, by language"),
                weeks=dashboard.weeks,
                series=settings.LANGUAGES,
                counts=dashboard.by_language,
            ),
        ],
        "pairs": [
            (requester_types.get(pair.requester_type), topics.get(pair.topic), pair.count)
            for pair in dashboard.pairs
        ],
    }
