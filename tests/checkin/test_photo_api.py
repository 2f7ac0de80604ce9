import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils import timezone

from plenaria.registration.enums import RegistrationStatus
from tests.factories.badges import BadgeFactory, clear_young_person
from tests.factories.registration import CategoryFactory
from tests.factories.safeguarding import YouthProfileFactory

pytestmark = [pytest.mark.integration, pytest.mark.django_db]

PHOTO = b"\x89PNG\r\n\x1a\n photo of the participant"
AUTH = {"HTTP_AUTHORIZATION": "Device north-door-token"}


@pytest.fixture(autouse=True)
def _private_media(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path


def with_photo(participant):
    participant.photo.save("photo.png", ContentFile(PHOTO))
    return participant


def test_photo_of_an_admitted_adult_is_served_to_the_device(client, device, badge):
    with_photo(badge.participant)
    redeemed = client.post(
        reverse("api:checkin-redeem"),
        {
            "scan_id": "0b5f7b9e-3a61-4d0e-9d0e-2a1b4c5d6e7f",
            "secret": badge.secret,
            "scanned_at": timezone.now(),
        },
        content_type="application/json",
        **AUTH,
    ).json()

    response = client.get(redeemed["participant"]["photo_url"], **AUTH)

    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PHOTO
    assert response["Cache-Control"] == "private, no-store"


def test_photo_needs_a_device_token(client, device, badge):
    with_photo(badge.participant)

    response = client.get(reverse("api:checkin-badge-photo", kwargs={"badge_id": badge.pk}))

    assert response.status_code == 401


def test_photo_of_a_badge_the_zone_does_not_admit_is_not_found(client, device, make_badge, congress):
    badge = make_badge(category=CategoryFactory(congress=congress, slug="staff"))
    with_photo(badge.participant)

    response = client.get(reverse("api:checkin-badge-photo", kwargs={"badge_id": badge.pk}), **AUTH)

    assert response.status_code == 404


def test_photo_of_a_young_person_without_public_consent_is_not_found(client, congress, device, plenary):
    profile = YouthProfileFactory(
        participant__category__congress=congress,
        participant__status=RegistrationStatus.APPROVED,
        is_minor_frozen=True,
    )
    plenary.categories.add(profile.participant.category)
    clear_young_person(profile)
    badge = BadgeFactory(participant=with_photo(profile.participant))

    response = client.get(reverse("api:checkin-badge-photo", kwargs={"badge_id": badge.pk}), **AUTH)

    assert response.status_code == 404
