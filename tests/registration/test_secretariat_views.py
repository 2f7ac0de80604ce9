import pytest
from django.urls import reverse

from plenaria.common.models import OutboundEmail
from plenaria.delegations.models import Delegation, Organisation
from plenaria.registration.models import ReviewStage
from tests.factories.congresses import CongressFactory
from tests.factories.registration import CategoryFactory, DelegationFactory, OrganisationFactory

pytestmark = [pytest.mark.integration, pytest.mark.django_db]


def url(name, congress, **kwargs):
    return reverse(f"accreditation:{name}", kwargs={"congress_slug": congress.slug, **kwargs})


@pytest.fixture
def secretariat(client_for, make_staff, congress):
    return client_for(make_staff(congress, "can_change_congress"))


def test_delegation_list_shows_places_used_and_focal_point_state(secretariat, congress, delegation):
    response = secretariat.get(url("delegations", congress))

    html = response.content.decode()
    assert response.status_code == 200
    assert delegation.organisation.name in html
    assert "0 / 2" in html


@pytest.mark.parametrize("rows", [1, 3])
def test_delegation_list_query_count_does_not_grow_with_rows(
    secretariat, congress, django_assert_num_queries, rows
):
    DelegationFactory.create_batch(rows, congress=congress)

    with django_assert_num_queries(8):
        secretariat.get(url("delegations", congress))


def test_create_delegation_and_invite_focal_point_sends_the_invitation(
    secretariat, congress, django_capture_on_commit_callbacks
):
    organisation = OrganisationFactory(name="Government of Sweden", country="SE")

    response = secretariat.post(
        url("delegation-create", congress), {"organisation": organisation.pk, "quota": 10}
    )
    delegation = Delegation.objects.get(congress=congress, organisation=organisation)
    with django_capture_on_commit_callbacks(execute=True):
        secretariat.post(
            url("focal-point-invite", congress, pk=delegation.pk), {"email": "focal@gov.se", "language": "fr"}
        )

    assert response.status_code == 302
    assert delegation.quota == 10
    assert list(OutboundEmail.objects.values_list("to", "language")) == [("focal@gov.se", "fr")]


def test_invite_focal_point_invalid_email_shows_the_error_and_sends_nothing(
    secretariat, congress, delegation
):
    response = secretariat.post(
        url("focal-point-invite", congress, pk=delegation.pk), {"email": "not-an-address", "language": "en"}
    )

    assert response.status_code == 200
    assert "Enter a valid email address." in response.content.decode()
    assert OutboundEmail.objects.count() == 0


def test_change_quota_negative_is_refused(secretariat, congress, delegation):
    response = secretariat.post(url("delegation-quota", congress, pk=delegation.pk), {"quota": -1})

    delegation.refresh_from_db()
    assert response.status_code == 200
    assert delegation.quota == 2


def test_add_stage_to_category_keeps_the_order(secretariat, congress, government_category):
    team = government_category.reviewing_team

    secretariat.post(
        url("stage-add", congress, pk=government_category.pk),
        {"position": 3, "kind": "team", "name_0": "Protocol", "team": team.pk},
    )

    assert [str(stage) for stage in ReviewStage.objects.filter(category=government_category)] == [
        "Secretariat",
        "Security screening",
        "Protocol",
    ]


def test_organisation_form_saves_to_the_register(secretariat, congress):
    secretariat.post(
        url("organisation-create", congress),
        {"kind": "ngo", "name": "ECPAT International", "ecosoc_status": "special"},
    )

    assert Organisation.objects.get(name="ECPAT International").ecosoc_status == "special"


@pytest.mark.parametrize("flags", [(), ("can_change_content", "can_manage_teams", "can_view_audit_log")])
def test_accreditation_pages_refused_without_the_secretariat_permission(
    client_for, make_staff, congress, delegation, flags
):
    client = client_for(make_staff(congress, *flags))

    statuses = {
        client.get(url(name, congress, **kw)).status_code
        for name, kw in [
            ("delegations", {}),
            ("delegation", {"pk": delegation.pk}),
            ("organisations", {}),
            ("categories", {}),
        ]
    }

    assert statuses == {403}


def test_secretariat_of_another_congress_cannot_open_this_congress_delegation(
    client_for, make_staff, delegation
):
    other = CongressFactory()
    client = client_for(make_staff(other, "can_change_congress"))

    response = client.get(url("delegation", delegation.congress, pk=delegation.pk))
    through_own = client.get(url("delegation", other, pk=delegation.pk))

    assert response.status_code == 403
    assert through_own.status_code == 404


def test_anonymous_is_sent_to_log_in(client, congress):
    response = client.get(url("delegations", congress))

    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_category_form_saves_changes_with_audit(secretariat, congress):
    category = CategoryFactory(
        congress=congress, slug="media", kind="media", is_nominated_by_delegation=False
    )

    secretariat.post(
        url("category", congress, pk=category.pk),
        {
            "slug": "media",
            "kind": "media",
            "name_0": "Media",
            "reviewing_team": category.reviewing_team.pk,
            "default_delegation_quota": 10,
            "badge_colour": "#f2c200",
            "badge_code": "P",
            "position": 4,
            "required_documents": ["assignment_letter", "press_card"],
            "needs_review_after_change": "on",
        },
    )

    category.refresh_from_db()
    assert category.required_documents == ["assignment_letter", "press_card"]
    assert category.badge_colour == "#f2c200"
