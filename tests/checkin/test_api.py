import uuid

import pytest
from django.urls import reverse
from django.utils import timezone

from plenaria.checkin.models import Scan
from plenaria.checkin.services import revoke_device
from tests.factories.badges import AccessZoneFactory
from tests.factories.checkin import CheckpointFactory, DeviceFactory
from tests.factories.congresses import CongressFactory

pytestmark = [pytest.mark.integration, pytest.mark.django_db]

LIST = reverse("api:checkin-checkpoint-list")
REDEEM = reverse("api:checkin-redeem")
SYNC = reverse("api:checkin-sync")


def auth(token: str) -> dict:
    return {"HTTP_AUTHORIZATION": f"Device {token}"}


def scan(secret: str, **fields) -> dict:
    return {
        "scan_id": str(uuid.uuid4()),
        "secret": secret,
        "scanned_at": timezone.now().isoformat(),
        **fields,
    }


def test_redeem_api_admits_and_answers_for_the_screen(client, device, badge):
    body = scan(badge.secret, direction="in")

    response = client.post(REDEEM, body, content_type="application/json", **auth("north-door-token"))

    assert response.status_code == 200
    assert response.json() == {
        "scan_id": body["scan_id"],
        "admitted": True,
        "reason": "admitted",
        "message": "Admitted.",
        "participant": {
            "name": "Aiko SATO",
            "category": "Delegate",
            "category_code": "D",
            "role": "",
            "photo_url": None,
        },
        "flagged": False,
        "conflict": False,
        "duplicate": False,
    }


def test_redeem_api_wrong_zone_is_refused_with_the_reason(client, congress, media_centre, badge):
    DeviceFactory(checkpoint=CheckpointFactory(congress=congress, zone=media_centre), token="media-token")

    response = client.post(REDEEM, scan(badge.secret), content_type="application/json", **auth("media-token"))

    assert (response.status_code, response.json()["admitted"], response.json()["reason"]) == (
        200,
        False,
        "wrong_zone",
    )
    assert response.json()["message"] == "This badge does not open this zone."


def test_redeem_api_invalid_body_is_refused_with_the_fields(client, device):
    response = client.post(
        REDEEM,
        {"secret": "x", "scan_id": "nope"},
        content_type="application/json",
        **auth("north-door-token"),
    )

    assert response.status_code == 400
    assert response.json()["code"] == "invalid"
    assert set(response.json()["fields"]) == {"scan_id", "scanned_at"}
    assert Scan.objects.count() == 0


@pytest.mark.parametrize(
    ("body", "fields"),
    [
        (["not", "a", "scan"], {"non_field_errors"}),
        ({"scan_id": str(uuid.uuid4()), "scanned_at": "2001-12-17T09:00:00+09:00"}, {"secret"}),
        (
            {
                "scan_id": str(uuid.uuid4()),
                "scanned_at": "2001-12-17T09:00:00+09:00",
                "secret": "x",
                "badge_id": 1,
            },
            {"secret"},
        ),
        ({"scan_id": str(uuid.uuid4()), "scanned_at": "yesterday", "secret": "x"}, {"scanned_at"}),
    ],
)
def test_redeem_api_each_wrong_body_says_which_field_and_the_next_scan_is_not_affected(
    client, device, badge, body, fields
):
    """The input's shape is checked by one serializer kept for every request: an error leaves nothing behind."""
    refused = client.post(REDEEM, body, content_type="application/json", **auth("north-door-token"))
    admitted = client.post(
        REDEEM, scan(badge.secret), content_type="application/json", **auth("north-door-token")
    )
    refused_again = client.post(REDEEM, body, content_type="application/json", **auth("north-door-token"))

    assert (refused.status_code, refused.json()["code"], set(refused.json()["fields"])) == (
        400,
        "invalid",
        fields,
    )
    assert refused_again.json() == refused.json()
    assert (admitted.status_code, admitted.json()["admitted"]) == (200, True)
    assert Scan.objects.count() == 1


def test_redeem_api_answers_json_whatever_is_accepted_and_refuses_a_body_that_is_not_json(
    client, device, badge
):
    answered = client.post(
        REDEEM,
        scan(badge.secret),
        content_type="application/json",
        HTTP_ACCEPT="text/html",
        **auth("north-door-token"),
    )
    form = client.post(REDEEM, scan(badge.secret), **auth("north-door-token"))

    assert (answered.status_code, answered["Content-Type"], answered.json()["admitted"]) == (
        200,
        "application/json",
        True,
    )
    assert form.status_code == 415
    assert Scan.objects.count() == 1


