import datetime

import pytest

from plenaria.common.audit import actions_for
from plenaria.registration.enums import RegistrationStatus
from plenaria.registration.services.status import change_status
from plenaria.safeguarding.enums import AgeStatus
from plenaria.safeguarding.errors import SafeguardingError
from plenaria.safeguarding.models import YouthProfile
from plenaria.safeguarding.selectors import age_on, age_status
from plenaria.safeguarding.services.profiles import create_youth_profile, enrol_in_event, freeze_eligibility
from tests.factories.accounts import UserFactory
from tests.factories.registration import DelegationFactory
from tests.factories.safeguarding import (
    YouthEventFactory,
    YouthEventRulesFactory,
    YouthParticipantFactory,
    YouthProfileFactory,
)

pytestmark = [pytest.mark.integration, pytest.mark.django_db]

# 17 on the first day of the youth event (13 December 2001), 18 on the first day of the Congress (17 December).
BIRTHDAY_BETWEEN_THE_EVENTS = datetime.date(1983, 12, 15)


def test_age_on_the_day_before_the_birthday_is_a_year_less():
    assert age_on(datetime.date(1983, 12, 15), datetime.date(2001, 12, 14)) == 17
    assert age_on(datetime.date(1983, 12, 15), datetime.date(2001, 12, 15)) == 18


def test_age_status_is_computed_at_the_first_day_of_the_event(youth_category, youth_event, congress_event):
    participant = YouthParticipantFactory(category=youth_category, date_of_birth=BIRTHDAY_BETWEEN_THE_EVENTS)

    at_youth_event = age_status(participant=participant, event=youth_event)
    at_congress = age_status(participant=participant, event=congress_event)

    assert (at_youth_event, at_congress) == (AgeStatus.MINOR, AgeStatus.ADULT)


def test_age_status_follows_the_age_limit_of_the_event(youth_category, youth_event):
    YouthEventRulesFactory(event=youth_event, age_limit=25)
    participant = YouthParticipantFactory(category=youth_category, date_of_birth=datetime.date(1980, 1, 1))

    assert age_status(participant=participant, event=youth_event) == AgeStatus.MINOR


def test_age_status_without_a_date_of_birth_is_unknown(youth_category, youth_event):
    participant = YouthParticipantFactory(category=youth_category, date_of_birth=None)

    assert age_status(participant=participant, event=youth_event) == AgeStatus.UNKNOWN


def test_create_youth_profile_enrols_a_minor_in_both_events_with_one_identity(
    minor, youth_event, congress_event
):
    actor = UserFactory()

    profile = create_youth_profile(participant=minor, events=[youth_event, congress_event], actor=actor)

    assert set(profile.events.values_list("slug", flat=True)) == {"kawasaki", "yokohama"}
    assert profile.guardian_language == minor.language
    assert [(a.action, a.data) for a in actions_for(profile)] == [
        ("safeguarding.youth_profile.created", {"events": ["kawasaki", "yokohama"]})
    ]


def test_create_youth_profile_for_someone_over_the_age_limit_is_refused(youth_category, congress_event):
    participant = YouthParticipantFactory(category=youth_category, date_of_birth=BIRTHDAY_BETWEEN_THE_EVENTS)

    with pytest.raises(SafeguardingError) as refused:
        create_youth_profile(participant=participant, events=[congress_event], actor=UserFactory())

    assert refused.value.code == "not_a_minor"
    assert not YouthProfile.objects.exists()


def test_create_youth_profile_without_a_date_of_birth_is_refused(youth_category, youth_event):
    participant = YouthParticipantFactory(category=youth_category, date_of_birth=None)

    with pytest.raises(SafeguardingError) as refused:
        create_youth_profile(participant=participant, events=[youth_event], actor=UserFactory())

    assert refused.value.code == "date_of_birth_missing"


def test_create_youth_profile_after_the_nomination_deadline_is_refused(minor, youth_event):
    YouthEventRulesFactory(
        event=youth_event, nominations_close_at=datetime.datetime(2001, 11, 1, tzinfo=datetime.UTC)
    )

    with pytest.raises(SafeguardingError) as refused:
        create_youth_profile(participant=minor, events=[youth_event], actor=UserFactory())

    assert refused.value.code == "nominations_closed"


