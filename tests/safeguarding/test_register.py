"""The daily sign-in / sign-out register and the adults authorised to collect a young person (services and
selectors)."""

import datetime

import pytest
from django.db import IntegrityError, connection, transaction

from plenaria.common.audit import actions_for
from plenaria.registration.enums import RegistrationStatus
from plenaria.safeguarding.enums import ConsentKind, ConsentMethod
from plenaria.safeguarding.errors import SafeguardingError
from plenaria.safeguarding.models import AttendanceRecord, AuthorisedCollector
from plenaria.safeguarding.selectors import clearance_for
from plenaria.safeguarding.selectors_register import (
    RegisterState,
    default_register_day,
    event_days,
    register_counts,
    register_for,
)
from plenaria.safeguarding.services.chaperones import release_chaperone
from plenaria.safeguarding.services.register import (
    CollectorDetails,
    add_authorised_collector,
    remove_authorised_collector,
    sign_in_young_person,
    sign_out_young_person,
)
from tests.factories.safeguarding import (
    ChaperoneFactory,
    YouthEventFactory,
    YouthParticipantFactory,
    YouthProfileFactory,
)

pytestmark = [pytest.mark.integration, pytest.mark.django_db]

JST = datetime.timezone(datetime.timedelta(hours=9))
MORNING = datetime.datetime(2001, 12, 14, 9, 0, tzinfo=JST)  # the second day of the youth event
EVENING = datetime.datetime(2001, 12, 14, 17, 30, tzinfo=JST)
AUNT = CollectorDetails(name="Yumi Sato", relationship="Aunt", phone="+81 90 3333 4444")


@pytest.fixture
def volunteer(officer):
    return officer


@pytest.fixture
def cleared(profile, clear_fully):
    return clear_fully(profile)


@pytest.fixture
def signed_in(cleared, youth_event, volunteer):
    return sign_in_young_person(profile=cleared, event=youth_event, actor=volunteer, at=MORNING)


@pytest.fixture
def aunt(cleared):
    return add_authorised_collector(profile=cleared, details=AUNT, method=ConsentMethod.ONLINE)


def refusal(function, **kwargs) -> str:
    with pytest.raises(SafeguardingError) as error:
        function(**kwargs)
    return error.value.code


# Sign-in


def test_sign_in_cleared_young_person_on_an_event_day_is_recorded_and_audited(
    cleared, youth_event, volunteer
):
    record = sign_in_young_person(profile=cleared, event=youth_event, actor=volunteer, at=MORNING)

    assert (record.profile, record.event, record.day, record.signed_in_at, record.signed_in_by) == (
        cleared,
        youth_event,
        datetime.date(2001, 12, 14),
        MORNING,
        volunteer,
    )
    assert record.is_open
    entry = actions_for(record).get()
    assert (entry.action, entry.actor, entry.data) == (
        "safeguarding.attendance.signed_in",
        volunteer,
        {"profile": cleared.pk, "event": "kawasaki", "day": "2001-12-14"},
    )


def test_sign_in_day_is_the_congress_local_date(cleared, youth_event, volunteer):
    # 16:30 UTC on 12 December is 01:30 in Kawasaki on the 13th, the first day
    at = datetime.datetime(2001, 12, 12, 16, 30, tzinfo=datetime.UTC)

    record = sign_in_young_person(profile=cleared, event=youth_event, actor=volunteer, at=at)

    assert record.day == datetime.date(2001, 12, 13)


@pytest.mark.parametrize(
    "at",
    [
        datetime.datetime(2001, 12, 12, 9, 0, tzinfo=JST),  # the day before
        datetime.datetime(2001, 12, 17, 9, 0, tzinfo=JST),  # the day after (the Congress's first day)
    ],
)
def test_sign_in_outside_the_days_of_the_event_is_refused(cleared, youth_event, volunteer, at):
    with pytest.raises(SafeguardingError) as error:
        sign_in_young_person(profile=cleared, event=youth_event, actor=volunteer, at=at)

    assert error.value.code == "not_an_event_day"
    assert str(error.value.message) == "Young people are signed in only on the days of Youth Event."
    assert not AttendanceRecord.objects.exists()


