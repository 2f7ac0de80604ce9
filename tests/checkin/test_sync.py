import datetime
import uuid

import pytest
from django.utils import timezone

from plenaria.badges.enums import RevocationReason
from plenaria.badges.services import revoke_badge
from plenaria.checkin.errors import CheckinError
from plenaria.checkin.models import Scan
from plenaria.checkin.services import redeem_scan, sync_batch

pytestmark = [pytest.mark.integration, pytest.mark.django_db]


def scan(secret: str, **fields) -> dict:
    """One scan as a device queued it offline."""
    return {"scan_id": uuid.uuid4(), "secret": secret, "scanned_at": timezone.now(), **fields}


def test_sync_batch_stores_each_scan_offline_and_reports_results(device, badge, media_device):
    scans = [
        scan(badge.secret, direction="in", admitted=True),
        scan("unknown-code", admitted=False),
        scan(badge.secret, direction="out", admitted=True),
    ]

    report = sync_batch(device=device, scans=scans)

    assert [(r.scan_id, r.admitted, r.reason) for r in report.results] == [
        (str(scans[0]["scan_id"]), True, "admitted"),
        (str(scans[1]["scan_id"]), False, "unknown_badge"),
        (str(scans[2]["scan_id"]), True, "admitted"),
    ]
    assert (report.received, report.recorded, report.duplicates) == (3, 3, 0)
    assert (report.admitted, report.refused, report.conflicts) == (2, 1, 0)
    assert sorted(Scan.objects.values_list("direction", "was_offline")) == [
        ("", True),
        ("in", True),
        ("out", True),
    ]


def test_sync_batch_twice_counts_each_scan_once(device, badge):
    scans = [scan(badge.secret), scan(badge.secret)]
    sync_batch(device=device, scans=scans)

    again = sync_batch(device=device, scans=scans)

    assert Scan.objects.count() == 2
    assert (again.received, again.recorded, again.duplicates, again.admitted) == (2, 0, 2, 0)
    assert [r.duplicate for r in again.results] == [True, True]
    assert again.results[0].participant.name == "Aiko SATO"


def test_sync_batch_same_scan_twice_in_one_batch_counts_once(device, badge):
    one = scan(badge.secret)

    report = sync_batch(device=device, scans=[one, dict(one)])

    assert (report.recorded, report.duplicates, report.admitted) == (1, 1, 1)
    assert Scan.objects.count() == 1


def test_sync_batch_after_online_redeem_of_same_scan_counts_once(device, badge):
    one = scan(badge.secret)
    redeem_scan(device=device, **one)

    report = sync_batch(device=device, scans=[one])

    assert (report.recorded, report.duplicates) == (0, 1)
    assert Scan.objects.count() == 1


def test_sync_batch_badge_revoked_before_offline_scan_is_a_conflict(device, badge, make_badge):
    revoke_badge(badge=badge, actor=None, reason=RevocationReason.LOST)
    other = make_badge()

    report = sync_batch(device=device, scans=[scan(badge.secret, admitted=True), scan(other.secret)])

    assert [(r.admitted, r.reason, r.conflict, r.flagged) for r in report.results] == [
        (False, "revoked_badge", True, True),
        (True, "admitted", False, False),
    ]
    assert report.conflicts == 1
    assert Scan.objects.filter(conflict=True).get().badge == badge


def test_sync_batch_badge_revoked_after_offline_scan_is_admitted(device, badge):
    earlier = timezone.now() - datetime.timedelta(minutes=30)
    revoke_badge(badge=badge, actor=None, reason=RevocationReason.LOST)

    report = sync_batch(device=device, scans=[scan(badge.secret, scanned_at=earlier)])

    assert (report.admitted, report.conflicts) == (1, 0)


def test_sync_batch_refused_offline_and_refused_now_is_no_conflict(device, badge):
    revoke_badge(badge=badge, actor=None, reason=RevocationReason.LOST)

    report = sync_batch(device=device, scans=[scan(badge.secret, admitted=False)])

    assert (report.refused, report.conflicts) == (1, 0)


def test_sync_batch_wrong_zone_is_refused(media_device, badge):
    report = sync_batch(device=media_device, scans=[scan(badge.secret)])

    assert report.results[0].reason == "wrong_zone"


@pytest.mark.parametrize(
    "bad",
    [{"secret": None}, {"scan_id": "x"}, {"scanned_at": None}, "not a scan"],
)
def test_sync_batch_malformed_scan_stores_nothing(device, badge, bad):
    scans = [scan(badge.secret), bad if isinstance(bad, str) else {**scan(badge.secret), **bad}]

    with pytest.raises(CheckinError) as error:
        sync_batch(device=device, scans=scans)

    assert error.value.code == "invalid_scan"
    assert Scan.objects.count() == 0


def test_sync_batch_of_5000_scans_runs_in_a_bounded_number_of_queries(
    device, make_badge, django_assert_max_num_queries
):
    badges = [make_badge() for _ in range(50)]
    scans = [scan(badges[n % 50].secret, admitted=True) for n in range(4990)]
    scans += [scan(f"unknown-{n}", admitted=False) for n in range(10)]

    # A handful of reads, then INSERTs of up to 1,000 rows (SQLite's parameter limit makes ~90 rows each there).
    with django_assert_max_num_queries(80):
        report = sync_batch(device=device, scans=scans)

    assert (report.recorded, report.admitted, report.refused) == (5000, 4990, 10)
    assert Scan.objects.count() == 5000
    assert report.conflicts == 0
