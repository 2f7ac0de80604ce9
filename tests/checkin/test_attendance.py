"""Who is in: the last admitted scan of the day per person and zone (in without a later out; a checkpoint without
direction counts entries), counted by zone and by category; and the admissions hour by hour in the congress's time
zone, in a fixed number of queries."""

import datetime
import uuid

import pytest

from plenaria.checkin import attendance
from plenaria.checkin.models import Scan
from plenaria.common.i18n_content import localize
from plenaria.registration.enums import RegistrationStatus
from tests.factories.badges import BadgeFactory
from tests.factories.checkin import CheckpointFactory, DeviceFactory
from tests.factories.congresses import CongressFactory
from tests.factories.safeguarding import YouthEventFactory, YouthProfileFactory

pytestmark = [pytest.mark.integration, pytest.mark.django_db]

TOKYO = datetime.timezone(datetime.timedelta(hours=9))
OPENING_DAY = datetime.date(2001, 12, 17)


def at(hour: int, minute: int = 0, day: datetime.date = OPENING_DAY) -> datetime.datetime:
    return datetime.datetime.combine(day, datetime.time(hour, minute), tzinfo=TOKYO)


@pytest.fixture
def media_door(congress, media_centre):
    return DeviceFactory(
        checkpoint=CheckpointFactory(congress=congress, zone=media_centre, name="Media centre")
    )


@pytest.fixture
def scan(device):
    """Records one scan as the services would have stored it."""

    def record(badge, when, direction="", *, result="admitted", by=None):
        by = by or device
        return Scan.objects.create(
            uuid=uuid.uuid4(),
            badge=badge,
            checkpoint=by.checkpoint,
            device=by,
            scanned_at=when,
            result=result,
            reason="admitted" if result == "admitted" else "wrong_zone",
            direction=direction,
        )

    return record


def opening_day(congress):
    return attendance.window_for(congress=congress, day=OPENING_DAY)


def test_window_of_a_past_day_ends_at_its_local_midnight(congress):
    window = opening_day(congress)

    assert (window.start, window.end, window.is_live) == (
        at(0),
        at(0, day=datetime.date(2001, 12, 18)),
        False,
    )


def test_presence_follows_the_last_scan_of_the_day_in_each_zone(
    congress, make_badge, scan, media_door, media, plenary
):
    left = make_badge(given_name="Left")
    back = make_badge(given_name="Back")
    journalist = make_badge(category=media)
    refused = make_badge()
    yesterday = make_badge()
    scan(left, at(9), "in")
    scan(left, at(12), "out")
    scan(back, at(9), "in")
    scan(back, at(12), "out")
    scan(back, at(14), "in")
    scan(journalist, at(10), by=media_door)  # a door that does not ask the direction: an entry
    scan(refused, at(10), "in", result="refused")
    scan(yesterday, at(18, day=datetime.date(2001, 12, 16)), "in")

    found = attendance.presences(congress=congress, window=opening_day(congress))

    assert sorted((p.participant_id, p.zone_id, p.since) for p in found) == [
        (back.participant_id, plenary.pk, at(14)),
        (journalist.participant_id, media_door.checkpoint.zone_id, at(10)),
    ]


def test_occupancy_counts_by_zone_and_category_each_person_once_in_the_totals(
    congress, make_badge, scan, media_door, media, plenary, media_centre
):
    delegate = make_badge()
    journalist = make_badge(category=media)
    young = YouthProfileFactory(
        participant__category=journalist.participant.category,
        participant__status=RegistrationStatus.APPROVED,
        is_minor_frozen=True,
    )
    young_badge = BadgeFactory(participant=young.participant)
    scan(delegate, at(9), "in")
    scan(journalist, at(9), "in")
    scan(journalist, at(10), by=media_door)
    scan(young_badge, at(11), by=media_door)

    found = attendance.occupancy(congress=congress, window=opening_day(congress))

    assert [(z.label, z.total, z.young) for z in found.zones] == [
        (localize(plenary.name).text, 2, 0),
        (localize(media_centre.name).text, 2, 1),
    ]
    assert [(c.label, c.total, c.young) for c in found.categories] == [("Delegate", 1, 0), ("Media", 2, 1)]
    assert (found.total, found.young) == (3, 1)