def test_sign_in_not_cleared_is_refused_with_the_reasons(profile, youth_event, volunteer, give_consent):
    give_consent(profile, ConsentKind.GUARDIAN_PARTICIPATION)

    with pytest.raises(SafeguardingError) as error:
        sign_in_young_person(profile=profile, event=youth_event, actor=volunteer, at=MORNING)

    assert error.value.code == "not_cleared"
    assert error.value.reasons == [
        "guardian_medical_consent_missing",
        "youth_assent_missing",
        "media_consent_missing",
        "chaperone_missing",
    ]
    assert str(error.value.message) == (
        "Not cleared to take part: The guardian's consent to emergency medical treatment is missing. "
        "The young person's own assent is missing. No media consent (of any level) is recorded. "
        "No chaperone who has accepted the code of conduct."
    )
    assert not AttendanceRecord.objects.exists()


def test_sign_in_at_an_event_the_young_person_does_not_attend_is_refused(cleared, congress, volunteer):
    workshop = YouthEventFactory(congress=congress, slug="workshop")  # same days, not attended

    with pytest.raises(SafeguardingError) as error:
        sign_in_young_person(profile=cleared, event=workshop, actor=volunteer, at=MORNING)

    assert (error.value.code, error.value.reasons) == ("not_cleared", ["not_attending_event"])


def test_sign_in_an_adult_is_refused(cleared, youth_event, volunteer):
    cleared.is_minor_frozen = False
    cleared.save()

    assert refusal(sign_in_young_person, profile=cleared, event=youth_event, actor=volunteer, at=MORNING) == (
        "not_a_minor"
    )


def test_sign_in_a_withdrawn_registration_is_refused(cleared, youth_event, volunteer):
    cleared.participant.status = RegistrationStatus.WITHDRAWN
    cleared.participant.save()

    assert refusal(sign_in_young_person, profile=cleared, event=youth_event, actor=volunteer, at=MORNING) == (
        "registration_inactive"
    )


def test_sign_in_at_an_event_of_another_congress_is_refused(cleared, volunteer):
    elsewhere = YouthEventFactory()

    assert refusal(sign_in_young_person, profile=cleared, event=elsewhere, actor=volunteer, at=MORNING) == (
        "wrong_congress"
    )


def test_sign_in_twice_on_the_same_day_is_refused(signed_in, youth_event, volunteer):
    code = refusal(
        sign_in_young_person,
        profile=signed_in.profile,
        event=youth_event,
        actor=volunteer,
        at=MORNING + datetime.timedelta(minutes=1),
    )

    assert code == "already_signed_in"
    assert AttendanceRecord.objects.count() == 1


def test_sign_in_again_after_being_collected_opens_a_second_record(
    signed_in, youth_event, volunteer, chaperone
):
    sign_out_young_person(
        record=signed_in, collected_by=chaperone, actor=volunteer, at=MORNING + datetime.timedelta(hours=2)
    )

    again = sign_in_young_person(profile=signed_in.profile, event=youth_event, actor=volunteer, at=EVENING)

    assert again.pk != signed_in.pk
    assert AttendanceRecord.objects.filter(day=datetime.date(2001, 12, 14)).count() == 2


def test_database_holds_one_open_record_per_young_person_and_day(signed_in, volunteer):
    with pytest.raises(IntegrityError), transaction.atomic():
        AttendanceRecord.objects.create(
            profile=signed_in.profile,
            event=signed_in.event,
            day=signed_in.day,
            signed_in_at=EVENING,
            signed_in_by=volunteer,
        )


