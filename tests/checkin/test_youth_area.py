"""The youth area keeps the youth event's sign-in register: an admitted young person's scan going in signs them in
(at the scan's time when it was made offline); going out signs nobody out, and tells the operator to send them to
the register desk; nobody who is refused, nor any adult, gets a register record."""

import datetime
import uuid

import pytest
from django.urls import reverse
from django.utils import timezone

from plenaria.checkin.enums import ScanReason
from plenaria.checkin.models import Scan
from plenaria.checkin.selectors import checkpoint_list
from plenaria.checkin.services import redeem_scan, sync_batch
from plenaria.common.audit import actions_for
from plenaria.registration.enums import RegistrationStatus
from plenaria.safeguarding.enums import ConsentKind
from plenaria.safeguarding.models import AttendanceRecord
from plenaria.safeguarding.views.register import congress_today
from tests.factories.accounts import UserFactory
from tests.factories.badges import AccessZoneFactory, BadgeFactory, clear_young_person
from tests.factories.checkin import CheckpointFactory, DeviceFactory
from tests.factories.registration import CategoryFactory
from tests.factories.safeguarding import AdultParticipantFactory, YouthEventFactory, YouthProfileFactory

pytestmark = [pytest.mark.integration, pytest.mark.django_db]

TOKYO = datetime.timezone(datetime.timedelta(hours=9))
SIGN_OUT_AT_DESK = "Sign-out at the register desk with the chaperone or an authorised adult."


@pytest.fixture
def youth_category(congress):
    return CategoryFactory(congress=congress, slug="youth", badge_code="Y", name={"en": "Young participants"})


@pytest.fixture
def youth_day(congress):
    """A youth event running today, so that scans online sign young people in now."""
    today = congress_today(congress)
    return YouthEventFactory(
        congress=congress,
        slug="youth-day",
        starts_on=today - datetime.timedelta(days=1),
        ends_on=today + datetime.timedelta(days=1),
    )


@pytest.fixture
def kawasaki(congress):
    """The 2001 youth event, 13–16 December."""
    return YouthEventFactory(congress=congress, slug="kawasaki")


@pytest.fixture
def volunteer(db):
    return UserFactory(email="volunteer@example.org")


@pytest.fixture
def make_device(congress, youth_category, delegates, volunteer):
    """A device at the door of a youth area keeping `event`'s register, registered by the volunteer."""

    def make(event, **fields):
        zone = AccessZoneFactory(
            congress=congress, slug="youth-area", categories=[youth_category, delegates], youth_event=event
        )
        fields.setdefault("registered_by", volunteer)
        return DeviceFactory(checkpoint=CheckpointFactory(congress=congress, zone=zone), **fields)

    return make


@pytest.fixture
def make_young(congress, youth_category):
    """A young person attending `event`, cleared unless told otherwise, with a badge."""

    def make(event, *, cleared=True):
        profile = YouthProfileFactory(
            participant__category=youth_category,
            participant__status=RegistrationStatus.APPROVED,
            participant__given_name="Yui",
            participant__family_name="Kato",
            is_minor_frozen=True,
            events=[event],
        )
        if cleared:
            clear_young_person(profile)
        return profile, BadgeFactory(participant=profile.participant)

    return make


def redeem(device, badge, **fields):
    fields.setdefault("scan_id", uuid.uuid4())
    fields.setdefault("scanned_at", timezone.now())
    return redeem_scan(device=device, secret=badge.secret, **fields)


def offline(badge, at: datetime.datetime, direction: str) -> dict:
    return {
        "scan_id": uuid.uuid4(),
        "secret": badge.secret,
        "scanned_at": at,
        "direction": direction,
        "admitted": True,
    }


def test_young_person_admitted_going_in_is_signed_in_on_the_register(
    client_for, make_staff, congress, make_device, make_young, youth_day, volunteer
):
    device = make_device(youth_day)
    profile, badge = make_young(youth_day)

    result = redeem(device, badge, direction="in")

    record = AttendanceRecord.objects.get()
    assert (result.admitted, result.reason) == (True, "admitted")
    assert (record.profile, record.event, record.day) == (profile, youth_day, congress_today(congress))
    assert (record.signed_in_by, record.signed_out_at) == (volunteer, None)
    assert [(entry.action, entry.actor) for entry in actions_for(record)] == [
        ("safeguarding.attendance.signed_in", volunteer)
    ]
    officer = make_staff(congress, "is_safeguarding_officer")
    page = client_for(officer).get(
        reverse("safeguarding:register", kwargs={"congress_slug": congress.slug}),
        {"event": youth_day.pk, "day": record.day.isoformat()},
    )
    row = page.content.decode().split(f'id="young-person-{profile.pk}"', 1)[1].split("</tr>", 1)[0]
    assert "Signed in" in row


def test_young_person_scanned_in_twice_keeps_one_record_and_both_scans_stand(
    make_device, make_young, youth_day
):
    device = make_device(youth_day)
    _profile, badge = make_young(youth_day)

    first = redeem(device, badge, direction="in")
    second = redeem(device, badge, direction="in")

    assert (first.admitted, second.admitted) == (True, True)
    assert AttendanceRecord.objects.count() == 1
    assert Scan.objects.filter(result="admitted").count() == 2


def test_young_person_not_cleared_is_refused_and_gets_no_record(make_device, make_young, youth_day):
    device = make_device(youth_day)
    profile, badge = make_young(youth_day)
    profile.consents.filter(kind=ConsentKind.GUARDIAN_MEDICAL).delete()

    result = redeem(device, badge, direction="in")

    assert (result.admitted, result.reason) == (False, "not_cleared")
    assert not AttendanceRecord.objects.exists()


