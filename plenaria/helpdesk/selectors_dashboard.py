"""Figures of the desk's dashboard: the open backlog, first-answer and resolution times, the volume per week by
topic and by language, and the questions that keep coming back.

Every figure is counted by the database (aggregates, GROUP BY): the number of queries and the memory used do not
grow with the number of inquiries. Only the percentiles of the times are worked out here on SQLite, from the
durations of the selected queue (PostgreSQL computes them itself), and only the subjects of the period shown,
newest first and at most `MAX_SUBJECTS`, are cut into words.
"""

import datetime
import zoneinfo
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from django.db import connection
from django.db.models import (
    Aggregate,
    Case,
    Count,
    DurationField,
    F,
    FloatField,
    Func,
    Max,
    Q,
    QuerySet,
    Value,
    When,
)
from django.db.models.functions import TruncWeek
from django.utils import timezone

from plenaria.congresses.models import Congress, StaffTeam

from .enums import InquiryStatus
from .models import FaqEntry, Inquiry
from .selectors_public import search_terms

RECENT_DAYS = 30
WEEKS_SHOWN = 12
MAX_SUBJECTS = 2000
TOP_PAIRS = 8
TOP_TERMS = 10
OPEN_STATUSES = (InquiryStatus.NEW, InquiryStatus.OPEN, InquiryStatus.WAITING)


@dataclass(frozen=True)
class Backlog:
    new: int
    open: int
    waiting: int
    overdue: int  # no answer yet, older than the first-answer target

    @property
    def total(self) -> int:
        return self.new + self.open + self.waiting


@dataclass(frozen=True)
class Durations:
    count: int
    median: datetime.timedelta | None
    p90: datetime.timedelta | None


@dataclass(frozen=True)
class ResponseTimes:
    first_answer_recent: Durations
    first_answer_all: Durations
    resolution_recent: Durations
    resolution_all: Durations


@dataclass(frozen=True)
class PairCount:
    requester_type: str
    topic: str
    count: int


@dataclass(frozen=True)
class RecurringTerm:
    term: str
    count: int  # inquiries whose subject has the word
    faq_entries: list[FaqEntry]  # the entries whose keywords or question have it


@dataclass(frozen=True)
class Dashboard:
    first_response_hours: int
    backlog: Backlog
    times: ResponseTimes
    weeks: list[datetime.date]  # the Mondays of the period shown, oldest first
    by_topic: dict[tuple[datetime.date, str], int]
    by_language: dict[tuple[datetime.date, str], int]
    pairs: list[PairCount]
    terms: list[RecurringTerm]


def inquiries_in_scope(*, congress: Congress, team: StaffTeam | None) -> QuerySet[Inquiry]:
    """The inquiries one queue holds, or (`team=None`) all of the congress, unrouted ones included."""
    inquiries = Inquiry.objects.filter(congress=congress)
    return inquiries if team is None else inquiries.filter(team=team)


def desk_dashboard(
    *,
    congress: Congress,
    team: StaffTeam | None,
    first_response_hours: int,
    now: datetime.datetime | None = None,
) -> Dashboard:
    """Everything the dashboard shows for one queue (or all), as of `now`."""
    now = now or timezone.now()
    inquiries = inquiries_in_scope(congress=congress, team=team)
    backlog, last_asked_at = backlog_of(inquiries, now=now, first_response_hours=first_response_hours)
    tz = zoneinfo.ZoneInfo(congress.time_zone)
    weeks = weeks_ending(timezone.localtime(last_asked_at or now, tz).date())
    period = inquiries.filter(created_at__gte=datetime.datetime.combine(weeks[0], datetime.time(), tzinfo=tz))
    breakdown = weekly_breakdown(period, tz=tz)
    return Dashboard(
        first_response_hours=first_response_hours,
        backlog=backlog,
        times=response_times(inquiries, since=now - datetime.timedelta(days=RECENT_DAYS)),
        weeks=weeks,
        by_topic=breakdown.by_topic,
        by_language=breakdown.by_language,
        pairs=breakdown.pairs(),
        terms=recurring_terms(period, faq_entries=FaqEntry.objects.filter(congress=congress)),
    )


