"""A focal point nominates a young person: registration, youth profile, guardian's details and invitation."""

import dataclasses
import datetime

import pytest
from django.utils import timezone

from plenaria.common.audit import actions_for
from plenaria.common.models import ActionLog, OutboundEmail
from plenaria.delegations.enums import OrganisationKind
from plenaria.registration.enums import CategoryKind, RegistrationStatus
from plenaria.registration.errors import RegistrationError
from plenaria.registration.models import Participant
from plenaria.registration.services.status import change_status
from plenaria.safeguarding.enums import ConsentKind
from plenaria.safeguarding.errors import SafeguardingError
from plenaria.safeguarding.forms_nomination import YoungPersonForm
from plenaria.safeguarding.models import YouthProfile
from plenaria.safeguarding.selectors import (
    get_profile_by_guardian_token,
    guardian_consent_url,
    name_outside_safeguarding,
)
from plenaria.safeguarding.services.nomination import (
    GuardianCorrection,
    YoungPersonDetails,
    nominate_young_person,
    reinvite_guardian,
    young_people_of_delegation,
    youth_places_of,
)
from tests.concurrency import POSTGRESQL_ONLY, run_at_once
from tests.factories.accounts import UserFactory
from tests.factories.registration import DelegationFactory, OrganisationFactory
from tests.factories.safeguarding import MINOR_BIRTH, YouthEventRulesFactory

pytestmark = [pytest.mark.integration, pytest.mark.django_db]

# 17 on the first day of the youth event (13 December 2001), 18 on the first day of the Congress (17 December).
BIRTHDAY_BETWEEN_THE_EVENTS = datetime.date(1983, 12, 15)
FORBIDDEN_WORDS = ("history", "exploitation", "abuse", "trauma", "victim", "background", "experience")


@pytest.fixture
def delegation(congress, youth_category):
    return DelegationFactory(congress=congress, quota=2)


@pytest.fixture
def focal_user():
    return UserFactory()


def details(events, n: int = 0, **changes) -> YoungPersonDetails:
    values = {
        "given_name": f"Aiko{n or ''}",
        "family_name": "Sato",
        "date_of_birth": MINOR_BIRTH,
        "nationality": "JP",
        "language": "en",
        "events": tuple(events),
        "guardian_name": "Keiko Sato",
        "guardian_email": f"keiko{n or ''}@example.jp",
        "guardian_phone": "+81 44 000 0000",
        "guardian_language": "ja",
    }
    return YoungPersonDetails(**{**values, **changes})


def test_nominate_young_person_registers_them_in_the_youth_category_of_the_delegation(
    delegation, youth_category, youth_event, focal_user
):
    profile = nominate_young_person(delegation=delegation, details=details([youth_event]), actor=focal_user)

    participant = profile.participant
    assert (participant.category, participant.delegation, participant.status) == (
        youth_category,
        delegation,
        RegistrationStatus.NOMINATED,
    )
    assert (participant.given_name, participant.family_name, participant.date_of_birth) == (
        "Aiko",
        "Sato",
        MINOR_BIRTH,
    )
    assert participant.reference.startswith("YK-")
    assert participant.completion_token
    # Without an address of their own, the young person is reached through their guardian.
    assert participant.email == "keiko@example.jp"
    assert [a.action for a in actions_for(participant)] == ["registration.participant.created"]


def test_nominate_young_person_keeps_the_guardians_details_and_e_mails_them_in_their_language(
    delegation, youth_event, focal_user
):
    profile = nominate_young_person(delegation=delegation, details=details([youth_event]), actor=focal_user)

    profile.refresh_from_db()
    assert (
        profile.guardian_name,
        profile.guardian_email,
        profile.guardian_phone,
        profile.guardian_language,
    ) == (
        "Keiko Sato",
        "keiko@example.jp",
        "+81 44 000 0000",
        "ja",
    )
    email = OutboundEmail.objects.get()
    assert (email.to, email.language, email.purpose) == (
        "keiko@example.jp",
        "ja",
        "safeguarding_guardian_invitation",
    )
    assert guardian_consent_url(profile=profile) in email.body_text
    assert "/ja/" in guardian_consent_url(profile=profile)
    assert [a.action for a in actions_for(profile)][::-1] == [
        "safeguarding.youth_profile.created",
        "safeguarding.youth_profile.guardian_changed",
        "safeguarding.guardian.invited",
    ]
    # The audit log never holds the guardian's contacts.
    assert not [log for log in ActionLog.objects.all() if "keiko@example.jp" in str(log.data)]


