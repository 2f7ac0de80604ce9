"""An inquiry from a registered participant shows the registration (category, delegation, status, what is missing)
to a handler who may see it, and nothing at all about it to one who may not."""

import pytest
from django.urls import reverse

from plenaria.registration.enums import DocumentKind, RegistrationStatus
from tests.factories.helpdesk import InquiryFactory
from tests.factories.helpdesk_desk import desk_member
from tests.factories.helpdesk_manage import inquiry_url
from tests.factories.registration import CategoryFactory, DelegationFactory, ParticipantFactory
from tests.factories.safeguarding import YouthProfileFactory

pytestmark = [pytest.mark.integration, pytest.mark.django_db]


@pytest.fixture
def participant(routed_congress, teams):
    """A government delegate whose category the secretariat reviews, still without photo or passport details."""
    category = CategoryFactory(
        congress=routed_congress, reviewing_team=teams["secretariat"], name={"en": "Government delegations"}
    )
    return ParticipantFactory(
        category=category,
        delegation=DelegationFactory(congress=routed_congress, organisation__name="Government of Kenya"),
        status=RegistrationStatus.INFO_REQUESTED,
        given_name="Wanjiru",
        family_name="Kamau",
        needs_visa_letter=True,
    )


def test_registration_context_for_a_handler_who_may_see_it(client_for, routed_congress, teams, participant):
    secretariat = desk_member(teams["secretariat"])
    inquiry = InquiryFactory(congress=routed_congress, team=teams["secretariat"], participant=participant)

    body = client_for(secretariat).get(inquiry_url(inquiry)).content.decode()

    for shown in (
        "Registration",
        "Wanjiru KAMAU",
        participant.reference,
        "Government delegations",
        "Government of Kenya",
        "More information requested",
        "Photo for the badge",
        "Passport details for the visa-support letter",
        reverse("review:participant", kwargs={"congress_slug": routed_congress.slug, "pk": participant.pk}),
    ):
        assert shown in body, shown


def test_registration_context_lists_the_documents_required(client_for, routed_congress, teams):
    category = CategoryFactory(
        congress=routed_congress,
        reviewing_team=teams["ngo-group"],
        required_documents=[DocumentKind.NGO_DOSSIER],
        is_nominated_by_delegation=False,
    )
    participant = ParticipantFactory(category=category, delegation=None)
    handler = desk_member(teams["ngo-group"])
    inquiry = InquiryFactory(congress=routed_congress, team=teams["ngo-group"], participant=participant)

    body = client_for(handler).get(inquiry_url(inquiry)).content.decode()

    assert "Documents required" in body
    assert str(DocumentKind.NGO_DOSSIER.label) in body


def test_registration_context_hidden_from_a_handler_who_may_not_see_it(
    client_for, routed_congress, teams, participant
):
    unicef = desk_member(teams["unicef"])  # works the queue, does not review that category
    inquiry = InquiryFactory(congress=routed_congress, team=teams["unicef"], participant=participant)

    body = client_for(unicef).get(inquiry_url(inquiry)).content.decode()

    for hidden in (
        "Wanjiru",
        "KAMAU",
        participant.reference,
        "Government of Kenya",
        "More information requested",
        "inquiry-registration",
        reverse("review:participant", kwargs={"congress_slug": routed_congress.slug, "pk": participant.pk}),
    ):
        assert hidden not in body, hidden


def test_registration_context_of_a_young_participant_shows_only_the_pseudonym(
    client_for, routed_congress, teams
):
    category = CategoryFactory(congress=routed_congress, reviewing_team=teams["unicef"], kind="youth")
    profile = YouthProfileFactory(
        participant__category=category,
        participant__given_name="Aiko",
        participant__family_name="Yamada",
        use_pseudonym=True,
        pseudonym="Sakura",
    )
    handler = desk_member(teams["unicef"])
    inquiry = InquiryFactory(
        congress=routed_congress,
        team=teams["unicef"],
        participant=profile.participant,
        requester_type="young_person",
        requester_name="A parent",
    )

    body = client_for(handler).get(inquiry_url(inquiry)).content.decode()

    assert "Sakura" in body
    assert "Aiko" not in body
    assert "YAMADA" not in body
