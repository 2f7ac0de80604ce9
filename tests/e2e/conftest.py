"""Browser tests: Debian's Chromium driven by Playwright (sync API) against pytest-django's `live_server`.

One browser for the whole session (tests/conftest.py); a fresh context (cookies, storage) and page for every test.
"""

import base64
import hashlib
import hmac
import io
import struct
import time

import pytest
from django.core.management import call_command

from tests.conftest import CHROMIUM_ARGS, TOTP_SECRET  # noqa: F401 -- CHROMIUM_ARGS for the modules that import it here

DEMO_SLUG = "yokohama-2001"
DEMO_STAFF_EMAIL = "secretariat@demo.plenaria.example"
DEMO_PASSWORD = "yokohama-2001"
DESKTOP = {"width": 1280, "height": 900}
TIMEOUT_MS = 10_000


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport=DESKTOP, locale="en-GB")
    context.set_default_timeout(TIMEOUT_MS)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def demo_congress(transactional_db, _django_orm_beside_playwright):
    """The Yokohama 2001 demo congress, with its pages and staff, in the test database (for `live_server`)."""
    call_command("seed_demo_congress", "--site-only", stdout=io.StringIO())
    from plenaria.congresses.models import Congress

    return Congress.objects.get(slug=DEMO_SLUG)


def totp_now(secret: str = TOTP_SECRET) -> str:
    """The current RFC 6238 code (SHA-1, 30 s steps, 6 digits), as an authenticator app shows it.

    Near the end of a step it waits for the next one, so the code is still valid when the server checks it.
    """
    if 30 - time.time() % 30 < 2:
        time.sleep(30 - time.time() % 30 + 0.1)
    counter = struct.pack(">Q", int(time.time()) // 30)
    digest = hmac.new(base64.b32decode(secret), counter, hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    value = struct.unpack(">I", digest[offset : offset + 4])[0] & 0x7FFFFFFF
    return f"{value % 1_000_000:06d}"


@pytest.fixture
def sign_in(page, live_server):
    """Returns a function that signs in through the log-in form (e-mail and password, not the TOTP step)."""

    def submit_login_form(email: str, password: str) -> None:
        page.goto(f"{live_server.url}/en/accounts/login/")
        page.get_by_label("Email").fill(email)
        page.get_by_label("Password").fill(password)
        page.locator("main").get_by_role("button", name="Sign in").click()
        page.wait_for_load_state()

    return submit_login_form


@pytest.fixture
def browser_signed_in_as(page, live_server, client):
    """Returns a function that gives the browser a session of `user` (as after a complete sign-in)."""
    from django.conf import settings

    def add_session_cookie(user) -> None:
        client.force_login(user)
        cookie = client.cookies[settings.SESSION_COOKIE_NAME]
        page.context.add_cookies(
            [{"name": settings.SESSION_COOKIE_NAME, "value": cookie.value, "url": live_server.url}]
        )

    return add_session_cookie
