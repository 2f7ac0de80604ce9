"""The dashboard's SVG charts, laid out on the server (charts.py)."""

import datetime

import pytest

from plenaria.common.charts import nice_ticks
from plenaria.helpdesk.charts import format_duration, weekly_stacked_chart

pytestmark = [pytest.mark.unit]

WEEKS = [datetime.date(2001, 11, 26), datetime.date(2001, 12, 3), datetime.date(2001, 12, 10)]
SERIES = [("registration", "Registration"), ("visa_travel", "Visa and travel"), ("programme", "Programme")]


@pytest.mark.parametrize(
    ("maximum", "ticks"),
    [
        (0, [0, 1]),
        (3, [0, 1, 2, 3]),
        (7, [0, 2, 4, 6, 8]),
        (38, [0, 10, 20, 30, 40]),
        (420, [0, 200, 400, 600]),
    ],
)
def test_nice_ticks_are_round_and_reach_the_maximum(maximum, ticks):
    assert nice_ticks(maximum) == ticks


def test_weekly_stacked_chart_stacks_each_weeks_series_in_proportion():
    counts = {(WEEKS[0], "registration"): 2, (WEEKS[0], "visa_travel"): 2, (WEEKS[2], "registration"): 1}

    chart = weekly_stacked_chart(chart_id="c", title="T", weeks=WEEKS, series=SERIES, counts=counts)

    first, second, third = chart.columns
    assert [segment.height for segment in first.segments] == [
        pytest.approx(2 * third.segments[0].height),
        pytest.approx(2 * third.segments[0].height),
    ]
    assert first.segments[1].y + first.segments[1].height == pytest.approx(first.segments[0].y)  # stacked
    assert second.segments == []
    assert [entry.label for entry in chart.legend] == [
        "Registration",
        "Visa and travel",
    ]  # nothing in programme
    assert [(row.values, row.total) for row in chart.table_rows] == [([2, 2], 4), ([0, 0], 0), ([1, 0], 1)]
    assert (first.month_label, second.month_label, third.month_label) == ("Nov", "Dec", "")


def test_weekly_stacked_chart_describes_itself_in_words():
    counts = {(WEEKS[0], "registration"): 2, (WEEKS[0], "visa_travel"): 3, (WEEKS[2], "registration"): 1}

    chart = weekly_stacked_chart(chart_id="c", title="T", weeks=WEEKS, series=SERIES, counts=counts)

    assert chart.description == (
        "From the week of 26 November 2001 to the week of 10 December 2001: 6 inquiries. "
        "Busiest: the week of 26 November 2001 (5). Registration 3, Visa and travel 3."
    )
    assert chart.columns[0].segments[1].label == "Week of 26 November 2001 – Visa and travel: 3"


def test_weekly_stacked_chart_without_inquiries_is_empty():
    chart = weekly_stacked_chart(chart_id="c", title="T", weeks=WEEKS, series=SERIES, counts={})

    assert chart.is_empty
    assert chart.legend == []


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (None, "–"),
        (datetime.timedelta(minutes=40, seconds=20), "40 min"),
        (datetime.timedelta(hours=5), "5 h"),
        (datetime.timedelta(hours=5, minutes=36), "5 h 36 min"),
        (datetime.timedelta(days=1, hours=21, minutes=36), "45 h 36 min"),
        (datetime.timedelta(days=4, hours=9, minutes=36), "4 days 10 h"),
    ],
)
def test_format_duration(value, text):
    assert format_duration(value) == text
