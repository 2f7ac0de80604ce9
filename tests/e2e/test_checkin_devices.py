"""In a real browser, the secretariat registers a scanning device, sees its token and pairing code once, and
revokes it after confirming; the pages have no serious accessibility violation."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from plenaria.checkin.models import Device
from plenaria.checkin.selectors import get_device_by_token
from tests.factories.checkin import CheckpointFactory

from .test_accessibility import BLOCKING_IMPACTS, _describe

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def _blocking(browser_page) -> list:
    return [v for v in Axe().run(browser_page).response["violations"] if v["impact"] in BLOCKING_IMPACTS]


def test_secretariat_registers_a_device_sees_its_token_once_and_revokes_it(
    page, live_server, browser_signed_in_as, congress, make_staff
):
    plenary_door = CheckpointFactory(congress=congress, name="Plenary hall, north door")
    browser_signed_in_as(make_staff(congress, "can_change_congress"))
    page.goto(f"{live_server.url}/en/manage/{congress.slug}/checkin/devices/")

    page.locator("main").get_by_role("link", name="Register a device").click()
    page.get_by_label("Name").fill("Phone 3, red case")
    page.get_by_label("Checkpoint").select_option(value=str(plenary_door.pk))
    page.get_by_role("button", name="Register the device").click()
    token = page.get_by_label("Token").input_value()
    pairing_code = page.get_by_role("img", name="QR code of the check-in app's address")
    pairing_code_shown = pairing_code.is_visible()
    token_page_violations = _blocking(page)
    page.reload()
    shown_again = page.locator("main").inner_text()
    page.get_by_role("link", name="Done").click()
    page.get_by_role("link", name="Revoke Phone 3, red case").click()
    page.get_by_role("button", name="Revoke the device").click()

    device = Device.objects.get(name="Phone 3, red case")
    assert get_device_by_token(token=token) == device
    assert pairing_code_shown
    assert token_page_violations == [], _describe(token_page_violations)
    assert token not in shown_again
    assert "The token was shown once" in shown_again
    assert device.is_revoked
    assert "The device “Phone 3, red case” is revoked." in page.locator("main").inner_text()
    assert "Revoked" in page.locator("table").inner_text()
    assert _blocking(page) == []
