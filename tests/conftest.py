import os
import shutil

import pytest
from allauth.mfa.totp.internal.auth import TOTP
from django.core.cache import cache
from django.utils import translation

from tests.factories.accounts import UserFactory
from tests.factories.congresses import CongressFactory, StaffMembershipFactory, StaffTeamFactory

STRICT = os.environ.get("PLENARIA_STRICT_TESTS") == "1"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"


@pytest.fixture(autouse=True)
def _english():
    """Messages are compared in English, whatever language an earlier test's request left active."""
    with translation.override("en"):
        yield


@pytest.fixture(autouse=True)
def _empty_cache():
    cache.clear()
    yield
    cache.clear()


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
