"""Reads of the live attendance: who is in each zone, by zone and by category, and the admissions of a day hour by
hour, in the congress's time zone. Each is a fixed number of aggregate queries, whatever the number of scans.

Who is in a zone: for each person and zone, the last admitted scan of the day at the zone's checkpoints. A scan
going out after the last one going in means they left; a checkpoint that does not ask the direction counts
entries. Only the day's scans count, so nobody stays "in" overnight for want of a scan going out."""

import datetime
import zoneinfo
from collections import Counter, defaultdict
from dataclasses import dataclass

from django.db.models import Count, F, Max, Q
from django.db.models.functions import TruncHour
from django.utils import timezone

from plenaria.badges.models import AccessZone
from plenaria.common.i18n_content import localize
from plenaria.congresses.enums import EventKind
from plenaria.congresses.models import Congress
from plenaria.registration.disclosure import Audience, disclose
from plenaria.registration.models import Participant

from .enums import Direction, ScanOutcome
from .models import Scan

HOURS = range(24)


@dataclass(frozen=True)
class Window:
    """The scans that count: from the local midnight of `day` to `end` (now, on the day itself)."""

    day: datetime.date
    start: datetime.datetime
    end: datetime.datetime
    is_live: bool  # the day is today: "in now", and the page refreshes itself


def local_today(*, congress: Congress) -> datetime.date:
    return timezone.localtime(timezone.now(), zoneinfo.ZoneInfo(congress.time_zone)).date()


def _midnight(day: datetime.date, time_zone: zoneinfo.ZoneInfo) -> datetime.datetime:
    return datetime.datetime.combine(day, datetime.time.min, tzinfo=time_zone)


def window_for(*, congress: Congress, day: datetime.date) -> Window:
    time_zone = zoneinfo.ZoneInfo(congress.time_zone)
    start, end = _midnight(day, time_zone), _midnight(day + datetime.timedelta(days=1), time_zone)
    now = timezone.now()
    return Window(day=day, start=start, end=min(end, max(now, start)), is_live=start <= now < end)


def attendance_days(*, congress: Congress) -> list[datetime.date]:
    """The days of the congress and of its youth events (where young people are signed in at a youth area)."""
    ranges = [(congress.starts_on, congress.ends_on)]
    ranges += congress.events.filter(kind=EventKind.YOUTH).values_list("starts_on", "ends_on")
    days = set()
    for first, last in ranges:
        days.update(first + datetime.timedelta(days=n) for n in range((last - first).days + 1))
    return sorted(days)


def default_day(*, congress: Congress, days: list[datetime.date]) -> datetime.date:
    """Today during the congress; else its first day."""
    today = local_today(congress=congress)
    return today if today in days else congress.starts_on


# --- Who is in --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Presence:
    """One person in one zone, in since `since`."""

    participant_id: int
    zone_id: int
    category_id: int
    is_young: bool  # has a safeguarding youth profile
    since: datetime.datetime


def presences(*, congress: Congress, window: Window, zone: AccessZone | None = None) -> list[Presence]:
    """Who is in each zone (or in `zone`) at the end of `window`: one grouped query, a row per person and zone."""
    scans = Scan.objects.filter(
        checkpoint__congress=congress,
        result=ScanOutcome.ADMITTED,
        badge__isnull=False,
        scanned_at__gte=window.start,
        scanned_at__lte=window.end,
    )
    if zone is not None:
        scans = scans.filter(checkpoint__zone=zone)
    rows = (
        scans.values(
            person=F("badge__participant_id"),
            zone_pk=F("checkpoint__zone_id"),
            category=F("badge__participant__category_id"),
            young=F("badge__participant__youth_profile__id"),
        )
        .annotate(
            last_in=Max("scanned_at", filter=~Q(direction=Direction.OUT)),
            last_out=Max("scanned_at", filter=Q(direction=Direction.OUT)),
        )
        .filter(last_in__isnull=False)
        .filter(Q(last_out__isnull=True) | Q(last_in__gt=F("last_out")))
        .order_by()
    )
    return [
        Presence(row["person"], row["zone_pk"], row["category"], row["young"] is not None, row["last_in"])
        for row in rows
    ]


