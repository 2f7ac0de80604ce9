import os
import shutil

import pytest
from allauth.mfa.totp.internal.auth import TOTP
from django.core.cache import cache
from django.utils import translation

from plenaria.common.process_memo import clear_process_memos
from tests.factories.accounts import UserFactory
from tests.factories.congresses import CongressFactory, StaffMembershipFactory, StaffTeamFactory

STRICT = os.environ.get("PLENARIA_STRICT_TESTS") == "1"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(autouse=True)
def _english():
    """Messages are compared in English, whatever language an earlier test's request left active."""
    with translation.override("en"):
        yield


@pytest.fixture(autouse=True)
def _empty_cache():
    cache.clear()
    clear_process_memos()
    yield
    cache.clear()
    clear_process_memos()


@pytest.fixture
def congress(db):
    return CongressFactory(slug="yokohama-2001")


@pytest.fixture
def make_staff(db):
    """Returns a function that creates a staff member of `congress` holding `flags`, with TOTP set up."""

    def make(congress, *flags, with_two_factor=True, **user_fields):
        team = StaffTeamFactory(congress=congress, **dict.fromkeys(flags, True))
        user = UserFactory(**user_fields)
        StaffMembershipFactory(team=team, user=user)
        if with_two_factor:
            TOTP.activate(user, TOTP_SECRET)
        return user

    return make


@pytest.fixture
def client_for(client):
    """Returns a function that signs a user in on the test client."""

    def sign_in(user):
        client.force_login(user)
        return client

    return sign_in


# Browsers. Playwright's sync API runs one driver per thread, so every browser test of the session shares this one
# (a module that needs other Chromium flags launches its own browser from it).


@pytest.fixture(scope="session")
def _django_orm_beside_playwright():
    """Playwright's sync API keeps an asyncio loop in the main thread, which makes Django refuse ORM calls there
    (SynchronousOnlyOperation). Fixtures and the database flush run in that thread, so allow them while the
    driver is up."""
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    yield
    if previous is None:
        os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture(scope="session")
def playwright_driver(_django_orm_beside_playwright):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        yield playwright


@pytest.fixture(scope="session")
def browser(playwright_driver):
    browser = playwright_driver.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
    yield browser
    browser.close()


def pytest_collection_modifyitems(config, items):
    if CHROMIUM:
        return
    reason = "Debian's Chromium is not installed (apt-get install chromium); browser tests need it"
    for item in items:
        if "e2e" in item.keywords:
            item.add_marker(pytest.mark.skip(reason=reason))


def pytest_sessionfinish(session, exitstatus):
    if not STRICT:
        return
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    skipped = len(reporter.stats.get("skipped", [])) if reporter else 0
    if skipped:
        reporter.write_line(
            f"PLENARIA_STRICT_TESTS=1: {skipped} test(s) were skipped; every test must run.", red=True
        )
        session.exitstatus = 1
