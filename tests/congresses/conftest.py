import pytest

from plenaria.common.mail import queue_email
from tests.congresses.backoffice import ALL_FLAGS
from tests.factories.congresses import (
    CongressFactory,
    ContactPointFactory,
    EventFactory,
    KeyFigureFactory,
    PageFactory,
    ParticipationSectionFactory,
    StaffMembershipFactory,
    StaffTeamFactory,
)


@pytest.fixture
def editor(client_for, make_staff, congress):
    """A test client signed in as a staff member of `congress` holding every back-office flag."""
    return client_for(make_staff(congress, *ALL_FLAGS))


@pytest.fixture
def other_congress(db):
    return CongressFactory(slug="stockholm-1996", name={"en": "First World Congress"})


@pytest.fixture
def make_content(db):
    """Returns a function that fills a congress with one object of every back-office kind; returns their pks."""

    def make(congress) -> dict[str, int]:
        team = StaffTeamFactory(congress=congress, slug="communications")
        return {
            "events": EventFactory(congress=congress).pk,
            "pages": PageFactory(congress=congress).pk,
            "figures": KeyFigureFactory(congress=congress).pk,
            "participation": ParticipationSectionFactory(congress=congress, reviewing_team=team).pk,
            "contacts": ContactPointFactory(congress=congress, team=team).pk,
            "team": team.pk,
            "membership": StaffMembershipFactory(team=team).pk,
            "email": queue_email(
                to="someone@example.org",
                subject="Your badge",
                body_text="Hello",
                language="en",
                congress_id=congress.pk,
            ).pk,
        }

    return make
