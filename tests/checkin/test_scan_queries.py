"""What a scan costs in queries: the doors redeem hundreds a second, so every round trip counts."""

import uuid

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from plenaria.checkin.services import sync_batch
from plenaria.registration.enums import RegistrationStatus
from tests.factories.badges import BadgeFactory, clear_young_person
from tests.factories.safeguarding import YouthProfileFactory

pytestmark = [pytest.mark.integration, pytest.mark.django_db]

REDEEM = reverse("api:checkin-redeem")


def scan(secret: str, **fields) -> dict:
    return {
        "scan_id": str(uuid.uuid4()),
        "secret": secret,
        "scanned_at": timezone.now().isoformat(),
        **fields,
    }


def post_scan(client, secret: str):
    return client.post(
        REDEEM,
        scan(secret, direction="in"),
        content_type="application/json",
        HTTP_AUTHORIZATION="Device north-door-token",
    )


@pytest.fixture
def make_young_badge(congress, plenary):
    def make(**profile_fields):
        profile = YouthProfileFactory(
            participant__category__congress=congress,
            participant__status=RegistrationStatus.APPROVED,
            is_minor_frozen=True,
            **profile_fields,
        )
        plenary.categories.add(profile.participant.category)
        clear_young_person(profile)
        return BadgeFactory(participant=profile.participant)

    return make


def statements(captured: CaptureQueriesContext) -> list[str]:
    """The queries run, without the savepoints (the test's transaction turns the request's into one)."""
    return [query["sql"].split()[0] for query in captured.captured_queries if "SAVEPOINT" not in query["sql"]]


def test_adults_scan_over_the_api_costs_three_queries(client, device, badge, make_badge):
    post_scan(client, make_badge().secret)  # the age limit is cached from here on

    with CaptureQueriesContext(connection) as captured:
        response = post_scan(client, badge.secret)

    assert (response.status_code, response.json()["admitted"]) == (200, True)
    # The device; the badge (locked) with its holder, category and any youth profile, whether the holder's category
    # opens the zone and whether the device was revoked since; the scan.
    assert statements(captured) == ["SELECT", "SELECT", "INSERT"]


def test_unknown_badge_scan_over_the_api_costs_one_query_more(client, device, badge):
    """No badge was found to answer whether the device was revoked meanwhile: that is asked on its own."""
    post_scan(client, badge.secret)

    with CaptureQueriesContext(connection) as captured:
        response = post_scan(client, "no-such-badge")

    assert response.json()["reason"] == "unknown_badge"
    assert statements(captured) == ["SELECT", "SELECT", "SELECT", "INSERT"]


def test_young_peoples_scans_cost_no_query_per_person(device, make_young_badge):
    """The youth profile read with the badge is complete enough for the decision and the screen: a batch of three
    young people costs what a batch of one does."""
    one = [make_young_badge()]
    three = [make_young_badge(use_pseudonym=True, pseudonym=f"Hikari {n}") for n in range(3)]
    sync_batch(device=device, scans=[scan(one[0].secret)])  # caches warmed

    with CaptureQueriesContext(connection) as of_one:
        sync_batch(device=device, scans=[scan(badge.secret) for badge in one])
    with CaptureQueriesContext(connection) as of_three:
        report = sync_batch(device=device, scans=[scan(badge.secret) for badge in three])

    assert len(of_three) == len(of_one)
    assert [result.admitted for result in report.results] == [True, True, True]
    assert sorted(result.participant.name for result in report.results) == [
        "Hikari 0",
        "Hikari 1",
        "Hikari 2",
    ]
