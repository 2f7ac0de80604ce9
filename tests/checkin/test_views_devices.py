"""Scanning devices in the back office: the secretariat registers one (its token is shown once, with the QR code
of the check-in app's address carrying it), sees what each device scanned, and revokes one after confirming."""

import datetime
import uuid

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from plenaria.checkin.models import Device, hash_token
from plenaria.checkin.selectors import get_device_by_token
from plenaria.checkin.services import redeem_scan
from plenaria.common.audit import actions_for
from tests.factories.checkin import DeviceFactory

pytestmark = [pytest.mark.integration, pytest.mark.django_db]

TOKYO = datetime.timezone(datetime.timedelta(hours=9))


@pytest.fixture
def secretariat(congress, make_staff):
    return make_staff(congress, "can_change_congress")


def url(name: str, congress, **kwargs) -> str:
    return reverse(f"checkin_manage:{name}", kwargs={"congress_slug": congress.slug, **kwargs})


def test_registering_a_device_shows_its_token_and_pairing_code_once(
    client_for, congress, secretariat, plenary_door
):
    client = client_for(secretariat)

    response = client.post(
        url("device-register", congress), {"name": "Phone 3", "checkpoint": plenary_door.pk}
    )
    device = Device.objects.get(name="Phone 3")
    shown = client.get(response["Location"])
    token = shown.context["token"]
    again = client.get(response["Location"]).content.decode()

    html = shown.content.decode()
    assert response["Location"] == url("device-paired", congress, pk=device.pk)
    assert get_device_by_token(token=token) == device
    assert device.token_hash == hash_token(token)
    assert (device.checkpoint, device.registered_by) == (plenary_door, secretariat)
    assert f'value="{token}"' in html
    assert f"http://testserver/en/checkin/app/#token={token}" in html
    assert '<svg class="qr-code"' in html
    assert "no-store" in shown["Cache-Control"]
    assert token not in again
    assert "qr-code" not in again
    assert "The token was shown once" in again
    [entry] = actions_for(device)
    assert (entry.action, entry.actor) == ("checkin.device.registered", secretariat)
    assert token not in str(entry.data)


def test_device_form_without_a_name_is_refused(client_for, congress, secretariat, plenary_door):
    response = client_for(secretariat).post(
        url("device-register", congress), {"name": " ", "checkpoint": plenary_door.pk}
    )

    assert response.status_code == 200
    assert "name" in response.context["form"].errors
    assert not Device.objects.exists()


def test_device_list_shows_each_device_with_its_last_scan_and_count(
    client_for, congress, secretariat, plenary_door, badge
):
    busy = DeviceFactory(checkpoint=plenary_door, name="Phone 1")
    DeviceFactory(checkpoint=plenary_door, name="Phone 2")
    for minute in (5, 9):
        redeem_scan(
            device=busy,
            secret=badge.secret,
            scan_id=uuid.uuid4(),
            scanned_at=datetime.datetime(2001, 12, 17, 9, minute, tzinfo=TOKYO),
            offline=True,
        )

    response = client_for(secretariat).get(url("device-list", congress))

    rows = {device.name: (device.scan_count, device.last_scan_at) for device in response.context["devices"]}
    html = response.content.decode()
    assert rows == {
        "Phone 1": (2, datetime.datetime(2001, 12, 17, 0, 9, tzinfo=datetime.UTC)),
        "Phone 2": (0, None),
    }
    assert '<time datetime="2001-12-17T09:09:00+09:00">17/12/2001 09:09</time>' in html
    assert "never" in html


def test_device_list_reads_the_same_number_of_queries_for_one_or_three_devices(
    client_for, congress, secretariat, plenary_door
):
    client = client_for(secretariat)
    DeviceFactory(checkpoint=plenary_door)

    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url("device-list", congress)).status_code == 200
        return len(queries)

    count()
    one = count()
    DeviceFactory.create_batch(2, checkpoint=plenary_door)

    assert count() == one


def test_revoking_asks_to_confirm_then_refuses_the_token(client_for, congress, secretariat, plenary_door):
    device = DeviceFactory(checkpoint=plenary_door, name="Lost phone", token="lost-phone-token")
    client = client_for(secretariat)

    confirm = client.get(url("device-revoke", congress, pk=device.pk)).content.decode()
    unchanged = Device.objects.get(pk=device.pk).is_revoked
    response = client.post(url("device-revoke", congress, pk=device.pk))
    listed = client.get(response["Location"]).content.decode()

    device.refresh_from_db()
    assert "Revoke the device" in confirm
    assert unchanged is False
    assert response["Location"] == url("device-list", congress)
    assert (device.is_revoked, device.revoked_by) == (True, secretariat)
    assert "The device “Lost phone” is revoked." in listed
    assert "Revoked" in listed
    assert [entry.action for entry in actions_for(device)] == ["checkin.device.revoked"]
    assert get_device_by_token(token="lost-phone-token").is_revoked


def test_revoking_twice_says_it_is_revoked_already(client_for, congress, secretariat, plenary_door):
    device = DeviceFactory(checkpoint=plenary_door)
    client = client_for(secretariat)
    client.post(url("device-revoke", congress, pk=device.pk))

    page = client.get(url("device-revoke", congress, pk=device.pk)).content.decode()
    response = client.post(url("device-revoke", congress, pk=device.pk), follow=True)

    assert "Revoke the device" not in page
    assert "This device is revoked." in response.content.decode()
    assert len(actions_for(device)) == 1
