import pytest

from tests.factories.congresses import CongressFactory


@pytest.fixture
def editor(congress, make_staff):
    """A member of a team that edits the congress's documents, and therefore its news."""
    return make_staff(congress, "can_edit_documents")


@pytest.fixture
def other_congress(db):
    return CongressFactory(slug="kawasaki-youth")