def backlog_of(
    inquiries: QuerySet[Inquiry], *, now: datetime.datetime, first_response_hours: int
) -> tuple[Backlog, datetime.datetime | None]:
    """The open inquiries by status, how many wait too long for a first answer, and when the last was asked."""
    deadline = now - datetime.timedelta(hours=first_response_hours)
    figures = inquiries.aggregate(
        new=Count("pk", filter=Q(status=InquiryStatus.NEW)),
        open=Count("pk", filter=Q(status=InquiryStatus.OPEN)),
        waiting=Count("pk", filter=Q(status=InquiryStatus.WAITING)),
        overdue=Count(
            "pk",
            filter=Q(status__in=OPEN_STATUSES, first_response_at__isnull=True, created_at__lt=deadline),
        ),
        last_asked_at=Max("created_at"),
    )
    last_asked_at = figures.pop("last_asked_at")
    return Backlog(**figures), last_asked_at


def weeks_ending(last_day: datetime.date, count: int = WEEKS_SHOWN) -> list[datetime.date]:
    """The Mondays of the `count` weeks that end with the week of `last_day`."""
    last_monday = last_day - datetime.timedelta(days=last_day.weekday())
    return [last_monday - datetime.timedelta(weeks=count - 1 - index) for index in range(count)]


@dataclass(frozen=True)
class WeeklyBreakdown:
    by_topic: dict[tuple[datetime.date, str], int]
    by_language: dict[tuple[datetime.date, str], int]
    by_pair: Counter  # (requester type, topic) -> count

    def pairs(self, limit: int = TOP_PAIRS) -> list[PairCount]:
        """The commonest (who asks, topic) pairs: where an FAQ entry or a canned answer saves the most work."""
        ranked = sorted(self.by_pair.items(), key=lambda item: (-item[1], item[0]))[:limit]
        return [PairCount(requester_type, topic, count) for (requester_type, topic), count in ranked]


def weekly_breakdown(inquiries: QuerySet[Inquiry], *, tz) -> WeeklyBreakdown:
    """The inquiries asked per week (in the congress's time zone) by topic, by language, and by (who asks, topic).

    One GROUP BY over the period gives them all: at most weeks × topics × languages × requester types rows,
    however many inquiries there are, added up here."""
    rows = (
        inquiries.annotate(week=TruncWeek("created_at", tzinfo=tz))
        .values_list("week", "topic", "language", "requester_type")
        .annotate(count=Count("pk"))
        .order_by()
    )
    by_topic, by_language, by_pair = Counter(), Counter(), Counter()
    for week, topic, language, requester_type, count in rows:
        week = _as_date(week, tz)
        by_topic[(week, topic)] += count
        by_language[(week, language)] += count
        by_pair[(requester_type, topic)] += count
    return WeeklyBreakdown(dict(by_topic), dict(by_language), by_pair)


def _as_date(week, tz) -> datetime.date:
    return timezone.localtime(week, tz).date() if isinstance(week, datetime.datetime) else week


def recurring_terms(
    inquiries: QuerySet[Inquiry], *, faq_entries: Iterable[FaqEntry], limit: int = TOP_TERMS
) -> list[RecurringTerm]:
    """The words (Japanese and Chinese: character pairs) that most subjects share, each with the FAQ entries that
    already answer it, so that the desk sees which recurring questions still lack an entry."""
    subjects = inquiries.order_by("-created_at").values_list("subject", flat=True)[:MAX_SUBJECTS]
    counts = Counter(term for subject in subjects for term in search_terms(subject))
    top = [(term, count) for term, count in counts.most_common() if count > 1][:limit]
    entries = [
        (entry, _faq_terms(entry)) for entry in faq_entries
    ]  # read even when unused: a steady query count
    return [
        RecurringTerm(term, count, [entry for entry, terms in entries if _covers(terms, term)])
        for term, count in top
    ]


def _faq_terms(entry: FaqEntry) -> frozenset[str]:
    data = entry.question.data if isinstance(entry.question.data, dict) else {"": str(entry.question)}
    return search_terms(" ".join([entry.keywords.replace(",", " "), *(text or "" for text in data.values())]))


def _covers(terms: frozenset[str], term: str) -> bool:
    # "visa" is covered by an entry about "visas", and "registr" typed short by "registration".
    return term in terms or any(
        len(term) >= 4 and (other.startswith(term) or term.startswith(other))
        for other in terms
        if len(other) >= 4
    )


# --- Response times ---------------------------------------------------------------------------------------------