def test_nominate_young_person_with_their_own_e_mail_registers_that_address(delegation, youth_event):
    profile = nominate_young_person(
        delegation=delegation,
        details=details([youth_event], email="Aiko.Sato@Example.jp"),
        actor=UserFactory(),
    )

    assert profile.participant.email == "aiko.sato@example.jp"
    assert OutboundEmail.objects.get().to == "keiko@example.jp"


def test_nominate_young_person_for_both_events_gives_one_identity(delegation, youth_event, congress_event):
    profile = nominate_young_person(
        delegation=delegation, details=details([youth_event, congress_event]), actor=UserFactory()
    )

    assert YouthProfile.objects.count() == Participant.objects.count() == 1
    assert set(profile.events.values_list("slug", flat=True)) == {"kawasaki", "yokohama"}


def test_nominate_young_person_a_second_time_is_refused_as_a_second_identity(
    delegation, youth_event, congress_event
):
    nominate_young_person(delegation=delegation, details=details([youth_event]), actor=UserFactory())

    with pytest.raises(SafeguardingError) as refused:
        nominate_young_person(
            delegation=delegation,
            details=details([congress_event], given_name="aiko", guardian_email="other@example.jp"),
            actor=UserFactory(),
        )

    assert refused.value.code == "already_nominated"
    assert "Aiko SATO is already nominated by this delegation" in refused.value.message
    assert Participant.objects.count() == 1


def test_nominate_young_person_over_the_age_limit_of_an_event_is_refused_and_nothing_is_kept(
    delegation, youth_event, congress_event
):
    with pytest.raises(SafeguardingError) as refused:
        nominate_young_person(
            delegation=delegation,
            details=details([youth_event, congress_event], date_of_birth=BIRTHDAY_BETWEEN_THE_EVENTS),
            actor=UserFactory(),
        )

    assert refused.value.code == "not_a_minor"
    assert refused.value.message == "This person is not under the age limit of Second World Congress."
    assert (Participant.objects.count(), YouthProfile.objects.count(), OutboundEmail.objects.count()) == (
        0,
        0,
        0,
    )


def test_nominate_young_person_follows_the_age_limit_set_for_the_event(delegation, congress_event):
    YouthEventRulesFactory(event=congress_event, age_limit=19)

    profile = nominate_young_person(
        delegation=delegation,
        details=details([congress_event], date_of_birth=BIRTHDAY_BETWEEN_THE_EVENTS),
        actor=UserFactory(),
    )

    assert list(profile.events.all()) == [congress_event]


def test_nominate_young_person_after_the_events_deadline_is_refused(delegation, youth_event):
    YouthEventRulesFactory(
        event=youth_event, nominations_close_at=timezone.now() - datetime.timedelta(minutes=1)
    )

    with pytest.raises(SafeguardingError) as refused:
        nominate_young_person(delegation=delegation, details=details([youth_event]), actor=UserFactory())

    assert refused.value.code == "nominations_closed"
    assert refused.value.message == "Nominations of young people for Youth Event are closed."
    assert not Participant.objects.exists()


def test_nominate_young_person_after_the_delegations_deadline_is_refused(delegation, youth_event):
    delegation.nomination_deadline = timezone.now() - datetime.timedelta(minutes=1)
    delegation.save()

    with pytest.raises(RegistrationError) as refused:
        nominate_young_person(delegation=delegation, details=details([youth_event]), actor=UserFactory())

    assert refused.value.code == "nomination_closed"
    assert not Participant.objects.exists()


def test_nominate_young_person_a_third_at_an_event_is_refused_and_another_delegation_still_has_places(
    congress, delegation, youth_event
):
    for n in (1, 2):
        nominate_young_person(delegation=delegation, details=details([youth_event], n), actor=UserFactory())

    with pytest.raises(SafeguardingError) as refused:
        nominate_young_person(delegation=delegation, details=details([youth_event], 3), actor=UserFactory())
    other = nominate_young_person(
        delegation=DelegationFactory(congress=congress),
        details=details([youth_event], 3),
        actor=UserFactory(),
    )

    assert refused.value.code == "youth_quota_exhausted"
    assert refused.value.message == "This delegation already has 2 young people at Youth Event."
    assert Participant.objects.filter(delegation=delegation).count() == 2
    assert other.participant.status == RegistrationStatus.NOMINATED
    assert OutboundEmail.objects.count() == 3