def test_adult_admitted_at_the_youth_area_gets_no_record(make_device, youth_day, delegates):
    device = make_device(youth_day)
    badge = BadgeFactory(
        participant=AdultParticipantFactory(category=delegates, status=RegistrationStatus.APPROVED)
    )

    result = redeem(device, badge, direction="in")
    going_out = redeem(device, badge, direction="out")

    assert (result.admitted, going_out.admitted, going_out.reason) == (True, True, "admitted")
    assert not AttendanceRecord.objects.exists()


def test_young_person_going_out_is_not_signed_out_and_the_operator_is_told_so(
    make_device, make_young, youth_day
):
    device = make_device(youth_day)
    _profile, badge = make_young(youth_day)
    redeem(device, badge, direction="in")

    result = redeem(device, badge, direction="out")

    record = AttendanceRecord.objects.get()
    assert (result.admitted, result.reason, result.message) == (True, "sign_out_at_desk", SIGN_OUT_AT_DESK)
    assert result.participant.name == "Yui KATO"
    assert record.signed_out_at is None
    assert Scan.objects.get(direction="out").reason == ScanReason.SIGN_OUT_AT_DESK


def test_young_person_scanned_without_a_direction_is_admitted_but_not_signed_in(
    make_device, make_young, youth_day
):
    device = make_device(youth_day)
    _profile, badge = make_young(youth_day)

    result = redeem(device, badge)

    assert (result.admitted, result.reason) == (True, "admitted")
    assert not AttendanceRecord.objects.exists()


def test_young_person_going_out_of_an_ordinary_zone_is_not_sent_to_the_desk(
    congress, make_young, youth_day, youth_category
):
    hall = AccessZoneFactory(congress=congress, categories=[youth_category])
    device = DeviceFactory(checkpoint=CheckpointFactory(congress=congress, zone=hall))
    _profile, badge = make_young(youth_day)

    going_in = redeem(device, badge, direction="in")
    going_out = redeem(device, badge, direction="out")

    assert (going_in.reason, going_out.reason) == ("admitted", "admitted")
    assert not AttendanceRecord.objects.exists()


def test_offline_scans_synced_later_sign_in_at_the_time_of_the_first_scan_going_in(
    make_device, make_young, kawasaki
):
    device = make_device(kawasaki)
    profile, badge = make_young(kawasaki)
    morning = datetime.datetime(2001, 12, 14, 9, 5, tzinfo=TOKYO)
    scans = [
        offline(badge, morning + datetime.timedelta(hours=2), "in"),
        offline(badge, morning, "in"),
        offline(badge, morning + datetime.timedelta(hours=3), "out"),
    ]

    report = sync_batch(device=device, scans=scans)

    record = AttendanceRecord.objects.get()
    assert [(r.admitted, r.reason) for r in report.results] == [
        (True, "admitted"),
        (True, "admitted"),
        (True, "sign_out_at_desk"),
    ]
    assert (report.admitted, report.conflicts) == (3, 0)
    assert (record.profile, record.day, record.signed_in_at) == (
        profile,
        datetime.date(2001, 12, 14),
        morning,
    )
    assert record.signed_out_at is None


def test_offline_scan_on_a_day_outside_the_youth_event_stands_without_a_record(
    make_device, make_young, kawasaki
):
    device = make_device(kawasaki)
    _profile, badge = make_young(kawasaki)

    report = sync_batch(
        device=device, scans=[offline(badge, datetime.datetime(2001, 12, 18, 9, 0, tzinfo=TOKYO), "in")]
    )

    assert (report.recorded, report.admitted) == (1, 1)
    assert not AttendanceRecord.objects.exists()


def test_device_whose_registrant_was_removed_admits_but_signs_nobody_in(make_device, make_young, youth_day):
    device = make_device(youth_day, registered_by=None)
    _profile, badge = make_young(youth_day)

    result = redeem(device, badge, direction="in")

    assert result.admitted is True
    assert not AttendanceRecord.objects.exists()


def test_sync_at_the_youth_area_of_many_adults_reads_a_bounded_number_of_queries(
    make_device, youth_day, delegates, django_assert_max_num_queries
):
    device = make_device(youth_day)
    badges = [
        BadgeFactory(
            participant=AdultParticipantFactory(category=delegates, status=RegistrationStatus.APPROVED)
        )
        for _ in range(20)
    ]
    scans = [offline(badges[n % 20], timezone.now(), "in") for n in range(400)]

    with django_assert_max_num_queries(20):
        report = sync_batch(device=device, scans=scans)

    assert report.admitted == 400
    assert not AttendanceRecord.objects.exists()


def test_the_youth_areas_list_marks_young_people_to_sign_out_at_the_desk_and_no_one_else(
    make_device, make_young, kawasaki, delegates
):
    """So that the device, offline, sends a young person going out to the register desk as the server does."""
    device = make_device(kawasaki)
    _profile, young_badge = make_young(kawasaki)
    adult_badge = BadgeFactory(
        participant=AdultParticipantFactory(category=delegates, status=RegistrationStatus.APPROVED)
    )
    plenary = DeviceFactory(
        checkpoint=CheckpointFactory(
            congress=device.congress, zone=AccessZoneFactory(congress=device.congress, categories=[delegates])
        )
    )

    at_youth_area = {
        listed.badge_id: listed.sign_out_at_desk for listed in checkpoint_list(device=device).admitted
    }
    at_plenary = {
        listed.badge_id: listed.sign_out_at_desk for listed in checkpoint_list(device=plenary).admitted
    }

    assert at_youth_area == {young_badge.pk: True, adult_badge.pk: False}
    assert at_plenary == {adult_badge.pk: False}