def test_database_refuses_a_sign_out_before_the_sign_in(signed_in, volunteer, chaperone):
    with pytest.raises(IntegrityError), transaction.atomic():
        AttendanceRecord.objects.filter(pk=signed_in.pk).update(
            signed_out_at=MORNING - datetime.timedelta(hours=1),
            signed_out_by=volunteer,
            collected_by_chaperone=chaperone,
        )


# Sign-out


def test_sign_out_to_the_chaperone_is_recorded_and_audited(signed_in, chaperone, volunteer):
    record = sign_out_young_person(record=signed_in, collected_by=chaperone, actor=volunteer, at=EVENING)

    record.refresh_from_db()
    assert (
        record.signed_out_at,
        record.signed_out_by,
        record.collected_by_chaperone,
        record.collected_by,
    ) == (
        EVENING,
        volunteer,
        chaperone,
        None,
    )
    entry = actions_for(record).filter(action="safeguarding.attendance.signed_out").get()
    assert (entry.actor, entry.data) == (
        volunteer,
        {"profile": record.profile_id, "collected_by": "chaperone", "adult": chaperone.participant.reference},
    )


def test_sign_out_to_an_authorised_collector_is_recorded_without_their_name_in_the_audit(
    signed_in, aunt, volunteer
):
    record = sign_out_young_person(record=signed_in, collected_by=aunt, actor=volunteer, at=EVENING)

    record.refresh_from_db()
    assert (record.collected_by, record.collected_by_chaperone) == (aunt, None)
    entry = actions_for(record).filter(action="safeguarding.attendance.signed_out").get()
    assert entry.data == {
        "profile": record.profile_id,
        "collected_by": "authorised_collector",
        "adult": aunt.pk,
    }
    assert "Yumi" not in str(entry.data) + entry.object_repr


@pytest.mark.parametrize("who", ["nobody", "other_chaperone", "other_childs_collector", "removed_collector"])
def test_sign_out_to_anyone_else_is_refused_and_the_young_person_stays_in(
    signed_in, aunt, volunteer, youth_category, who
):
    if who == "removed_collector":
        remove_authorised_collector(collector=aunt, actor=volunteer)
    other_profile = YouthProfileFactory(participant=YouthParticipantFactory(category=youth_category))
    adults = {
        "nobody": lambda: None,
        "other_chaperone": lambda: ChaperoneFactory(participant__category=youth_category),
        "other_childs_collector": lambda: add_authorised_collector(
            profile=other_profile, details=AUNT, method=ConsentMethod.ONLINE
        ),
        "removed_collector": lambda: aunt,
    }

    with pytest.raises(SafeguardingError) as error:
        sign_out_young_person(record=signed_in, collected_by=adults[who](), actor=volunteer, at=EVENING)

    signed_in.refresh_from_db()
    assert error.value.code == "not_authorised_collector"
    assert str(error.value.message).startswith("Only the young person's chaperone or an adult authorised")
    assert signed_in.is_open


def test_sign_out_to_a_former_chaperone_is_refused(signed_in, chaperone, volunteer):
    release_chaperone(minor_profile=signed_in.profile, actor=volunteer)

    code = refusal(
        sign_out_young_person, record=signed_in, collected_by=chaperone, actor=volunteer, at=EVENING
    )

    assert code == "not_authorised_collector"


def test_sign_out_twice_is_refused(signed_in, chaperone, aunt, volunteer):
    sign_out_young_person(record=signed_in, collected_by=chaperone, actor=volunteer, at=EVENING)

    code = refusal(sign_out_young_person, record=signed_in, collected_by=aunt, actor=volunteer, at=EVENING)

    signed_in.refresh_from_db()
    assert code == "already_signed_out"
    assert signed_in.collected_by_chaperone == chaperone


def test_sign_out_before_the_sign_in_time_is_refused(signed_in, chaperone, volunteer):
    early = MORNING - datetime.timedelta(minutes=5)

    code = refusal(sign_out_young_person, record=signed_in, collected_by=chaperone, actor=volunteer, at=early)

    assert code == "signed_out_before_sign_in"


# Authorised collectors


