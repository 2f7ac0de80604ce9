"""Door scans skip the middlewares of people's pages (`checkin.middleware.DoorScanMiddleware`), and keep what every
answer gets: security headers, the operator's language, the host check, authentication of the device."""

import uuid

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import timezone, translation

from plenaria.checkin.enums import ScanReason
from plenaria.checkin.models import Scan

pytestmark = [pytest.mark.integration, pytest.mark.django_db]

REDEEM = reverse("api:checkin-redeem")


def post_scan(client, secret: str, **headers):
    body = {"scan_id": str(uuid.uuid4()), "secret": secret, "scanned_at": timezone.now().isoformat()}
    return client.post(REDEEM, body, content_type="application/json", **headers)


def test_a_scan_gets_the_security_headers_of_every_answer(client, device, badge):
    response = post_scan(client, badge.secret, HTTP_AUTHORIZATION="Device north-door-token")

    assert response.status_code == 200
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert "default-src" in response["Content-Security-Policy"]


def test_a_scan_is_answered_in_the_operators_language(client, device, badge):
    response = post_scan(
        client, "not-a-badge", HTTP_AUTHORIZATION="Device north-door-token", HTTP_ACCEPT_LANGUAGE="fr"
    )

    with translation.override("fr"):
        in_french = str(ScanReason.UNKNOWN_BADGE.label)
    with translation.override("en"):
        assert in_french != str(ScanReason.UNKNOWN_BADGE.label)
    assert (response.json()["reason"], response.json()["message"]) == ("unknown_badge", in_french)
    assert response["Content-Language"] == "fr"


def test_a_scan_without_a_device_token_is_refused_and_stores_nothing(client, device, badge):
    response = post_scan(client, badge.secret)

    assert (response.status_code, response.json()["code"]) == (401, "device_invalid")
    assert Scan.objects.count() == 0


def test_a_scan_for_a_host_not_served_is_refused(client, device, badge):
    response = post_scan(
        client, badge.secret, HTTP_AUTHORIZATION="Device north-door-token", HTTP_HOST="evil.test"
    )

    assert response.status_code == 400
    assert Scan.objects.count() == 0


def test_only_the_scan_address_takes_the_short_way(client, device):
    """Another device API address goes through every middleware: a GET of the scan address is refused by the view
    itself (405), a path next to it is not found."""
    assert client.get(REDEEM, HTTP_AUTHORIZATION="Device north-door-token").status_code == 405
    assert client.post(REDEEM + "extra/", {}, HTTP_AUTHORIZATION="Device north-door-token").status_code == 404


def test_the_short_way_starts_after_the_headers_language_and_host_and_before_csrf_and_log_in():
    order = settings.MIDDLEWARE
    short_way = order.index("plenaria.checkin.middleware.DoorScanMiddleware")

    for before in (
        "SecurityMiddleware",
        "CSPMiddleware",
        "XFrameOptionsMiddleware",
        "LocaleMiddleware",
        "CommonMiddleware",
    ):
        assert next(i for i, path in enumerate(order) if path.endswith(before)) < short_way
    for after in ("CsrfViewMiddleware", "LoginRequiredMiddleware", "StaffTwoFactorMiddleware"):
        assert next(i for i, path in enumerate(order) if path.endswith(after)) > short_way
