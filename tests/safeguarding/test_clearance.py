import pytest

from plenaria.registration.enums import RegistrationStatus
from plenaria.safeguarding.enums import ConsentKind, ConsentSigner
from plenaria.safeguarding.selectors import Clearance, clearance_for
from plenaria.safeguarding.services.chaperones import release_chaperone
from plenaria.safeguarding.services.consents import withdraw_media_consent
from tests.factories.accounts import UserFactory
from tests.factories.safeguarding import YouthEventFactory, YouthParticipantFactory

pytestmark = [pytest.mark.integration, pytest.mark.django_db]

EVERY_REASON = [
    "guardian_participation_consent_missing",
    "guardian_medical_consent_missing",
    "youth_assent_missing",
    "media_consent_missing",
    "chaperone_missing",
]


def test_clearance_for_an_adult_is_given(adult):
    assert clearance_for(participant=adult) == Clearance(cleared=True, reasons=[])


def test_clearance_for_a_minor_with_nothing_yet_names_every_missing_piece(profile):
    assert clearance_for(participant=profile.participant) == Clearance(cleared=False, reasons=EVERY_REASON)


def test_clearance_for_a_minor_without_a_profile_is_refused(minor, congress_event):
    assert clearance_for(participant=minor) == Clearance(cleared=False, reasons=EVERY_REASON)


def test_clearance_for_a_minor_with_every_consent_and_a_chaperone_is_given(profile, clear_fully, youth_event):
    clear_fully(profile)

    assert clearance_for(participant=profile.participant) == Clearance(cleared=True, reasons=[])
    assert clearance_for(participant=profile.participant, event=youth_event).cleared


@pytest.mark.parametrize(
    ("kind", "reason"),
    [
        (ConsentKind.GUARDIAN_PARTICIPATION, "guardian_participation_consent_missing"),
        (ConsentKind.GUARDIAN_MEDICAL, "guardian_medical_consent_missing"),
        (ConsentKind.YOUTH_ASSENT, "youth_assent_missing"),
        (ConsentKind.MEDIA, "media_consent_missing"),
    ],
)
def test_clearance_without_one_consent_names_it(profile, clear_fully, kind, reason):
    clear_fully(profile)
    profile.consents.filter(kind=kind).delete()

    assert clearance_for(participant=profile.participant) == Clearance(cleared=False, reasons=[reason])


def test_clearance_without_a_chaperone_is_refused(profile, clear_fully):
    clear_fully(profile)

    release_chaperone(minor_profile=profile, actor=UserFactory())

    assert clearance_for(participant=profile.participant) == Clearance(
        cleared=False, reasons=["chaperone_missing"]
    )


def test_clearance_with_a_withdrawn_chaperone_is_refused(profile, clear_fully, chaperone):
    clear_fully(profile)

    chaperone.participant.status = RegistrationStatus.WITHDRAWN
    chaperone.participant.save()

    assert clearance_for(participant=profile.participant).reasons == ["chaperone_missing"]


def test_clearance_after_media_consent_is_withdrawn_is_kept(profile, clear_fully):
    """Withdrawing media consent is a decision about photos, not about taking part."""
    clear_fully(profile)

    withdraw_media_consent(profile=profile, by=ConsentSigner.GUARDIAN)

    assert clearance_for(participant=profile.participant).cleared


def test_clearance_for_an_event_the_minor_does_not_attend_is_refused(profile, clear_fully, congress):
    clear_fully(profile)
    regional = YouthEventFactory(congress=congress, slug="bangkok-youth")

    assert clearance_for(participant=profile.participant, event=regional) == Clearance(
        cleared=False, reasons=["not_attending_event"]
    )


def test_clearance_without_a_date_of_birth_is_refused(youth_category, congress_event):
    participant = YouthParticipantFactory(category=youth_category, date_of_birth=None)

    assert clearance_for(participant=participant) == Clearance(
        cleared=False, reasons=["date_of_birth_unknown"]
    )


def test_clearance_for_a_frozen_adult_is_given_without_consents(profile):
    profile.is_minor_frozen = False
    profile.save()

    assert clearance_for(participant=profile.participant).cleared
