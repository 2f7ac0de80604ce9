import pytest
from django.urls import reverse

from plenaria.registration.enums import CategoryKind, RegistrationStatus
from tests.factories.accounts import UserFactory
from tests.factories.congresses import StaffMembershipFactory, StaffTeamFactory
from tests.factories.registration import CategoryFactory, ParticipantFactory, ReviewStageFactory

pytestmark = [pytest.mark.integration, pytest.mark.django_db]


@pytest.fixture
def teams(congress):
    return {
        "unicef": StaffTeamFactory(congress=congress, slug="unicef"),
        "ecpat": StaffTeamFactory(congress=congress, slug="ecpat"),
    }


@pytest.fixture
def ngo(congress, teams):
    category = CategoryFactory(
        congress=congress,
        slug="ngo",
        kind=CategoryKind.NGO,
        reviewing_team=teams["ecpat"],
        is_nominated_by_delegation=False,
    )
    ReviewStageFactory(category=category, position=1, team=teams["ecpat"], name={"en": "ECPAT review"})
    return category


@pytest.fixture
def registration(ngo):
    return ParticipantFactory(
        category=ngo, stage=ngo.stages.first(), given_name="Amina", family_name="Haddad"
    )


@pytest.fixture
def staff_client(client, make_staff):
    def make(team):
        user = UserFactory()
        StaffMembershipFactory(team=team, user=user)
        from allauth.mfa.totp.internal.auth import TOTP

        TOTP.activate(user, "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP")
        client.force_login(user)
        return client

    return make


def queue_url(congress):
    return reverse("review:queue", kwargs={"congress_slug": congress.slug})


def detail_url(participant):
    return reverse(
        "review:participant", kwargs={"congress_slug": participant.congress.slug, "pk": participant.pk}
    )


def test_queue_shows_the_teams_registrations_only(staff_client, congress, teams, registration):
    ecpat = staff_client(teams["ecpat"]).get(queue_url(congress)).content.decode()

    assert "Amina HADDAD" in ecpat


def test_other_team_sees_nothing_and_cannot_decide(staff_client, congress, teams, registration):
    client = staff_client(teams["unicef"])

    listing = client.get(queue_url(congress)).content.decode()
    detail = client.get(detail_url(registration))
    decide = client.post(detail_url(registration), {"decision": "approve"})
    bulk = client.post(queue_url(congress), {"decision": "approve", "participants": [registration.pk]})

    registration.refresh_from_db()
    assert "Amina HADDAD" not in listing
    assert (detail.status_code, decide.status_code, bulk.status_code) == (404, 404, 200)
    assert registration.status == RegistrationStatus.SUBMITTED


def test_decision_without_reason_reshows_the_form_and_records_nothing(staff_client, teams, registration):
    response = staff_client(teams["ecpat"]).post(
        detail_url(registration), {"decision": "reject", "reason": ""}
    )

    assert "Give a reason: the participant will read it." in response.content.decode()
    assert registration.decisions.count() == 0


def test_decision_by_htmx_returns_the_decision_panel(staff_client, teams, registration):
    response = staff_client(teams["ecpat"]).post(
        detail_url(registration), {"decision": "approve"}, HTTP_HX_REQUEST="true"
    )

    html = response.content.decode()
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.APPROVED
    assert html.lstrip().startswith('<section class="panel" id="decision-panel"')
    assert "The decision has been recorded." in html


def test_bulk_decision_reports_what_could_not_be_done(staff_client, congress, teams, ngo, registration):
    other = ParticipantFactory(category=ngo, stage=ngo.stages.first(), status=RegistrationStatus.APPROVED)

    response = staff_client(teams["ecpat"]).post(
        queue_url(congress), {"decision": "approve", "participants": [registration.pk, other.pk]}, follow=True
    )

    html = response.content.decode()
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.APPROVED
    assert "1 decision recorded." in html
    assert f"{other.reference}" in html
    assert "This registration is not waiting for a decision." in html


def test_queue_filters_by_status_and_text(staff_client, congress, teams, ngo, registration):
    ParticipantFactory(
        category=ngo, status=RegistrationStatus.REJECTED, given_name="Zed", family_name="Other"
    )
    client = staff_client(teams["ecpat"])

    by_status = client.get(queue_url(congress), {"status": "rejected"}).content.decode()
    by_text = client.get(queue_url(congress), {"q": "haddad"}).content.decode()

    assert ("Zed OTHER" in by_status, "Amina HADDAD" in by_status) == (True, False)
    assert ("Zed OTHER" in by_text, "Amina HADDAD" in by_text) == (False, True)


@pytest.mark.parametrize("rows", [1, 3])
def test_queue_query_count_does_not_grow_with_rows(
    staff_client, congress, teams, ngo, rows, django_assert_num_queries
):
    for _ in range(rows):
        ParticipantFactory(category=ngo, stage=ngo.stages.first())
    client = staff_client(teams["ecpat"])

    with django_assert_num_queries(13):
        client.get(queue_url(congress))


def test_queue_anonymous_is_sent_to_log_in(client, congress):
    response = client.get(queue_url(congress))

    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_queue_by_default_shows_only_what_waits_for_a_decision(
    staff_client, congress, teams, ngo, registration
):
    ParticipantFactory(
        category=ngo, status=RegistrationStatus.APPROVED, given_name="Done", family_name="Already"
    )
    client = staff_client(teams["ecpat"])

    default = client.get(queue_url(congress)).content.decode()
    everything = client.get(queue_url(congress), {"status": "all"}).content.decode()

    assert ("Amina HADDAD" in default, "Done ALREADY" in default) == (True, False)
    assert ("Amina HADDAD" in everything, "Done ALREADY" in everything) == (True, True)


def test_secretariat_opens_any_registration_but_decides_only_where_it_reviews(
    client_for, make_staff, congress, registration
):
    client = client_for(make_staff(congress, "can_change_congress"))

    response = client.get(detail_url(registration))

    html = response.content.decode()
    assert response.status_code == 200
    assert "No decision is expected from you at this stage." in html