def test_nominate_young_person_places_are_counted_per_event(delegation, youth_event, congress_event):
    for n in (1, 2):
        nominate_young_person(delegation=delegation, details=details([youth_event], n), actor=UserFactory())

    profile = nominate_young_person(
        delegation=delegation, details=details([congress_event], 3), actor=UserFactory()
    )

    assert [(p.event.slug, p.taken, p.left) for p in youth_places_of(delegation=delegation)] == [
        ("kawasaki", 2, 0),
        ("yokohama", 1, 1),
    ]
    assert profile.participant.given_name == "Aiko3"


def test_nominate_young_person_with_more_places_set_for_the_event_accepts_a_third(delegation, youth_event):
    YouthEventRulesFactory(event=youth_event, max_minors_per_delegation=3)

    for n in (1, 2, 3):
        nominate_young_person(delegation=delegation, details=details([youth_event], n), actor=UserFactory())

    assert young_people_of_delegation(delegation=delegation).count() == 3


def test_nominate_young_person_withdrawn_frees_the_youth_place(delegation, youth_event):
    first = nominate_young_person(
        delegation=delegation, details=details([youth_event], 1), actor=UserFactory()
    )
    nominate_young_person(delegation=delegation, details=details([youth_event], 2), actor=UserFactory())
    change_status(participant=first.participant, target=RegistrationStatus.WITHDRAWN, actor=None)

    third = nominate_young_person(
        delegation=delegation, details=details([youth_event], 3), actor=UserFactory()
    )

    assert third.participant.status == RegistrationStatus.NOMINATED


def test_nominate_young_person_with_a_pseudonym_shows_it_outside_safeguarding(delegation, youth_event):
    profile = nominate_young_person(
        delegation=delegation, details=details([youth_event], pseudonym=" Hikari "), actor=UserFactory()
    )

    assert (profile.pseudonym, profile.use_pseudonym) == ("Hikari", True)
    assert name_outside_safeguarding(participant=profile.participant) == "Hikari"
    changed = [a for a in actions_for(profile) if a.action == "safeguarding.youth_profile.pseudonym_changed"]
    assert [a.data for a in changed] == [{}]


def test_nominate_young_person_without_a_pseudonym_shows_their_name(delegation, youth_event):
    profile = nominate_young_person(
        delegation=delegation, details=details([youth_event]), actor=UserFactory()
    )

    assert (profile.pseudonym, profile.use_pseudonym) == ("", False)
    assert name_outside_safeguarding(participant=profile.participant) == "Aiko SATO"


def test_nominate_young_person_without_an_event_is_refused(delegation):
    with pytest.raises(SafeguardingError) as refused:
        nominate_young_person(delegation=delegation, details=details([]), actor=UserFactory())

    assert refused.value.code == "event_required"


def test_nominate_young_person_without_a_youth_category_is_refused(congress, youth_event):
    delegation = DelegationFactory(congress=congress)

    with pytest.raises(SafeguardingError) as refused:
        nominate_young_person(delegation=delegation, details=details([youth_event]), actor=UserFactory())

    assert refused.value.code == "no_youth_category"
    assert not Participant.objects.exists()


def test_nominate_young_person_by_a_youth_organisation_works_the_same_way(
    congress, youth_category, youth_event
):
    organisation = OrganisationFactory(
        kind=OrganisationKind.YOUTH_ORGANISATION, name="ECPAT Youth", country=""
    )
    delegation = DelegationFactory(congress=congress, organisation=organisation)

    profile = nominate_young_person(
        delegation=delegation, details=details([youth_event]), actor=UserFactory()
    )

    assert (profile.participant.delegation, profile.participant.category.kind) == (
        delegation,
        CategoryKind.YOUTH,
    )
    assert profile.participant.organisation_name == "ECPAT Youth"
    assert OutboundEmail.objects.get().to == "keiko@example.jp"


def test_nomination_asks_nothing_about_a_persons_past():
    form = YoungPersonForm(places=[])
    entries = [
        " ".join((name, str(field.label), str(field.help_text))) for name, field in form.fields.items()
    ] + [item.name for item in dataclasses.fields(YoungPersonDetails)]

    offending = [entry for entry in entries if any(word in entry.lower() for word in FORBIDDEN_WORDS)]

    assert len(entries) > 20
    assert offending == []


