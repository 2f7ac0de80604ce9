import datetime

import factory

from plenaria.congresses.enums import EventKind, PageSection
from plenaria.congresses.models import (
    Congress,
    ContactPoint,
    Event,
    KeyFigure,
    Page,
    ParticipationSection,
    StaffMembership,
    StaffTeam,
)


class CongressFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Congress

    slug = factory.Sequence(lambda n: f"congress-{n}")
    name = factory.Sequence(lambda n: {"en": f"World Congress {n}", "fr": f"Congrès mondial {n}"})
    city = {"en": "Yokohama", "ja": "横浜"}
    country = "JP"
    starts_on = datetime.date(2001, 12, 17)
    ends_on = datetime.date(2001, 12, 20)
    time_zone = "Asia/Tokyo"
    is_published = True


class EventFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Event

    congress = factory.SubFactory(CongressFactory)
    kind = EventKind.REGIONAL_CONSULTATION
    slug = factory.Sequence(lambda n: f"event-{n}")
    name = factory.Sequence(lambda n: {"en": f"Regional consultation {n}"})
    city = {"en": "Bangkok"}
    country = "TH"
    starts_on = datetime.date(2001, 10, 16)
    ends_on = datetime.date(2001, 10, 18)


class PageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Page

    congress = factory.SubFactory(CongressFactory)
    section = PageSection.HOME
    title = {"en": "A working congress", "fr": "Un congrès de travail"}
    lead = {"en": "Lead text."}
    body = {"en": "Body text."}


class KeyFigureFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = KeyFigure

    congress = factory.SubFactory(CongressFactory)
    value = "34"
    label = {"en": "countries have developed National Plans of Action"}
    position = factory.Sequence(int)


class StaffTeamFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = StaffTeam

    congress = factory.SubFactory(CongressFactory)
    slug = factory.Sequence(lambda n: f"team-{n}")
    name = factory.Sequence(lambda n: {"en": f"Team {n}"})
    organisation = {"en": "UNICEF"}


class StaffMembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = StaffMembership

    team = factory.SubFactory(StaffTeamFactory)
    user = factory.SubFactory("tests.factories.accounts.UserFactory")


class ParticipationSectionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ParticipationSection

    congress = factory.SubFactory(CongressFactory)
    name = {"en": "Media"}
    position = factory.Sequence(int)


class ContactPointFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ContactPoint

    congress = factory.SubFactory(CongressFactory)
    topic = {"en": "Media queries"}
    organisation = {"en": "Communications Advisor"}
    email = "media@example.org"
    position = factory.Sequence(int)
