import datetime

import pytest
from django.db import connection

from plenaria.registration.enums import CategoryKind, RegistrationStatus, ReviewDecision
from plenaria.registration.errors import RegistrationError
from plenaria.registration.models import Participant
from plenaria.registration.services.review import decide_registration
from plenaria.registration.services.submission import submit_registration, update_registration
from tests.factories.accounts import UserFactory
from tests.factories.registration import CategoryFactory, ReviewStageFactory

pytestmark = [pytest.mark.integration, pytest.mark.django_db]

DETAILS = {
    "given_name": "Amina",
    "family_name": "Haddad",
    "name_in_own_script": "أمينة حداد",
    "organisation_name": "Children's Rights Network",
    "date_of_birth": datetime.date(1970, 3, 1),
    "nationality": "MA",
    "language": "ar",
}


@pytest.fixture
def ngo_category(congress):
    category = CategoryFactory(
        congress=congress, slug="ngo", kind=CategoryKind.NGO, is_nominated_by_delegation=False
    )
    ReviewStageFactory(category=category, position=1, name={"en": "ECPAT review"})
    return category


def test_submit_registration_creates_one_submitted_registration_at_the_first_stage(ngo_category):
    participant = submit_registration(
        category=ngo_category, email="Amina@Example.org", details=DETAILS, submission_key="form-1"
    )

    assert participant.status == RegistrationStatus.SUBMITTED
    assert participant.email == "amina@example.org"
    assert str(participant.stage) == "ECPAT review"
    assert participant.name_in_own_script == "أمينة حداد"
    assert participant.reference.startswith("YK-")


def test_submit_registration_same_form_twice_creates_one_registration(ngo_category):
    first = submit_registration(
        category=ngo_category, email="a@example.org", details=DETAILS, submission_key="form-1"
    )
    second = submit_registration(
        category=ngo_category, email="a@example.org", details=DETAILS, submission_key="form-1"
    )

    assert first.pk == second.pk
    assert Participant.objects.count() == 1


def test_submit_registration_same_person_twice_is_flagged_as_likely_duplicate(ngo_category):
    first = submit_registration(
        category=ngo_category, email="a@example.org", details=DETAILS, submission_key="form-1"
    )

    second = submit_registration(
        category=ngo_category, email="other@example.org", details=DETAILS, submission_key="form-2"
    )

    assert second.likely_duplicate_of == first


def test_submit_registration_closed_category_is_refused(ngo_category):
    ngo_category.closes_at = datetime.datetime(2001, 11, 30, tzinfo=datetime.UTC)
    ngo_category.save()

    with pytest.raises(RegistrationError) as error:
        submit_registration(category=ngo_category, email="a@example.org", details=DETAILS, submission_key="k")

    assert error.value.code == "category_closed"
    assert Participant.objects.count() == 0


def test_submit_registration_passport_number_is_encrypted_at_rest(ngo_category):
    participant = submit_registration(
        category=ngo_category,
        email="a@example.org",
        details={**DETAILS, "passport_number": "MA1234567"},
        submission_key="k",
    )

    with connection.cursor() as cursor:
        cursor.execute("SELECT passport_number FROM registration_participant WHERE id = %s", [participant.pk])
        stored = cursor.fetchone()[0]
    assert "MA1234567" not in stored
    assert Participant.objects.get(pk=participant.pk).passport_number == "MA1234567"


def test_update_registration_after_info_request_goes_back_to_review(ngo_category):
    participant = submit_registration(
        category=ngo_category, email="a@example.org", details=DETAILS, submission_key="k"
    )
    decide_registration(
        participant=participant,
        decision=ReviewDecision.REQUEST_INFO,
        actor=UserFactory(),
        reason="Attach your organisation's statutes.",
    )

    update_registration(participant=participant, details={"organisation_name": "CRN"}, actor=participant.user)

    participant.refresh_from_db()
    assert participant.status == RegistrationStatus.SUBMITTED
    assert participant.info_request == ""
    assert participant.organisation_name == "CRN"
