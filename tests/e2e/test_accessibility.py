"""axe-core scans of the public pages: no serious or critical accessibility violation."""

import json

import pytest
from axe_playwright_python.sync_playwright import Axe

from plenaria.accounts.models import User
from plenaria.congresses.models import Page

from .conftest import DEMO_STAFF_EMAIL

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PUBLIC_PAGES = [
    "/en/yokohama-2001/",
    "/en/yokohama-2001/stockholm-to-yokohama/",
    "/en/yokohama-2001/participation/",
    "/en/yokohama-2001/youth-event/",
    "/en/yokohama-2001/regional-consultations/",
    "/en/yokohama-2001/venue-and-travel/",
    "/en/yokohama-2001/contacts/",
    "/en/accounts/login/",
    "/ar/yokohama-2001/",
]
BACK_OFFICE_PAGES = [
    "/en/manage/yokohama-2001/",
    "/en/manage/yokohama-2001/pages/",
    "/en/manage/yokohama-2001/pages/{home_page_pk}/",
    "/en/manage/yokohama-2001/teams/",
    "/en/manage/yokohama-2001/audit-log/",
    "/en/manage/yokohama-2001/outbox/",
    "/en/accounts/profile/",
]
BLOCKING_IMPACTS = {"serious", "critical"}


def _describe(violations: list[dict]) -> str:
    return json.dumps(
        [
            {
                "id": violation["id"],
                "impact": violation["impact"],
                "help": violation["help"],
                "nodes": [node["target"] for node in violation["nodes"]][:5],
                "summary": violation["nodes"][0].get("failureSummary", "") if violation["nodes"] else "",
            }
            for violation in violations
        ],
        indent=2,
        ensure_ascii=False,
    )


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_public_page_axe_scan_has_no_serious_violations(page, live_server, demo_congress, path):
    page.goto(f"{live_server.url}{path}")

    results = Axe().run(page)

    blocking = [v for v in results.response["violations"] if v["impact"] in BLOCKING_IMPACTS]
    assert blocking == [], _describe(blocking)


@pytest.mark.parametrize("path", BACK_OFFICE_PAGES)
def test_back_office_page_axe_scan_has_no_serious_violations(
    page, live_server, demo_congress, browser_signed_in_as, path
):
    browser_signed_in_as(User.objects.get(email=DEMO_STAFF_EMAIL))
    home_page = Page.objects.get(congress=demo_congress, section="home")
    page.goto(f"{live_server.url}{path.format(home_page_pk=home_page.pk)}")

    results = Axe().run(page)

    blocking = [v for v in results.response["violations"] if v["impact"] in BLOCKING_IMPACTS]
    assert page.url == f"{live_server.url}{path.format(home_page_pk=home_page.pk)}"
    assert blocking == [], _describe(blocking)