# --- Sending the guardian's invitation again ------------------------------------------------------------------


@pytest.fixture
def nominated(delegation, youth_event):
    return nominate_young_person(delegation=delegation, details=details([youth_event]), actor=UserFactory())


def test_reinvite_guardian_with_a_corrected_address_sends_a_new_link_there(nominated):
    old_token = nominated.guardian_token
    actor = UserFactory()

    profile = reinvite_guardian(
        profile=nominated,
        correction=GuardianCorrection(email="keiko.sato@example.jp", language="ja"),
        actor=actor,
    )

    profile.refresh_from_db()
    assert (profile.guardian_name, profile.guardian_email, profile.guardian_phone) == (
        "Keiko Sato",
        "keiko.sato@example.jp",
        "+81 44 000 0000",
    )
    assert get_profile_by_guardian_token(token=old_token) is None
    assert [(e.to, e.language) for e in OutboundEmail.objects.order_by("pk")] == [
        ("keiko@example.jp", "ja"),
        ("keiko.sato@example.jp", "ja"),
    ]
    assert guardian_consent_url(profile=profile) in OutboundEmail.objects.order_by("pk").last().body_text
    # The young person had no address of their own: their registration follows the guardian's.
    assert Participant.objects.get().email == "keiko.sato@example.jp"
    assert [a.action for a in actions_for(profile)][:2] == [
        "safeguarding.guardian.invited",
        "safeguarding.youth_profile.guardian_changed",
    ]


def test_reinvite_guardian_without_corrections_sends_the_link_again_to_the_same_address(nominated):
    reinvite_guardian(profile=nominated, correction=GuardianCorrection(language="ja"), actor=UserFactory())

    assert list(OutboundEmail.objects.values_list("to", flat=True)) == ["keiko@example.jp"] * 2
    actions = [a.action for a in actions_for(nominated)]
    assert (
        actions.count("safeguarding.guardian.invited"),
        actions.count("safeguarding.youth_profile.guardian_changed"),
    ) == (2, 1)


def test_reinvite_guardian_in_another_language_e_mails_in_that_language(nominated):
    reinvite_guardian(profile=nominated, correction=GuardianCorrection(language="fr"), actor=UserFactory())

    assert OutboundEmail.objects.order_by("pk").last().language == "fr"
    nominated.refresh_from_db()
    assert nominated.guardian_language == "fr"


def test_reinvite_guardian_once_they_answered_is_refused(nominated, give_consent):
    give_consent(nominated, ConsentKind.GUARDIAN_PARTICIPATION)

    with pytest.raises(SafeguardingError) as refused:
        reinvite_guardian(
            profile=nominated,
            correction=GuardianCorrection(email="someone@else.example"),
            actor=UserFactory(),
        )

    nominated.refresh_from_db()
    assert refused.value.code == "guardian_answered"
    assert nominated.guardian_email == "keiko@example.jp"
    assert OutboundEmail.objects.count() == 1


def test_reinvite_guardian_of_a_withdrawn_young_person_is_refused(nominated):
    change_status(participant=nominated.participant, target=RegistrationStatus.WITHDRAWN, actor=None)

    with pytest.raises(SafeguardingError) as refused:
        reinvite_guardian(profile=nominated, correction=GuardianCorrection(), actor=UserFactory())

    assert refused.value.code == "registration_inactive"
    assert OutboundEmail.objects.filter(purpose="safeguarding_guardian_invitation").count() == 1


# --- Under concurrent transactions (PostgreSQL) ---------------------------------------------------------------


@POSTGRESQL_ONLY
@pytest.mark.django_db(transaction=True)
def test_nominate_young_person_six_at_once_never_exceeds_the_youth_places(delegation, youth_event):
    errors = run_at_once(
        [
            lambda n=n: nominate_young_person(
                delegation=delegation, details=details([youth_event], n), actor=None
            )
            for n in range(1, 7)
        ]
    )

    assert sorted(error.code for error in errors) == ["youth_quota_exhausted"] * 4
    assert YouthProfile.objects.filter(participant__delegation=delegation).count() == 2
    assert Participant.objects.count() == OutboundEmail.objects.count() == 2
