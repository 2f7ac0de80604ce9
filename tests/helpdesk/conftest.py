import pytest

from plenaria.helpdesk.enums import HelpdeskRole
from plenaria.helpdesk.services.routing import install_default_routing
from tests.factories.congresses import StaffTeamFactory


@pytest.fixture
def teams(congress):
    """The Yokohama co-organisers' teams, by slug."""
    organisations = {
        "secretariat": {
            "en": "Ministry of Foreign Affairs of Japan",
            "fr": "Ministère des Affaires étrangères du Japon",
        },
        "unicef": {"en": "UNICEF", "fr": "UNICEF"},
        "ecpat": {"en": "ECPAT", "fr": "ECPAT"},
        "ngo-group": {
            "en": "NGO Group for the Convention on the Rights of the Child",
            "fr": "Groupe des ONG pour la Convention relative aux droits de l'enfant",
        },
        "communications": {"en": "Communications Advisor", "fr": "Conseiller en communication"},
    }
    return {
        slug: StaffTeamFactory(congress=congress, slug=slug, organisation=organisation)
        for slug, organisation in organisations.items()
    }


@pytest.fixture
def role_teams(teams):
    """The role → team mapping of the Yokohama congress (no separate youth team: UNICEF stands in)."""
    return {
        HelpdeskRole.SECRETARIAT: teams["secretariat"],
        HelpdeskRole.INTERGOVERNMENTAL: teams["unicef"],
        HelpdeskRole.PRIVATE_SECTOR: teams["ecpat"],
        HelpdeskRole.NGO: teams["ngo-group"],
        HelpdeskRole.MEDIA: teams["communications"],
    }


@pytest.fixture
def routed_congress(congress, role_teams):
    install_default_routing(congress=congress, teams=role_teams)
    return congress