@pytest.mark.parametrize(
    "headers",
    [
        {},
        auth("wrong-token"),
        {"HTTP_AUTHORIZATION": "Device"},
        {"HTTP_AUTHORIZATION": "Token north-door-token"},
    ],
)
def test_device_api_without_a_valid_token_is_refused(client, device, badge, headers):
    responses = [
        client.get(LIST, **headers),
        client.post(REDEEM, scan(badge.secret), content_type="application/json", **headers),
        client.post(SYNC, {"scans": []}, content_type="application/json", **headers),
    ]

    assert [response.status_code for response in responses] == [401, 401, 401]
    assert Scan.objects.count() == 0


def test_device_api_revoked_device_is_refused(client, device, badge):
    revoke_device(device=device, actor=None)

    response = client.post(
        REDEEM, scan(badge.secret), content_type="application/json", **auth("north-door-token")
    )

    assert response.status_code == 401
    assert response.json()["detail"] == "This device is revoked."
    assert Scan.objects.count() == 0


def test_device_api_signed_in_staff_without_device_token_is_refused(client, congress, make_staff, client_for):
    staff = client_for(make_staff(congress, "can_change_congress"))

    assert staff.get(LIST).status_code in (401, 403)


def test_device_api_device_of_another_congress_sees_no_badge_of_this_one(client, badge):
    other = CongressFactory(slug="other")
    zone = AccessZoneFactory(congress=other, categories=[])
    DeviceFactory(checkpoint=CheckpointFactory(congress=other, zone=zone), token="other-token")

    listed = client.get(LIST, **auth("other-token")).json()
    redeemed = client.post(REDEEM, scan(badge.secret), content_type="application/json", **auth("other-token"))

    assert (listed["admitted"], listed["revoked_hashes"]) == ([], [])
    assert redeemed.json()["reason"] == "unknown_badge"


def test_checkpoint_list_api_gives_digests_not_secrets(client, device, badge):
    response = client.get(LIST, **auth("north-door-token"))

    assert response.status_code == 200
    body = response.json()
    assert (body["checkpoint"], len(body["admitted"]), body["revoked_hashes"]) == (
        "Plenary hall, north door",
        1,
        [],
    )
    assert badge.secret not in response.content.decode()


def test_sync_api_twice_counts_once_and_reports_the_summary(client, device, badge):
    body = {"scans": [scan(badge.secret, admitted=True), scan("unknown", admitted=False)]}

    first = client.post(SYNC, body, content_type="application/json", **auth("north-door-token")).json()
    again = client.post(SYNC, body, content_type="application/json", **auth("north-door-token")).json()

    assert {
        k: first[k] for k in ("received", "recorded", "duplicates", "admitted", "refused", "conflicts")
    } == {
        "received": 2,
        "recorded": 2,
        "duplicates": 0,
        "admitted": 1,
        "refused": 1,
        "conflicts": 0,
    }
    assert (again["recorded"], again["duplicates"]) == (0, 2)
    assert Scan.objects.count() == 2


def test_sync_api_scan_without_the_device_decision_is_refused(client, device, badge):
    body = {"scans": [scan(badge.secret)]}

    response = client.post(SYNC, body, content_type="application/json", **auth("north-door-token"))

    assert (response.status_code, response.json()["code"]) == (400, "invalid")


def test_scan_id_of_another_device_gets_409(client, device, plenary_door, badge):
    DeviceFactory(checkpoint=plenary_door, token="second-token")
    body = scan(badge.secret)
    client.post(REDEEM, body, content_type="application/json", **auth("north-door-token"))

    response = client.post(REDEEM, body, content_type="application/json", **auth("second-token"))

    assert (response.status_code, response.json()["code"]) == (409, "scan_id_taken")


def test_device_api_is_in_the_openapi_schema(client):
    schema = client.get(reverse("api-schema"), HTTP_ACCEPT="application/json").json()

    assert {"/api/v1/checkin/checkpoint-list/", "/api/v1/checkin/scans/", "/api/v1/checkin/sync/"} <= set(
        schema["paths"]
    )
    assert schema["paths"]["/api/v1/checkin/scans/"]["post"]["security"] == [{"deviceToken": []}]
