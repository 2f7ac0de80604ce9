import pytest

from plenaria.registration.enums import RegistrationStatus
from tests.factories.badges import AccessZoneFactory, BadgeFactory
from tests.factories.checkin import CheckpointFactory, DeviceFactory
from tests.factories.registration import CategoryFactory
from tests.factories.safeguarding import AdultParticipantFactory


@pytest.fixture
def delegates(congress):
    return CategoryFactory(congress=congress, slug="delegate", badge_code="D", name={"en": "Delegate"})


@pytest.fixture
def media(congress):
    return CategoryFactory(congress=congress, slug="media", badge_code="M", name={"en": "Media"})


@pytest.fixture
def plenary(congress, delegates, media):
    return AccessZoneFactory(congress=congress, slug="plenary", categories=[delegates, media])


@pytest.fixture
def media_centre(congress, media):
    return AccessZoneFactory(congress=congress, slug="media-centre", categories=[media])


@pytest.fixture
def plenary_door(congress, plenary):
    return CheckpointFactory(congress=congress, zone=plenary, name="Plenary hall, north door")


@pytest.fixture
def device(plenary_door):
    return DeviceFactory(checkpoint=plenary_door, token="north-door-token")


@pytest.fixture
def media_device(congress, media_centre):
    return DeviceFactory(checkpoint=CheckpointFactory(congress=congress, zone=media_centre))


@pytest.fixture
def make_badge(delegates):
    def make(category=None, **participant_fields):
        participant_fields.setdefault("status", RegistrationStatus.APPROVED)
        participant = AdultParticipantFactory(category=category or delegates, **participant_fields)
        return BadgeFactory(participant=participant)

    return make


@pytest.fixture
def badge(make_badge):
    return make_badge(given_name="Aiko", family_name="Sato")
