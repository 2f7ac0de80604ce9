import datetime

import factory

from plenaria.congresses.enums import EventKind
from plenaria.registration.enums import CategoryKind, RegistrationStatus
from plenaria.safeguarding.enums import ConsentKind, ConsentMethod, ConsentSigner, MediaLevel
from plenaria.safeguarding.models import Chaperone, Consent, ConsentText, YouthEventRules, YouthProfile
from tests.factories.congresses import CongressFactory, EventFactory
from tests.factories.registration import CategoryFactory, ParticipantFactory

PUBLISHED = datetime.datetime(2001, 9, 1, tzinfo=datetime.UTC)
# On the first day of the Kawasaki youth event (13 December 2001): a 15-year-old and a 42-year-old.
MINOR_BIRTH = datetime.date(1986, 5, 1)
ADULT_BIRTH = datetime.date(1959, 3, 2)


class YouthEventFactory(EventFactory):
    kind = EventKind.YOUTH
    name = factory.Sequence(lambda n: {"en": f"Youth event {n}", "ja": f"ユース・イベント {n}"})
    city = {"en": "Kawasaki", "ja": "川崎"}
    country = "JP"
    starts_on = datetime.date(2001, 12, 13)
    ends_on = datetime.date(2001, 12, 16)


class YouthEventRulesFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = YouthEventRules

    event = factory.SubFactory(YouthEventFactory)


class ConsentTextFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ConsentText

    congress = factory.SubFactory(CongressFactory)
    kind = ConsentKind.GUARDIAN_PARTICIPATION
    version = factory.Sequence(lambda n: n + 1)
    body = {"en": "I agree that my child takes part and travels.", "ja": "子どもの参加と渡航に同意します。"}
    published_at = PUBLISHED


class YouthParticipantFactory(ParticipantFactory):
    category = factory.SubFactory(CategoryFactory, kind=CategoryKind.YOUTH, is_nominated_by_delegation=False)
    date_of_birth = MINOR_BIRTH


class AdultParticipantFactory(ParticipantFactory):
    date_of_birth = ADULT_BIRTH


class YouthProfileFactory(factory.django.DjangoModelFactory):
    """A young participant's profile with a guardian on record, attending `events` (none unless given)."""

    class Meta:
        model = YouthProfile
        skip_postgeneration_save = True

    participant = factory.SubFactory(YouthParticipantFactory)
    guardian_name = "Keiko Tanaka"
    guardian_email = factory.Sequence(lambda n: f"guardian{n}@example.jp")
    guardian_phone = "+81 44 000 0000"
    guardian_language = "ja"
    emergency_contacts = "Hiroshi Tanaka (uncle) +81 90 1111 2222"
    medical_notes = "Peanut allergy: carries an adrenaline pen"

    @factory.post_generation
    def events(self, create, extracted, **kwargs):
        if create and extracted:
            self.events.set(extracted)


class ConsentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Consent

    profile = factory.SubFactory(YouthProfileFactory)
    kind = ConsentKind.GUARDIAN_PARTICIPATION
    text = factory.SubFactory(
        ConsentTextFactory,
        congress=factory.SelfAttribute("..profile.participant.congress"),
        kind=factory.SelfAttribute("..kind"),
    )
    language = "en"
    given_by = factory.LazyAttribute(
        lambda c: (
            ConsentSigner.YOUNG_PERSON
            if c.kind in (ConsentKind.YOUTH_ASSENT, ConsentKind.PARTICIPANT_CODE)
            else ConsentSigner.GUARDIAN
        )
    )
    signer_name = "Keiko Tanaka"
    given_at = datetime.datetime(2001, 11, 1, 9, 0, tzinfo=datetime.UTC)
    method = ConsentMethod.ONLINE
    media_level = factory.LazyAttribute(lambda c: MediaLevel.INTERNAL if c.kind == ConsentKind.MEDIA else "")


class ChaperoneFactory(factory.django.DjangoModelFactory):
    """An adult chaperone who accepted the chaperone code."""

    class Meta:
        model = Chaperone

    participant = factory.SubFactory(AdultParticipantFactory, status=RegistrationStatus.APPROVED)
    code_of_conduct = factory.SubFactory(
        ConsentTextFactory,
        congress=factory.SelfAttribute("..participant.congress"),
        kind=ConsentKind.CHAPERONE_CODE,
        body={"en": "I will never be alone with one young person."},
    )
    code_accepted_at = datetime.datetime(2001, 11, 2, tzinfo=datetime.UTC)
