import factory

from plenaria.badges.models import AccessZone, Badge
from plenaria.registration.enums import RegistrationStatus
from plenaria.safeguarding.enums import ConsentKind, MediaLevel
from tests.factories.congresses import CongressFactory
from tests.factories.registration import CategoryFactory
from tests.factories.safeguarding import AdultParticipantFactory, ChaperoneFactory, ConsentFactory


class AccessZoneFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AccessZone
        skip_postgeneration_save = True

    congress = factory.SubFactory(CongressFactory)
    slug = factory.Sequence(lambda n: f"zone-{n}")
    name = factory.Sequence(lambda n: {"en": f"Hall {n}", "ja": f"ホール {n}"})

    @factory.post_generation
    def categories(self, create, extracted, **kwargs):
        if create and extracted:
            self.categories.set(extracted)


class BadgeFactory(factory.django.DjangoModelFactory):
    """An issued badge of an accredited adult (made directly, without the service's checks, but of someone they
    would pass: safeguarding clears an adult whose date of birth is known)."""

    class Meta:
        model = Badge

    participant = factory.SubFactory(AdultParticipantFactory, status=RegistrationStatus.APPROVED)


def clear_young_person(profile, *, media_level: str = MediaLevel.INTERNAL):
    """Give a young person's profile what clearance asks for: the consents, a media decision at `media_level`
    and a chaperone who accepted the code."""
    congress = profile.participant.congress
    for kind in (ConsentKind.GUARDIAN_PARTICIPATION, ConsentKind.GUARDIAN_MEDICAL, ConsentKind.YOUTH_ASSENT):
        ConsentFactory(profile=profile, kind=kind)
    ConsentFactory(profile=profile, kind=ConsentKind.MEDIA, media_level=media_level)
    adult = AdultParticipantFactory(
        category=CategoryFactory(congress=congress), status=RegistrationStatus.APPROVED
    )
    profile.chaperone = ChaperoneFactory(participant=adult)
    profile.save(update_fields=["chaperone"])
    return profile
