import datetime

import pytest

from plenaria.congresses.enums import EventKind
from plenaria.registration.enums import CategoryKind, RegistrationStatus
from plenaria.safeguarding.enums import ConsentKind, ConsentMethod, ConsentSigner, MediaLevel
from plenaria.safeguarding.services.chaperones import assign_chaperone
from plenaria.safeguarding.services.consents import record_consent
from tests.factories.accounts import UserFactory
from tests.factories.congresses import EventFactory
from tests.factories.registration import CategoryFactory
from tests.factories.safeguarding import (
    AdultParticipantFactory,
    ChaperoneFactory,
    ConsentTextFactory,
    YouthEventFactory,
    YouthParticipantFactory,
    YouthProfileFactory,
)

BODIES = {
    ConsentKind.GUARDIAN_PARTICIPATION: {"en": "Participation and travel.", "ja": "参加と渡航に同意します。"},
    ConsentKind.GUARDIAN_MEDICAL: {"en": "Emergency medical treatment.", "ja": "緊急医療に同意します。"},
    ConsentKind.MEDIA: {"en": "Photos, filming and interviews.", "ja": "写真・撮影・取材について。"},
    ConsentKind.YOUTH_ASSENT: {"en": "I want to take part.", "ja": "参加したいです。"},
    ConsentKind.PARTICIPANT_CODE: {"en": "Participant code of conduct."},
    ConsentKind.CHAPERONE_CODE: {"en": "I will never be alone with one young person."},
    ConsentKind.STAFF_CODE: {"en": "Staff and volunteer code of conduct."},
}


@pytest.fixture
def youth_event(congress):
    return YouthEventFactory(
        congress=congress, slug="kawasaki", name={"en": "Youth Event", "ja": "ユース・イベント"}
    )


@pytest.fixture
def congress_event(congress):
    return EventFactory(
        congress=congress,
        kind=EventKind.MAIN,
        slug="yokohama",
        name={"en": "Second World Congress"},
        city={"en": "Yokohama"},
        country="JP",
        starts_on=datetime.date(2001, 12, 17),
        ends_on=datetime.date(2001, 12, 20),
    )


@pytest.fixture
def youth_category(congress):
    return CategoryFactory(
        congress=congress, slug="youth", kind=CategoryKind.YOUTH, is_nominated_by_delegation=False
    )


@pytest.fixture
def adult_category(congress):
    return CategoryFactory(
        congress=congress, slug="ngo", kind=CategoryKind.NGO, is_nominated_by_delegation=False
    )


@pytest.fixture
def minor(youth_category):
    return YouthParticipantFactory(category=youth_category, given_name="Aiko", family_name="Sato")


@pytest.fixture
def profile(minor, youth_event, congress_event):
    return YouthProfileFactory(participant=minor, events=[youth_event, congress_event])


@pytest.fixture
def texts(congress):
    """The published version 1 of every text."""
    return {
        kind: ConsentTextFactory(congress=congress, kind=kind, version=1, body=body)
        for kind, body in BODIES.items()
    }


@pytest.fixture
def adult(adult_category):
    return AdultParticipantFactory(category=adult_category, status=RegistrationStatus.APPROVED)


@pytest.fixture
def chaperone(adult, texts):
    return ChaperoneFactory(participant=adult, code_of_conduct=texts[ConsentKind.CHAPERONE_CODE])


@pytest.fixture
def officer(congress, make_staff):
    return make_staff(congress, "is_safeguarding_officer")


@pytest.fixture
def give_consent(texts):
    """Returns a function recording one consent of `kind` online, as the guardian (or young person) would."""

    def give(profile, kind, *, media_level=MediaLevel.INTERNAL, language="en"):
        signer = (
            ConsentSigner.YOUNG_PERSON
            if kind in (ConsentKind.YOUTH_ASSENT, ConsentKind.PARTICIPANT_CODE)
            else ConsentSigner.GUARDIAN
        )
        return record_consent(
            profile=profile,
            kind=kind,
            text=texts[kind],
            language=language,
            given_by=signer,
            signer_name="Aiko Sato" if signer == ConsentSigner.YOUNG_PERSON else "Keiko Sato",
            method=ConsentMethod.ONLINE,
            media_level=media_level if kind == ConsentKind.MEDIA else "",
        )

    return give


@pytest.fixture
def clear_fully(give_consent, chaperone):
    """Returns a function giving a profile every consent and the chaperone: what clearance asks for."""

    def clear(profile):
        for kind in (
            ConsentKind.GUARDIAN_PARTICIPATION,
            ConsentKind.GUARDIAN_MEDICAL,
            ConsentKind.YOUTH_ASSENT,
            ConsentKind.MEDIA,
        ):
            give_consent(profile, kind)
        assign_chaperone(minor_profile=profile, chaperone=chaperone, actor=UserFactory())
        return profile

    return clear
