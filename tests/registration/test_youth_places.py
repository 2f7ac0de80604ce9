"""Young people have places of their own (per event, in the safeguarding app): registrations in the youth category
never take, nor wait for, one of the delegation's places."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from plenaria.delegations.enums import DelegationRole, OrganisationKind
from plenaria.registration.enums import CategoryKind, RegistrationStatus
from plenaria.registration.selectors import (
    category_for_delegation,
    delegations_for_focal_point,
    delegations_overview,
    seats_taken,
    waiting_list,
)
from plenaria.registration.services.nomination import Nominee, nominate_member, withdraw_participant
from plenaria.safeguarding.services.nomination import YoungPersonDetails, nominate_young_person
from tests.factories.accounts import UserFactory
from tests.factories.registration import (
    CategoryFactory,
    DelegationFactory,
    FocalPointFactory,
    OrganisationFactory,
    ParticipantFactory,
)
from tests.factories.safeguarding import MINOR_BIRTH, YouthEventFactory

pytestmark = [pytest.mark.integration, pytest.mark.django_db]


@pytest.fixture
def youth_category(congress):
    return CategoryFactory(
        congress=congress, slug="youth", kind=CategoryKind.YOUTH, is_nominated_by_delegation=False
    )


def adult(delegation, n: int):
    nominee = Nominee(
        given_name=f"Given{n}",
        family_name=f"Family{n}",
        email=f"m{n}@mofa.example",
        role=DelegationRole.DELEGATE,
    )
    return nominate_member(delegation=delegation, nominee=nominee, actor=None)


def young_person(delegation, category, status=RegistrationStatus.NOMINATED, **fields):
    return ParticipantFactory(
        congress=delegation.congress, category=category, delegation=delegation, status=status, **fields
    )


def test_delegation_at_its_quota_can_still_nominate_a_young_person(congress, delegation, youth_category):
    adult(delegation, 1)
    adult(delegation, 2)
    youth_event = YouthEventFactory(congress=congress)

    profile = nominate_young_person(
        delegation=delegation,
        details=YoungPersonDetails(
            given_name="Aiko",
            family_name="Sato",
            date_of_birth=MINOR_BIRTH,
            nationality="JP",
            language="en",
            events=(youth_event,),
            guardian_name="Keiko Sato",
            guardian_email="keiko@example.jp",
            guardian_language="ja",
        ),
        actor=UserFactory(),
    )
    next_adult = adult(delegation, 3)

    assert profile.participant.status == RegistrationStatus.NOMINATED
    assert seats_taken(delegation=delegation) == 2
    assert next_adult.status == RegistrationStatus.WAITLISTED  # the young person took no adult place


def test_young_people_do_not_use_the_delegations_places(delegation, youth_category):
    young_person(delegation, youth_category, RegistrationStatus.NOMINATED)
    young_person(delegation, youth_category, RegistrationStatus.APPROVED)

    first = adult(delegation, 1)

    assert seats_taken(delegation=delegation) == 1
    assert first.status == RegistrationStatus.NOMINATED
    assert adult(delegation, 2).status == RegistrationStatus.NOMINATED


def test_delegation_overviews_count_no_young_person_in_the_places_used(congress, delegation, youth_category):
    focal_user = UserFactory()
    FocalPointFactory(
        delegation=delegation, email=focal_user.email, user=focal_user, accepted_at=timezone.now()
    )
    adult(delegation, 1)
    adult(delegation, 2)
    adult(delegation, 3)  # waiting list
    young_person(delegation, youth_category, RegistrationStatus.APPROVED)
    young_person(delegation, youth_category, RegistrationStatus.WAITLISTED, waitlisted_at=timezone.now())

    overview = delegations_overview(congress=congress).get(pk=delegation.pk)
    mine = delegations_for_focal_point(user=focal_user).get(pk=delegation.pk)

    assert (overview.seats_used, overview.waitlisted) == (2, 1)
    assert (mine.seats_used, mine.waitlisted) == (2, 1)


def test_a_freed_place_goes_to_the_waiting_adult_never_to_a_young_person(delegation, youth_category):
    first = adult(delegation, 1)
    adult(delegation, 2)
    stray = young_person(
        delegation,
        youth_category,
        RegistrationStatus.WAITLISTED,
        waitlisted_at=timezone.now() - datetime.timedelta(days=1),
    )
    waiting = adult(delegation, 3)

    withdraw_participant(participant=first, actor=None)

    waiting.refresh_from_db()
    stray.refresh_from_db()
    assert list(waiting_list(delegation=delegation)) == []
    assert (waiting.status, stray.status) == (RegistrationStatus.NOMINATED, RegistrationStatus.WAITLISTED)


def test_youth_organisations_adults_are_nominated_as_ngo_members_and_take_places(congress, youth_category):
    ngo = CategoryFactory(congress=congress, slug="ngo", kind=CategoryKind.NGO)
    delegation = DelegationFactory(
        congress=congress,
        quota=1,
        organisation=OrganisationFactory(
            kind=OrganisationKind.YOUTH_ORGANISATION, name="ECPAT Youth", country=""
        ),
    )

    leader = adult(delegation, 1)

    assert category_for_delegation(delegation=delegation) == ngo
    assert leader.category == ngo
    assert adult(delegation, 2).status == RegistrationStatus.WAITLISTED


def test_focal_points_delegation_page_lists_no_young_person_among_the_members_nor_in_the_places(
    client_for, delegation, youth_category
):
    focal_user = UserFactory()
    FocalPointFactory(
        delegation=delegation, email=focal_user.email, user=focal_user, accepted_at=timezone.now()
    )
    adult(delegation, 1)
    young_person(delegation, youth_category, given_name="Aiko", family_name="Youngperson")

    html = (
        client_for(focal_user)
        .get(reverse("focal_point:delegation", kwargs={"pk": delegation.pk}))
        .content.decode()
    )

    assert "Given1 FAMILY1" in html
    assert "1 of 2 places used" in html
    assert "YOUNGPERSON" not in html
