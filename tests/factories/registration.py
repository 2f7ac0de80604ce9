import datetime

import factory
from django_countries import countries

from plenaria.delegations.enums import DelegationRole, OrganisationKind
from plenaria.delegations.models import Delegation, FocalPoint, Organisation
from plenaria.registration.enums import CategoryKind, RegistrationStatus, StageKind
from plenaria.registration.models import Participant, ParticipantCategory, ReviewStage
from tests.factories.congresses import CongressFactory, StaffTeamFactory

COUNTRY_CODES = [code for code, _name in countries]


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    kind = OrganisationKind.GOVERNMENT
    name = factory.Sequence(lambda n: f"Government of Country {n}")
    country = factory.Sequence(lambda n: COUNTRY_CODES[n % len(COUNTRY_CODES)])


class DelegationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Delegation

    congress = factory.SubFactory(CongressFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    quota = 3


class FocalPointFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FocalPoint

    delegation = factory.SubFactory(DelegationFactory)
    email = factory.Sequence(lambda n: f"focal{n}@mofa.example")
    token = factory.Sequence(lambda n: f"token-{n}")
    invited_at = factory.Faker("date_time", tzinfo=datetime.UTC)


class CategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ParticipantCategory

    congress = factory.SubFactory(CongressFactory)
    slug = factory.Sequence(lambda n: f"category-{n}")
    kind = CategoryKind.GOVERNMENT
    name = {"en": "Government delegations"}
    reviewing_team = factory.SubFactory(StaffTeamFactory, congress=factory.SelfAttribute("..congress"))
    is_nominated_by_delegation = True


class ReviewStageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ReviewStage

    category = factory.SubFactory(CategoryFactory)
    position = factory.Sequence(int)
    kind = StageKind.TEAM
    name = {"en": "Secretariat review"}
    team = factory.SelfAttribute("category.reviewing_team")


class ParticipantFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Participant

    category = factory.SubFactory(CategoryFactory)
    congress = factory.SelfAttribute("category.congress")
    status = RegistrationStatus.SUBMITTED
    reference = factory.Sequence(lambda n: f"YK-T{n:07d}")
    email = factory.Sequence(lambda n: f"delegate{n}@example.org")
    given_name = factory.Faker("first_name")
    family_name = factory.Faker("last_name")
    role = DelegationRole.DELEGATE