@dataclass(frozen=True)
class Headcount:
    """The people in one zone, or of one category: everyone, and how many of them are young people."""

    label: str
    total: int
    young: int
    pk: int | None = None


@dataclass(frozen=True)
class Occupancy:
    zones: list[Headcount]  # every zone of the congress, in its order, empty ones too
    categories: list[Headcount]  # the categories of the people in, by name
    total: int  # people in at least one zone (counted once)
    young: int


def occupancy(*, congress: Congress, window: Window) -> Occupancy:
    """Who is in, counted by zone and by category: three queries, whatever the number of scans."""
    found = presences(congress=congress, window=window)
    people = {presence.participant_id: presence for presence in found}
    by_zone, young_by_zone = Counter(), Counter()
    for presence in found:
        by_zone[presence.zone_id] += 1
        young_by_zone[presence.zone_id] += presence.is_young
    by_category, young_by_category = Counter(), Counter()
    for presence in people.values():
        by_category[presence.category_id] += 1
        young_by_category[presence.category_id] += presence.is_young
    zones = [
        Headcount(localize(zone.name).text, by_zone[zone.pk], young_by_zone[zone.pk], zone.pk)
        for zone in AccessZone.objects.filter(congress=congress).order_by("position", "pk")
    ]
    categories = sorted(
        (
            Headcount(localize(category.name).text, by_category[category.pk], young_by_category[category.pk])
            for category in congress.categories.filter(pk__in=list(by_category))
        ),
        key=lambda headcount: headcount.label.casefold(),
    )
    young = sum(presence.is_young for presence in people.values())
    return Occupancy(zones=zones, categories=categories, total=len(people), young=young)


@dataclass(frozen=True)
class PersonIn:
    name: str  # as the badge shows it (a young person's pseudonym where one was asked for)
    category: str
    since: datetime.datetime
    is_young: bool


@dataclass(frozen=True)
class ZonePeople:
    people: list[PersonIn]  # by name
    young_not_named: int  # young people counted, not named


def people_in_zone(*, congress: Congress, zone: AccessZone, window: Window, name_young: bool) -> ZonePeople:
    """Who is in `zone`, by name. Young people are only counted unless `name_young` (those who keep the youth
    register). A fixed number of queries: the presences, the participants, what may be shown of them."""
    found = {
        presence.participant_id: presence
        for presence in presences(congress=congress, window=window, zone=zone)
    }
    named = [pk for pk, presence in found.items() if name_young or not presence.is_young]
    participants = list(Participant.objects.filter(pk__in=named).select_related("category"))
    shown = disclose(participants, audience=Audience.STAFF)
    people = [
        PersonIn(
            name=shown[participant.pk].name,
            category=localize(participant.category.name).text,
            since=found[participant.pk].since,
            is_young=found[participant.pk].is_young,
        )
        for participant in participants
    ]
    people.sort(key=lambda person: person.name.casefold())
    return ZonePeople(people=people, young_not_named=len(found) - len(named))


# --- Admissions by hour -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class HourCount:
    hour: int  # 0–23, local time
    admissions: int

    @property
    def label(self) -> str:
        return f"{self.hour:02d}:00"


def admissions_by_hour(*, congress: Congress, day: datetime.date) -> list[HourCount]:
    """The admitted scans going in (or without a direction) in each local hour of `day`: one grouped query."""
    time_zone = zoneinfo.ZoneInfo(congress.time_zone)
    start, end = _midnight(day, time_zone), _midnight(day + datetime.timedelta(days=1), time_zone)
    rows = (
        Scan.objects.filter(
            checkpoint__congress=congress,
            result=ScanOutcome.ADMITTED,
            scanned_at__gte=start,
            scanned_at__lt=end,
        )
        .exclude(direction=Direction.OUT)
        .annotate(hour=TruncHour("scanned_at", tzinfo=time_zone))
        .values("hour")
        .annotate(admissions=Count("pk"))
        .order_by()
    )
    counts = defaultdict(int)
    for row in rows:  # on a day when clocks change, an hour that happens twice is added up
        counts[timezone.localtime(row["hour"], time_zone).hour] += row["admissions"]
    return [HourCount(hour, counts[hour]) for hour in HOURS]