def test_occupancy_ignores_other_congresses(congress, make_badge, scan):
    other_device = DeviceFactory(checkpoint=CheckpointFactory(congress=CongressFactory(slug="bangkok-2001")))
    scan(BadgeFactory(participant__category__congress=other_device.congress), at(9), by=other_device)

    found = attendance.occupancy(congress=congress, window=opening_day(congress))

    assert found.total == 0
    assert [zone.total for zone in found.zones] == [0]


def test_occupancy_and_hours_read_a_fixed_number_of_queries_whatever_the_number_of_scans(
    congress, make_badge, scan, media_door, django_assert_num_queries
):
    badges = [make_badge() for _ in range(5)]

    def read():
        attendance.occupancy(congress=congress, window=opening_day(congress))
        attendance.admissions_by_hour(congress=congress, day=OPENING_DAY)

    scan(badges[0], at(9), "in")
    with django_assert_num_queries(4):  # presences, zones, categories; hours
        read()
    for minute in range(40):
        scan(badges[minute % 5], at(8 + minute // 10, minute), "in" if minute % 3 else "out")
        scan(badges[minute % 5], at(9, minute), by=media_door)

    with django_assert_num_queries(4):
        read()


def test_admissions_by_hour_are_counted_in_the_congress_time_zone(congress, make_badge, scan):
    badge = make_badge()
    scan(badge, datetime.datetime(2001, 12, 16, 23, 30, tzinfo=datetime.UTC), "in")  # 08:30 in Yokohama
    scan(badge, at(8, 59), "in")
    scan(badge, at(9, 0))
    scan(badge, at(9, 30), "out")
    scan(badge, at(9, 45), "in", result="refused")
    scan(badge, at(23, 59), "in")
    scan(badge, at(0, 0, day=datetime.date(2001, 12, 18)), "in")

    hours = attendance.admissions_by_hour(congress=congress, day=OPENING_DAY)

    assert len(hours) == 24
    assert {hour.label: hour.admissions for hour in hours if hour.admissions} == {
        "08:00": 2,
        "09:00": 1,
        "23:00": 1,
    }


def test_days_are_the_congress_and_its_youth_events(congress):
    YouthEventFactory(congress=congress)

    days = attendance.attendance_days(congress=congress)

    assert [day.day for day in days] == [13, 14, 15, 16, 17, 18, 19, 20]
    assert attendance.default_day(congress=congress, days=days) == OPENING_DAY


def test_people_in_a_zone_are_named_young_people_only_for_those_who_keep_the_register(
    congress, make_badge, scan, plenary, delegates
):
    adult = make_badge(given_name="Aiko", family_name="Sato")
    young = YouthProfileFactory(
        participant__category=delegates,
        participant__status=RegistrationStatus.APPROVED,
        participant__given_name="Yui",
        participant__family_name="Kato",
        is_minor_frozen=True,
    )
    scan(adult, at(9), "in")
    scan(BadgeFactory(participant=young.participant), at(9, 30), "in")
    window = opening_day(congress)

    counted = attendance.people_in_zone(congress=congress, zone=plenary, window=window, name_young=False)
    named = attendance.people_in_zone(congress=congress, zone=plenary, window=window, name_young=True)

    assert [(p.name, p.category, p.since) for p in counted.people] == [("Aiko SATO", "Delegate", at(9))]
    assert counted.young_not_named == 1
    assert [(p.name, p.is_young) for p in named.people] == [("Aiko SATO", False), ("Yui KATO", True)]
    assert named.young_not_named == 0