def test_guardian_adds_a_collector_online_stored_encrypted_and_audited_without_the_name(cleared):
    collector = add_authorised_collector(profile=cleared, details=AUNT, method=ConsentMethod.ONLINE)

    stored = AuthorisedCollector.objects.get(pk=collector.pk)
    assert (stored.name, stored.relationship, stored.phone, stored.method, stored.added_by) == (
        "Yumi Sato",
        "Aunt",
        "+81 90 3333 4444",
        ConsentMethod.ONLINE,
        None,
    )
    with connection.cursor() as cursor:
        cursor.execute("SELECT name, phone FROM safeguarding_authorisedcollector")
        raw = cursor.fetchone()
    assert "Yumi" not in str(raw)
    assert "3333" not in str(raw)
    entry = actions_for(collector).get()
    assert (entry.action, entry.actor, entry.data) == (
        "safeguarding.authorised_collector.added",
        None,
        {"profile": cleared.pk, "method": "online"},
    )
    assert "Yumi" not in entry.object_repr


def test_staff_add_a_collector_from_a_paper_form_and_are_named(cleared, officer):
    collector = add_authorised_collector(
        profile=cleared, details=AUNT, method=ConsentMethod.PAPER, actor=officer
    )

    assert (collector.method, collector.added_by) == (ConsentMethod.PAPER, officer)
    assert actions_for(collector).get().actor == officer


def test_a_paper_form_without_a_member_of_staff_is_refused(cleared):
    code = refusal(add_authorised_collector, profile=cleared, details=AUNT, method=ConsentMethod.PAPER)

    assert code == "recorder_required"


def test_a_collector_without_a_telephone_is_refused(cleared):
    details = CollectorDetails(name="Yumi Sato", relationship="Aunt", phone="  ")

    code = refusal(add_authorised_collector, profile=cleared, details=details, method=ConsentMethod.ONLINE)

    assert code == "collector_details_required"
    assert not AuthorisedCollector.objects.exists()


def test_at_most_three_collectors_at_a_time(cleared, officer):
    first = add_authorised_collector(profile=cleared, details=AUNT, method=ConsentMethod.ONLINE)
    for _ in range(2):
        add_authorised_collector(profile=cleared, details=AUNT, method=ConsentMethod.ONLINE)

    code = refusal(add_authorised_collector, profile=cleared, details=AUNT, method=ConsentMethod.ONLINE)
    remove_authorised_collector(collector=first, actor=officer)
    add_authorised_collector(profile=cleared, details=AUNT, method=ConsentMethod.ONLINE)

    assert code == "collectors_full"
    assert cleared.authorised_collectors.filter(removed_at__isnull=True).count() == 3


def test_removing_a_collector_keeps_the_record_and_is_audited(aunt, officer):
    removed = remove_authorised_collector(collector=aunt, actor=officer)
    again = remove_authorised_collector(collector=aunt, actor=officer)

    stored = AuthorisedCollector.objects.get(pk=aunt.pk)
    assert (stored.name, stored.removed_by, stored.is_active) == ("Yumi Sato", officer, False)
    assert again.removed_at == removed.removed_at
    assert list(actions_for(aunt).values_list("action", flat=True)) == [
        "safeguarding.authorised_collector.removed",
        "safeguarding.authorised_collector.added",
    ]


# The register of a day


