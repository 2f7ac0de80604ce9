import pytest

from plenaria.registration.enums import RegistrationStatus
from tests.factories.registration import CategoryFactory
from tests.factories.safeguarding import AdultParticipantFactory


@pytest.fixture
def clerk(congress, make_staff):
    """A member of the secretariat at the accreditation desk."""
    return make_staff(congress, "can_change_congress")


@pytest.fixture
def delegate(congress):
    """An accredited adult participant."""
    return AdultParticipantFactory(
        category=CategoryFactory(congress=congress), status=RegistrationStatus.APPROVED
    )
