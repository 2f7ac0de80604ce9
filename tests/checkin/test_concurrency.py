"""Scans at the same moment, in real concurrent transactions.

Only PostgreSQL runs them truly at once (CI runs it there); SQLite serialises whole write transactions."""

import uuid

import pytest
from django.utils import timezone

from plenaria.checkin.models import Scan
from plenaria.checkin.services import redeem_scan, sync_batch
from tests.concurrency import POSTGRESQL_ONLY, run_at_once
from tests.factories.checkin import CheckpointFactory, DeviceFactory

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True), POSTGRESQL_ONLY]


def test_redeem_scan_same_badge_at_two_checkpoints_at_once_records_both(congress, plenary, badge):
    devices = [DeviceFactory(checkpoint=CheckpointFactory(congress=congress, zone=plenary)) for _ in range(2)]
    results = []

    errors = run_at_once(
        [
            lambda device=device: results.append(
                redeem_scan(
                    device=device, secret=badge.secret, scan_id=uuid.uuid4(), scanned_at=timezone.now()
                )
            )
            for device in devices
        ]
    )

    assert errors == []
    assert [result.admitted for result in results] == [True, True]
    assert sorted(Scan.objects.values_list("checkpoint_id", "result")) == sorted(
        (device.checkpoint_id, "admitted") for device in devices
    )


def test_redeem_scan_same_scan_id_eight_times_at_once_stores_one(device, badge):
    scan_id = uuid.uuid4()
    results = []

    errors = run_at_once(
        [
            lambda: results.append(
                redeem_scan(device=device, secret=badge.secret, scan_id=scan_id, scanned_at=timezone.now())
            )
            for _ in range(8)
        ]
    )

    assert errors == []
    assert Scan.objects.count() == 1
    assert sorted(result.duplicate for result in results) == [False] + [True] * 7
    assert {result.admitted for result in results} == {True}


def test_sync_batch_same_batch_twice_at_once_stores_each_scan_once(device, badge):
    scans = [
        {"scan_id": uuid.uuid4(), "secret": badge.secret, "scanned_at": timezone.now(), "admitted": True}
        for _ in range(20)
    ]

    errors = run_at_once([lambda: sync_batch(device=device, scans=scans) for _ in range(2)])

    assert errors == []
    assert Scan.objects.count() == 20
