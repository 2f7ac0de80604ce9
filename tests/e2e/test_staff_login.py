"""Staff sign in with a password and a TOTP code; staff without TOTP must set it up before the back office."""

import pytest

from tests.factories.accounts import PASSWORD

from .conftest import DEMO_PASSWORD, DEMO_STAFF_EMAIL, totp_now

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_staff_login_with_totp_code_reaches_back_office(page, live_server, sign_in, congress, make_staff):
    staff = make_staff(congress, "can_change_content")
    sign_in(staff.email, PASSWORD)

    page.get_by_label("Code").fill(totp_now())
    page.locator("main").get_by_role("button", name="Sign in").click()
    page.wait_for_load_state()
    page.goto(f"{live_server.url}/en/manage/yokohama-2001/")

    back_office_menu = page.get_by_role("navigation", name="Back office")
    assert page.url == f"{live_server.url}/en/manage/yokohama-2001/"
    assert back_office_menu.get_by_role("link", name="Pages").is_visible()


def test_staff_login_demo_secretariat_with_totp_lands_on_profile(page, live_server, sign_in, demo_congress):
    sign_in(DEMO_STAFF_EMAIL, DEMO_PASSWORD)

    page.get_by_label("Code").fill(totp_now())
    page.locator("main").get_by_role("button", name="Sign in").click()
    page.wait_for_load_state()

    account_menu = page.get_by_role("navigation", name="Your account")
    assert page.url == f"{live_server.url}/en/accounts/profile/"
    assert account_menu.get_by_role("link", name="Back office").is_visible()


def test_staff_without_totp_opening_back_office_is_sent_to_totp_activation(
    page, live_server, sign_in, congress, make_staff
):
    staff = make_staff(congress, "can_change_content", with_two_factor=False)
    sign_in(staff.email, PASSWORD)

    page.goto(f"{live_server.url}/en/manage/yokohama-2001/")
    page.get_by_label("Password").fill(PASSWORD)  # allauth asks for the password again before any 2FA change
    page.locator("main").get_by_role("button", name="Confirm").click()
    page.wait_for_load_state()

    assert page.url == f"{live_server.url}/en/accounts/2fa/totp/activate/?next=/en/manage/yokohama-2001/"
    assert page.get_by_label("Authenticator code").is_visible()