def test_register_shows_each_young_person_with_their_state_and_who_took_them(
    signed_in, aunt, youth_event, youth_category, volunteer, clear_fully
):
    waiting = clear_fully(
        YouthProfileFactory(
            participant=YouthParticipantFactory(category=youth_category, family_name="Abe"),
            events=[youth_event],
        )
    )
    sign_out_young_person(record=signed_in, collected_by=aunt, actor=volunteer, at=EVENING)
    unready = YouthProfileFactory(
        participant=YouthParticipantFactory(category=youth_category, family_name="Ueda"), events=[youth_event]
    )

    rows = register_for(event=youth_event, day=datetime.date(2001, 12, 14))

    assert [(row.profile, row.state) for row in rows] == [
        (waiting, RegisterState.NOT_ARRIVED),
        (signed_in.profile, RegisterState.COLLECTED),
        (unready, RegisterState.NOT_ARRIVED),
    ]
    assert rows[1].latest.collected_by == aunt
    assert rows[1].collectors == [aunt]
    assert register_counts(rows) == {"not_arrived": 2, "in": 0, "collected": 1}
    assert (
        register_for(event=youth_event, day=datetime.date(2001, 12, 15))[1].state == RegisterState.NOT_ARRIVED
    )


def test_register_clearance_is_the_clearance_of_the_event(
    cleared, youth_event, youth_category, give_consent, chaperone
):
    partly = YouthProfileFactory(
        participant=YouthParticipantFactory(category=youth_category), events=[youth_event]
    )
    give_consent(partly, ConsentKind.MEDIA)
    unknown_age = YouthProfileFactory(
        participant=YouthParticipantFactory(category=youth_category, date_of_birth=None), events=[youth_event]
    )

    rows = register_for(event=youth_event, day=datetime.date(2001, 12, 14))

    assert {row.profile.pk: row.reasons for row in rows} == {
        profile.pk: clearance_for(participant=profile.participant, event=youth_event).reasons
        for profile in (cleared, partly, unknown_age)
    }
    assert {row.profile.pk: len(row.reasons) for row in rows} == {
        cleared.pk: 0,
        partly.pk: 4,
        unknown_age.pk: 1,
    }


def test_register_leaves_out_adults_and_withdrawn_registrations(cleared, youth_event, youth_category):
    YouthProfileFactory(
        participant=YouthParticipantFactory(category=youth_category),
        events=[youth_event],
        is_minor_frozen=False,
    )
    YouthProfileFactory(
        participant=YouthParticipantFactory(category=youth_category, status=RegistrationStatus.WITHDRAWN),
        events=[youth_event],
    )

    rows = register_for(event=youth_event, day=datetime.date(2001, 12, 14))

    assert [row.profile for row in rows] == [cleared]


def test_register_reads_a_fixed_number_of_queries(
    youth_event, youth_category, clear_fully, volunteer, django_assert_num_queries
):
    def add_young_person():
        profile = clear_fully(
            YouthProfileFactory(
                participant=YouthParticipantFactory(category=youth_category), events=[youth_event]
            )
        )
        add_authorised_collector(profile=profile, details=AUNT, method=ConsentMethod.ONLINE)
        sign_in_young_person(profile=profile, event=youth_event, actor=volunteer, at=MORNING)

    def read():
        rows = register_for(event=youth_event, day=datetime.date(2001, 12, 14))
        return [
            (row.state, row.reasons, row.chaperone, row.latest.signed_in_by, [c.name for c in row.collectors])
            for row in rows
        ]

    add_young_person()
    with django_assert_num_queries(5) as one:
        read()
    for _ in range(2):
        add_young_person()
    with django_assert_num_queries(len(one.captured_queries)):
        assert len(read()) == 3


def test_default_register_day_is_today_during_an_event_else_its_first_day(youth_event, congress_event):
    events = [youth_event, congress_event]

    assert default_register_day(events=events, today=datetime.date(2001, 12, 18)) == (
        congress_event,
        datetime.date(2001, 12, 18),
    )
    assert default_register_day(events=events, today=datetime.date(2002, 1, 5)) == (
        youth_event,
        datetime.date(2001, 12, 13),
    )
    assert default_register_day(events=events, today=datetime.date(2001, 12, 14), event=congress_event) == (
        congress_event,
        datetime.date(2001, 12, 17),
    )
    assert default_register_day(events=[], today=datetime.date(2001, 12, 14)) == (None, None)
    assert event_days(event=youth_event) == [datetime.date(2001, 12, d) for d in (13, 14, 15, 16)]
