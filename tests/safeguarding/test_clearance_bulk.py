"""The doors' bulk clearance gives each person what `clearance_for` gives, in a fixed number of queries, and a change
of the main event's youth rules is seen at once."""

import datetime

import pytest

from plenaria.safeguarding.models import YouthEventRules
from plenaria.safeguarding.selectors import Clearance, clearance_for
from plenaria.safeguarding.selectors_clearance import clearances_of
from tests.factories.safeguarding import AdultParticipantFactory, YouthParticipantFactory

pytestmark = [pytest.mark.integration, pytest.mark.django_db]


def test_clearances_of_agree_with_clearance_for_everyone(
    congress, congress_event, adult, minor, profile, clear_fully, youth_category
):
    unknown_age = AdultParticipantFactory(category=adult.category, date_of_birth=None)
    minor_without_profile = YouthParticipantFactory(category=youth_category)
    cleared_minor = clear_fully(profile).participant
    people = [adult, unknown_age, minor_without_profile, cleared_minor]

    clearances = clearances_of(congress=congress, participants=people)

    assert clearances == {person.pk: clearance_for(participant=person) for person in people}
    assert clearances[adult.pk] == Clearance(cleared=True)
    assert clearances[unknown_age.pk].reasons == ["date_of_birth_unknown"]
    assert not clearances[minor_without_profile.pk].cleared
    assert clearances[cleared_minor.pk].cleared


def test_clearances_of_an_adult_cost_one_query_once_the_age_limit_is_known(
    congress, congress_event, adult, django_assert_num_queries
):
    clearances_of(congress=congress, participants=[adult])  # reads and keeps the main event's age limit

    with django_assert_num_queries(1):
        assert clearances_of(congress=congress, participants=[adult])[adult.pk].cleared


def test_clearances_of_see_a_new_age_limit_of_the_main_event_at_once(
    congress, congress_event, adult_category
):
    seventeen = AdultParticipantFactory(category=adult_category, date_of_birth=datetime.date(1984, 6, 1))
    assert not clearances_of(congress=congress, participants=[seventeen])[seventeen.pk].cleared

    YouthEventRules.objects.create(event=congress_event, age_limit=16)

    assert clearances_of(congress=congress, participants=[seventeen])[seventeen.pk].cleared
