import datetime
import zoneinfo
from io import StringIO

import pytest
from django.core.management import call_command

from plenaria.badges.enums import BadgeStatus
from plenaria.badges.models import AccessZone, Badge
from plenaria.checkin.enums import ScanReason
from plenaria.checkin.models import Checkpoint, Device, Scan
from plenaria.registration.enums import RegistrationStatus
from plenaria.registration.models import Participant

pytestmark = [pytest.mark.integration, pytest.mark.django_db]

TOKYO = zoneinfo.ZoneInfo("Asia/Tokyo")


def _seed() -> str:
    out = StringIO()
    call_command("seed_demo_congress", stdout=out)
    return out.getvalue()


def _counts() -> dict[str, int]:
    return {model.__name__: model.objects.count() for model in (AccessZone, Checkpoint, Device, Badge, Scan)}


def test_demo_has_badges_in_every_state_devices_and_four_days_of_scans_and_seeding_twice_adds_nothing():
    report = _seed()

    zones = {zone.slug: zone for zone in AccessZone.objects.prefetch_related("categories")}
    assert {category.slug for category in zones["media-centre"].categories.all()} == {"media", "staff"}
    assert zones["youth-area"].youth_event.slug == "youth-event"
    badges = Badge.objects.filter(participant__congress__slug="yokohama-2001")
    issued = badges.filter(status=BadgeStatus.ISSUED)
    assert issued.filter(printed_at__isnull=False).exists()
    assert issued.filter(printed_at__isnull=True).exists()
    assert badges.filter(status=BadgeStatus.REVOKED, revocation_reason="lost").count() == 3
    assert issued.filter(replaces__revocation_reason="lost").count() == 3
    accredited_adults = Participant.objects.filter(
        status=RegistrationStatus.APPROVED, date_of_birth__lt=datetime.date(1983, 12, 17)
    )
    assert not accredited_adults.filter(badges__isnull=True).exists()
    assert Device.objects.filter(revoked_at__isnull=False).count() == 1
    scan_days = {
        scan.scanned_at.astimezone(TOKYO).date()
        for scan in Scan.objects.filter(checkpoint__slug="plenary-main")
    }
    assert scan_days == {datetime.date(2001, 12, day) for day in (17, 18, 19, 20)}
    assert Scan.objects.filter(result="admitted", direction="out").exists()
    assert (
        Scan.objects.filter(checkpoint__slug="media-centre")
        .exclude(badge__participant__category__slug="media")
        .count()
        == 0
    )
    conflicts = Scan.objects.filter(conflict=True)
    assert conflicts.exists()
    assert set(conflicts.values_list("reason", flat=True)) == {ScanReason.REVOKED_BADGE}
    assert "Badges and check-in: 5 zones, 5 checkpoints, 6 devices" in report

    before = _counts()
    _seed()

    assert _counts() == before