class PercentileCont(Aggregate):
    """PostgreSQL's continuous percentile of an ordered set (e.g. a median of intervals)."""

    function = "PERCENTILE_CONT"
    template = "%(function)s(%(fraction)s) WITHIN GROUP (ORDER BY %(expressions)s)"
    allow_distinct = False

    def __init__(self, expression, *, fraction: float, **extra):
        super().__init__(expression, fraction=f"{float(fraction):.4f}", output_field=DurationField(), **extra)


def _first_answer(inquiries):
    return inquiries.filter(first_response_at__isnull=False)


def _resolved(inquiries):
    # Merged duplicates and inquiries handed to the safeguarding officers were closed, not resolved, here.
    return inquiries.filter(
        status=InquiryStatus.CLOSED, merged_into__isnull=True, moved_to_concern__isnull=True
    )


def response_times(inquiries: QuerySet[Inquiry], *, since: datetime.datetime) -> ResponseTimes:
    """Median and 90th percentile of the time to the first answer (over the answered inquiries) and to the
    closing (over the resolved ones), for those answered or closed `since`, and for all time."""
    if connection.vendor == "postgresql":
        return _response_times_in_database(inquiries, since=since)
    first = _durations(_first_answer(inquiries), end="first_response_at", since=since)
    resolution = _durations(_resolved(inquiries), end="closed_at", since=since)
    return ResponseTimes(*first, *resolution)


class SecondsBetween(Func):
    """The seconds from the `start` field to the `end` field, as a number: on SQLite by julianday arithmetic, which
    runs in C (a Django duration would convert every row in Python)."""

    template = "EXTRACT(EPOCH FROM (%(expressions)s))"
    arg_joiner = " - "
    output_field = FloatField()

    def __init__(self, end: str, start: str):
        super().__init__(F(end), F(start))

    def as_sqlite(self, compiler, connection, **extra_context):
        return self.as_sql(
            compiler,
            connection,
            template="((julianday(%(expressions)s)) * 86400.0)",
            arg_joiner=") - julianday(",
            **extra_context,
        )


def _durations(inquiries, *, end: str, since) -> tuple[Durations, Durations]:
    rows = list(
        inquiries.annotate(
            seconds=SecondsBetween(end, "created_at"),
            is_recent=Case(When(**{f"{end}__gte": since}, then=Value(1)), default=Value(0)),
        )
        .order_by("seconds")
        .values_list("seconds", "is_recent")
    )
    recent = [round(seconds, 3) for seconds, is_recent in rows if is_recent]
    return _summary(recent), _summary([round(seconds, 3) for seconds, _is_recent in rows])


def _summary(sorted_seconds: list[float]) -> Durations:
    count = len(sorted_seconds)
    if not count:
        return Durations(0, None, None)
    median, p90 = _percentile(sorted_seconds, 0.5), _percentile(sorted_seconds, 0.9)
    return Durations(count, datetime.timedelta(seconds=median), datetime.timedelta(seconds=p90))


def _percentile(sorted_values: list[float], fraction: float) -> float:
    """Linear interpolation between the closest ranks: PostgreSQL's `percentile_cont`, so both agree."""
    position = (len(sorted_values) - 1) * fraction
    low = int(position)
    high = min(low + 1, len(sorted_values) - 1)
    return sorted_values[low] + (sorted_values[high] - sorted_values[low]) * (position - low)


def _response_times_in_database(inquiries, *, since) -> ResponseTimes:
    first_answer = F("first_response_at") - F("created_at")
    resolution = F("closed_at") - F("created_at")
    answered = Q(first_response_at__isnull=False)
    resolved = Q(status=InquiryStatus.CLOSED, merged_into__isnull=True, moved_to_concern__isnull=True)
    windows = {
        "first_answer_recent": (first_answer, answered & Q(first_response_at__gte=since)),
        "first_answer_all": (first_answer, answered),
        "resolution_recent": (resolution, resolved & Q(closed_at__gte=since)),
        "resolution_all": (resolution, resolved),
    }
    aggregates = {}
    for name, (duration, condition) in windows.items():
        aggregates[f"{name}_count"] = Count("pk", filter=condition)
        aggregates[f"{name}_median"] = PercentileCont(duration, fraction=0.5, filter=condition)
        aggregates[f"{name}_p90"] = PercentileCont(duration, fraction=0.9, filter=condition)
    figures = inquiries.aggregate(**aggregates)
    return ResponseTimes(
        *(
            Durations(figures[f"{name}_count"], figures[f"{name}_median"], figures[f"{name}_p90"])
            for name in windows
        )
    )