def test_create_youth_profile_for_an_event_of_another_congress_is_refused(minor):
    elsewhere = YouthEventFactory()

    with pytest.raises(SafeguardingError) as refused:
        create_youth_profile(participant=minor, events=[elsewhere], actor=UserFactory())

    assert refused.value.code == "wrong_congress"


def test_create_youth_profile_twice_is_refused(profile, youth_event):
    with pytest.raises(SafeguardingError) as refused:
        create_youth_profile(participant=profile.participant, events=[youth_event], actor=UserFactory())

    assert refused.value.code == "profile_exists"


def test_create_youth_profile_third_minor_of_a_delegation_is_refused(congress, youth_category, youth_event):
    delegation = DelegationFactory(congress=congress)
    first, second, third = (
        YouthParticipantFactory(category=youth_category, delegation=delegation) for _ in range(3)
    )
    actor = UserFactory()
    for participant in (first, second):
        create_youth_profile(participant=participant, events=[youth_event], actor=actor)

    with pytest.raises(SafeguardingError) as refused:
        create_youth_profile(participant=third, events=[youth_event], actor=actor)

    assert refused.value.code == "youth_quota_exhausted"
    assert refused.value.message == "This delegation already has 2 young people at Youth Event."


def test_create_youth_profile_place_freed_by_a_withdrawal_can_be_taken(congress, youth_category, youth_event):
    YouthEventRulesFactory(event=youth_event, max_minors_per_delegation=1)
    delegation = DelegationFactory(congress=congress)
    first, second = (
        YouthParticipantFactory(category=youth_category, delegation=delegation) for _ in range(2)
    )
    create_youth_profile(participant=first, events=[youth_event], actor=UserFactory())
    first.status = RegistrationStatus.WITHDRAWN
    first.save()

    profile = create_youth_profile(participant=second, events=[youth_event], actor=UserFactory())

    assert list(profile.events.all()) == [youth_event]


def test_enrol_in_event_adds_the_congress_to_the_youth_event(minor, youth_event, congress_event):
    profile = create_youth_profile(participant=minor, events=[youth_event], actor=UserFactory())

    enrol_in_event(profile=profile, event=congress_event, actor=UserFactory())
    enrol_in_event(profile=profile, event=congress_event, actor=UserFactory())

    assert list(profile.events.order_by("starts_on")) == [youth_event, congress_event]
    assert [a.action for a in actions_for(profile)].count("safeguarding.youth_profile.enrolled") == 1


def test_approval_freezes_eligibility_and_a_postponed_event_keeps_the_minor_welcome(
    profile, youth_event, congress_event, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        change_status(
            participant=profile.participant, target=RegistrationStatus.APPROVED, actor=UserFactory()
        )
    for event in (youth_event, congress_event):  # postponed by three years: Aiko would be 18 by then
        event.starts_on = event.starts_on.replace(year=2004)
        event.ends_on = event.ends_on.replace(year=2004)
        event.save()

    profile.refresh_from_db()
    assert profile.is_minor_frozen is True
    assert profile.eligibility_frozen_at is not None
    assert age_status(participant=profile.participant, event=congress_event) == AgeStatus.MINOR


def test_age_status_before_approval_follows_a_postponement(profile, youth_event, congress_event):
    for event in (youth_event, congress_event):
        event.starts_on = event.starts_on.replace(year=2004)
        event.ends_on = event.ends_on.replace(year=2004)
        event.save()

    assert age_status(participant=profile.participant) == AgeStatus.ADULT


def test_freeze_eligibility_is_done_once(profile):
    frozen = freeze_eligibility(profile=profile)
    profile.participant.date_of_birth = datetime.date(1970, 1, 1)
    profile.participant.save()

    again = freeze_eligibility(profile=profile)

    assert (frozen.is_minor_frozen, again.is_minor_frozen) == (True, True)
    assert again.eligibility_frozen_at == frozen.eligibility_frozen_at


def test_approval_without_a_date_of_birth_still_approves_and_leaves_eligibility_open(
    youth_category, youth_event, django_capture_on_commit_callbacks
):
    profile = YouthProfileFactory(
        participant=YouthParticipantFactory(category=youth_category, date_of_birth=None), events=[youth_event]
    )

    with django_capture_on_commit_callbacks(execute=True):
        change_status(
            participant=profile.participant, target=RegistrationStatus.APPROVED, actor=UserFactory()
        )

    profile.refresh_from_db()
    assert profile.participant.status == RegistrationStatus.APPROVED
    assert profile.is_minor_frozen is None
