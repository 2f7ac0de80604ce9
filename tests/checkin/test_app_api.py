"""What the device API gives the check-in app beyond scans by code: the list to find people by name or registration
number, scans of a person found by name (by badge id, online or synced later), and why a device is refused."""

import datetime
import uuid

import pytest
from django.urls import reverse
from django.utils import timezone

from plenaria.badges.enums import RevocationReason
from plenaria.badges.services import revoke_badge
from plenaria.checkin.models import Scan
from plenaria.checkin.services import revoke_device
from plenaria.registration.enums import RegistrationStatus
from tests.factories.badges import BadgeFactory, clear_young_person
from tests.factories.checkin import CheckpointFactory, DeviceFactory
from tests.factories.congresses import CongressFactory
from tests.factories.safeguarding import YouthProfileFactory

pytestmark = [pytest.mark.integration, pytest.mark.django_db]

LIST = reverse("api:checkin-checkpoint-list")
REDEEM = reverse("api:checkin-redeem")
SYNC = reverse("api:checkin-sync")
AUTH = {"HTTP_AUTHORIZATION": "Device north-door-token"}


def post(client, url, body):
    return client.post(url, body, content_type="application/json", **AUTH)


def by_id(badge_id: int, **fields) -> dict:
    return {
        "scan_id": str(uuid.uuid4()),
        "badge_id": badge_id,
        "scanned_at": timezone.now().isoformat(),
        **fields,
    }


def test_list_has_what_finds_a_person_by_name_or_registration_number(client, device, make_badge):
    badge = make_badge(given_name="Yui", family_name="Tanaka", name_in_own_script="田中 唯")

    (listed,) = client.get(LIST, **AUTH).json()["admitted"]

    assert (listed["badge_id"], listed["name"], listed["name_in_own_script"], listed["reference"]) == (
        badge.pk,
        "Yui TANAKA",
        "田中 唯",
        badge.participant.reference,
    )


def test_list_gives_only_the_pseudonym_of_a_young_person(client, congress, device, plenary):
    profile = YouthProfileFactory(
        participant__category__congress=congress,
        participant__status=RegistrationStatus.APPROVED,
        participant__name_in_own_script="山田 光",
        is_minor_frozen=True,
        use_pseudonym=True,
        pseudonym="Hikari",
    )
    plenary.categories.add(profile.participant.category)
    clear_young_person(profile)
    BadgeFactory(participant=profile.participant)

    response = client.get(LIST, **AUTH)

    (listed,) = response.json()["admitted"]
    assert (listed["name"], listed["name_in_own_script"], listed["reference"], listed["photo_url"]) == (
        "Hikari",
        "",
        "",
        None,
    )
    content = response.content.decode()
    assert profile.participant.reference not in content
    assert "山田" not in content
    assert profile.participant.family_name not in content


def test_person_found_by_name_is_admitted_by_badge_id(client, device, badge):
    response = post(client, REDEEM, by_id(badge.pk, direction="in"))

    assert (response.status_code, response.json()["admitted"], response.json()["participant"]["name"]) == (
        200,
        True,
        "Aiko SATO",
    )
    assert list(Scan.objects.values_list("badge_id", "result", "direction")) == [(badge.pk, "admitted", "in")]


def test_badge_id_of_another_congress_is_unknown(client, device):
    elsewhere = BadgeFactory(participant__category__congress=CongressFactory(slug="other"))

    answer = post(client, REDEEM, by_id(elsewhere.pk)).json()

    assert (answer["admitted"], answer["reason"], answer["participant"]) == (False, "unknown_badge", None)


def test_badge_id_of_a_category_the_zone_does_not_admit_tells_nothing_of_its_holder(
    client, congress, media_centre, make_badge, delegates
):
    DeviceFactory(
        checkpoint=CheckpointFactory(congress=congress, zone=media_centre), token="north-door-token"
    )
    delegate = make_badge(category=delegates, given_name="Ana", family_name="Lima")

    answer = post(client, REDEEM, by_id(delegate.pk)).json()

    assert (answer["admitted"], answer["reason"], answer["participant"]) == (False, "unknown_badge", None)
    assert Scan.objects.get().badge_id is None


@pytest.mark.parametrize(
    "body",
    [
        {"scan_id": str(uuid.uuid4()), "scanned_at": "2001-12-17T09:00:00Z"},
        {"scan_id": str(uuid.uuid4()), "scanned_at": "2001-12-17T09:00:00Z", "secret": "x", "badge_id": 1},
    ],
)
def test_scan_needs_a_code_or_a_badge_id_not_both(client, device, body):
    response = post(client, REDEEM, body)

    assert (response.status_code, response.json()["code"], list(response.json()["fields"])) == (
        400,
        "invalid",
        ["secret"],
    )
    assert Scan.objects.count() == 0


def test_sync_takes_scans_by_badge_id_beside_scans_by_code(client, device, make_badge):
    found_by_name = make_badge(given_name="Yui", family_name="Tanaka")
    scanned = make_badge(given_name="Bruno", family_name="Diaz")
    revoke_badge(badge=found_by_name, actor=None, reason=RevocationReason.LOST)  # while the device is offline
    offline_at = timezone.now() + datetime.timedelta(seconds=1)
    scans = [
        by_id(found_by_name.pk, scanned_at=offline_at.isoformat(), admitted=True),
        {
            "scan_id": str(uuid.uuid4()),
            "secret": scanned.secret,
            "scanned_at": offline_at.isoformat(),
            "admitted": True,
        },
    ]

    first = post(client, SYNC, {"scans": scans}).json()
    again = post(client, SYNC, {"scans": scans}).json()

    assert (first["recorded"], first["admitted"], first["conflicts"]) == (2, 1, 1)
    conflict = next(result for result in first["results"] if result["conflict"])
    assert (conflict["reason"], conflict["participant"]["name"]) == ("revoked_badge", "Yui TANAKA")
    assert (again["recorded"], again["duplicates"]) == (0, 2)
    assert Scan.objects.count() == 2


def test_refused_device_is_told_why_by_a_code(client, device):
    missing = client.get(LIST)
    unknown = client.get(LIST, HTTP_AUTHORIZATION="Device not-a-token")
    revoke_device(device=device, actor=None)
    revoked = client.get(LIST, **AUTH)

    assert [(r.status_code, r.json()["code"]) for r in (missing, unknown, revoked)] == [
        (401, "device_invalid"),
        (401, "device_invalid"),
        (401, "device_revoked"),
    ]
    assert revoked.json()["detail"] == "This device is revoked."
