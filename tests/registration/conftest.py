import pytest

from tests.factories.registration import CategoryFactory, DelegationFactory, ReviewStageFactory


@pytest.fixture
def government_category(congress):
    """Government delegations, reviewed in two stages: secretariat, then security screening."""
    category = CategoryFactory(congress=congress, slug="government")
    ReviewStageFactory(category=category, position=1, name={"en": "Secretariat"})
    ReviewStageFactory(category=category, position=2, name={"en": "Security screening"})
    return category


@pytest.fixture
def delegation(congress, government_category):
    return DelegationFactory(congress=congress, quota=2)
