import pytest
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from plenaria.registration.enums import CategoryKind, RegistrationStatus
from plenaria.registration.models import Participant
from tests.factories.accounts import UserFactory
from tests.factories.congresses import StaffMembershipFactory, StaffTeamFactory
from tests.factories.registration import (
    CategoryFactory,
    DelegationFactory,
    FocalPointFactory,
    ParticipantFactory,
    ReviewStageFactory,
)

pytestmark = [pytest.mark.integration, pytest.mark.django_db]


def api_for(user) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=user).key}")
    return client


@pytest.fixture
def teams(congress):
    return {
        "unicef": StaffTeamFactory(congress=congress, slug="unicef"),
        "ecpat": StaffTeamFactory(congress=congress, slug="ecpat"),
    }


@pytest.fixture
def ngo_registration(congress, teams):
    category = CategoryFactory(
        congress=congress,
        slug="ngo",
        kind=CategoryKind.NGO,
        reviewing_team=teams["ecpat"],
        is_nominated_by_delegation=False,
    )
    ReviewStageFactory(category=category, position=1, team=teams["ecpat"])
    return ParticipantFactory(category=category, stage=category.stages.first(), reference="YK-NGO1-AAAA")


def member_of(team):
    user = UserFactory()
    StaffMembershipFactory(team=team, user=user)
    return user


def test_api_reviewer_lists_only_the_registrations_of_their_queue(congress, teams, ngo_registration):
    url = f"/api/v1/congresses/{congress.slug}/registrations/"

    ecpat = api_for(member_of(teams["ecpat"])).get(url).json()
    unicef = api_for(member_of(teams["unicef"])).get(url).json()

    assert [r["reference"] for r in ecpat["results"]] == ["YK-NGO1-AAAA"]
    assert unicef["results"] == []


def test_api_other_team_cannot_read_or_decide(congress, teams, ngo_registration):
    client = api_for(member_of(teams["unicef"]))
    base = f"/api/v1/congresses/{congress.slug}/registrations/YK-NGO1-AAAA/"

    read = client.get(base)
    decide = client.post(f"{base}decisions/", {"decision": "approve"}, format="json")

    ngo_registration.refresh_from_db()
    assert (read.status_code, decide.status_code) == (404, 404)
    assert ngo_registration.status == RegistrationStatus.SUBMITTED


def test_api_reviewer_decides_and_a_missing_reason_is_a_409_with_its_code(congress, teams, ngo_registration):
    client = api_for(member_of(teams["ecpat"]))
    url = f"/api/v1/congresses/{congress.slug}/registrations/YK-NGO1-AAAA/decisions/"

    refused = client.post(url, {"decision": "reject"}, format="json")
    approved = client.post(url, {"decision": "approve"}, format="json")

    assert refused.status_code == 409
    assert refused.json()["code"] == "reason_required"
    assert approved.json()["status"] == RegistrationStatus.APPROVED


def test_api_create_registration_twice_with_one_key_creates_one(congress, ngo_registration):
    client = api_for(UserFactory())
    payload = {
        "category": "ngo",
        "email": "new@ngo.example",
        "given_name": "Ana",
        "family_name": "Lima",
        "submission_key": "retry-123",
        "accepts_code_of_conduct": True,
    }
    url = f"/api/v1/congresses/{congress.slug}/registrations/"

    first = client.post(url, payload, format="json")
    second = client.post(url, payload, format="json")

    assert (first.status_code, second.status_code) == (201, 201)
    assert first.json()["reference"] == second.json()["reference"]
    assert Participant.objects.filter(email="new@ngo.example").count() == 1


def test_api_create_registration_without_code_of_conduct_is_refused(congress, ngo_registration):
    response = api_for(UserFactory()).post(
        f"/api/v1/congresses/{congress.slug}/registrations/",
        {
            "category": "ngo",
            "email": "x@ngo.example",
            "given_name": "A",
            "family_name": "B",
            "submission_key": "k",
            "accepts_code_of_conduct": False,
        },
        format="json",
    )

    assert response.status_code == 400
    assert "accepts_code_of_conduct" in response.json()


def test_api_focal_point_nominates_only_in_their_own_delegation(congress, government_category):
    mine, other = DelegationFactory(congress=congress), DelegationFactory(congress=congress)
    focal = UserFactory()
    FocalPointFactory(delegation=mine, user=focal, email=focal.email, accepted_at="2001-10-01T09:00:00Z")
    client = api_for(focal)
    nominee = {"given_name": "Ken", "family_name": "Ito", "email": "ken@mofa.example", "role": "delegate"}

    created = client.post(
        f"/api/v1/congresses/{congress.slug}/delegations/{mine.pk}/members/", nominee, format="json"
    )
    refused = client.post(
        f"/api/v1/congresses/{congress.slug}/delegations/{other.pk}/members/", nominee, format="json"
    )
    listed = client.get(f"/api/v1/congresses/{congress.slug}/delegations/").json()

    assert created.status_code == 201
    assert created.json()["status"] == RegistrationStatus.NOMINATED
    assert refused.status_code == 404
    assert [d["id"] for d in listed] == [mine.pk]


def test_api_anonymous_gets_nothing(client, congress, ngo_registration):
    response = client.get(f"/api/v1/congresses/{congress.slug}/registrations/")

    assert response.status_code == 401
    assert response["WWW-Authenticate"] == "Token"


def test_api_lists_registrations_in_pages_that_follow_each_other(congress, teams, ngo_registration):
    category = ngo_registration.category
    more = [ParticipantFactory(category=category, reference=f"YK-PAGE-{n:04d}") for n in range(4)]
    api = api_for(member_of(teams["ecpat"]))

    first = api.get(f"/api/v1/congresses/{congress.slug}/registrations/?page_size=3").json()
    second = api.get(first["next"]).json()

    listed = [r["reference"] for r in first["results"] + second["results"]]
    assert listed == [ngo_registration.reference, *(p.reference for p in more)]
    assert second["next"] is None
