import pytest

from plenaria.badges.enums import BadgeStatus, RevocationReason
from plenaria.badges.errors import BadgeError
from plenaria.badges.models import Badge
from plenaria.badges.services import issue_badge, record_printing, reprint_badge, revoke_badge
from plenaria.common.audit import actions_for
from plenaria.registration.enums import RegistrationStatus
from plenaria.safeguarding.enums import ConsentKind
from tests.concurrency import POSTGRESQL_ONLY, run_at_once
from tests.factories.badges import BadgeFactory, clear_young_person
from tests.factories.registration import CategoryFactory
from tests.factories.safeguarding import ConsentFactory, YouthProfileFactory

pytestmark = [pytest.mark.integration, pytest.mark.django_db]


@pytest.fixture
def young_person(congress):
    profile = YouthProfileFactory(
        participant__category=CategoryFactory(congress=congress, slug="youth"),
        participant__status=RegistrationStatus.APPROVED,
        is_minor_frozen=True,
    )
    return profile


def refusal(function, **kwargs) -> str:
    with pytest.raises(BadgeError) as error:
        function(**kwargs)
    return error.value.code


# Issue


def test_issue_badge_accredited_participant_gets_one_and_it_is_audited(delegate, clerk):
    badge = issue_badge(participant=delegate, actor=clerk)

    assert badge.status == BadgeStatus.ISSUED
    assert badge.issued_by == clerk
    assert badge.print_count == 0
    assert [(a.action, a.actor, a.data) for a in actions_for(badge)] == [("badges.badge.issued", clerk, {})]
    assert actions_for(badge).get().congress_id == delegate.congress_id


@pytest.mark.parametrize(
    "status",
    [
        RegistrationStatus.DRAFT,
        RegistrationStatus.NOMINATED,
        RegistrationStatus.SUBMITTED,
        RegistrationStatus.INFO_REQUESTED,
        RegistrationStatus.WAITLISTED,
        RegistrationStatus.REJECTED,
        RegistrationStatus.WITHDRAWN,
    ],
)
def test_issue_badge_participant_not_accredited_is_refused(delegate, clerk, status):
    delegate.status = status
    delegate.save()

    assert refusal(issue_badge, participant=delegate, actor=clerk) == "not_accredited"
    assert Badge.objects.count() == 0


def test_issue_badge_young_person_not_cleared_is_refused_with_the_reasons(young_person, clerk):
    ConsentFactory(profile=young_person, kind=ConsentKind.GUARDIAN_PARTICIPATION)

    with pytest.raises(BadgeError) as error:
        issue_badge(participant=young_person.participant, actor=clerk)

    assert error.value.code == "not_cleared"
    assert "The guardian's consent to emergency medical treatment is missing." in error.value.message
    assert "No chaperone who has accepted the code of conduct." in error.value.message
    assert Badge.objects.count() == 0


def test_issue_badge_young_person_cleared_gets_one(young_person, clerk):
    clear_young_person(young_person)

    badge = issue_badge(participant=young_person.participant, actor=clerk)

    assert badge.participant == young_person.participant


def test_issue_badge_adult_without_date_of_birth_is_refused(delegate, clerk):
    delegate.date_of_birth = None
    delegate.save()

    assert refusal(issue_badge, participant=delegate, actor=clerk) == "not_cleared"


def test_issue_badge_twice_is_refused(delegate, clerk):
    issue_badge(participant=delegate, actor=clerk)

    assert refusal(issue_badge, participant=delegate, actor=clerk) == "already_issued"
    assert Badge.objects.count() == 1


@POSTGRESQL_ONLY
@pytest.mark.django_db(transaction=True)
def test_issue_badge_at_two_desks_at_once_issues_one_badge(delegate, clerk):
    errors = run_at_once([lambda: issue_badge(participant=delegate, actor=clerk) for _ in range(2)])

    assert [error.code for error in errors] == ["already_issued"]
    assert Badge.objects.filter(participant=delegate).count() == 1


# Reprint


def test_reprint_badge_revokes_the_old_secret_and_issues_a_new_one(delegate, clerk):
    old = issue_badge(participant=delegate, actor=clerk)

    new = reprint_badge(badge=old, actor=clerk, reason=RevocationReason.LOST)

    old.refresh_from_db()
    assert old.status == BadgeStatus.REVOKED
    assert old.revocation_reason == RevocationReason.LOST
    assert old.revoked_by == clerk
    assert new.status == BadgeStatus.ISSUED
    assert new.replaces == old
    assert new.secret != old.secret
    assert [(a.action, a.data) for a in actions_for(old)] == [
        ("badges.badge.revoked", {"reason": "lost"}),
        ("badges.badge.issued", {}),
    ]
    assert [(a.action, a.data) for a in actions_for(new)] == [
        ("badges.badge.reprinted", {"replaces": old.pk})
    ]


@pytest.mark.parametrize(
    "reason", [RevocationReason.REGISTRATION_WITHDRAWN, RevocationReason.ISSUED_IN_ERROR, "x"]
)
def test_reprint_badge_for_a_reason_that_calls_for_no_new_badge_is_refused(delegate, clerk, reason):
    badge = issue_badge(participant=delegate, actor=clerk)

    assert refusal(reprint_badge, badge=badge, actor=clerk, reason=reason) == "invalid_reason"
    assert Badge.objects.get().status == BadgeStatus.ISSUED


def test_reprint_badge_already_revoked_is_refused(delegate, clerk):
    old = issue_badge(participant=delegate, actor=clerk)
    reprint_badge(badge=old, actor=clerk, reason=RevocationReason.DAMAGED)

    assert refusal(reprint_badge, badge=old, actor=clerk, reason=RevocationReason.LOST) == "already_revoked"
    assert Badge.objects.count() == 2


def test_reprint_badge_after_the_registration_was_withdrawn_is_refused(delegate, clerk):
    badge = issue_badge(participant=delegate, actor=clerk)
    delegate.status = RegistrationStatus.WITHDRAWN
    delegate.save()

    assert refusal(reprint_badge, badge=badge, actor=clerk, reason=RevocationReason.LOST) == "not_accredited"
    badge.refresh_from_db()
    assert badge.status == BadgeStatus.ISSUED


# Revoke


def test_revoke_badge_records_who_when_and_why(delegate, clerk):
    badge = issue_badge(participant=delegate, actor=clerk)

    revoke_badge(badge=badge, actor=clerk, reason=RevocationReason.REGISTRATION_WITHDRAWN)

    badge.refresh_from_db()
    assert badge.status == BadgeStatus.REVOKED
    assert badge.revoked_at is not None
    assert badge.revoked_by == clerk
    assert actions_for(badge).first().data == {"reason": "registration_withdrawn"}


def test_revoke_badge_twice_is_refused(delegate, clerk):
    badge = issue_badge(participant=delegate, actor=clerk)
    revoke_badge(badge=badge, actor=clerk, reason=RevocationReason.LOST)

    assert refusal(revoke_badge, badge=badge, actor=clerk, reason=RevocationReason.LOST) == "already_revoked"


def test_revoke_badge_without_a_known_reason_is_refused(delegate, clerk):
    badge = issue_badge(participant=delegate, actor=clerk)

    assert refusal(revoke_badge, badge=badge, actor=clerk, reason="") == "invalid_reason"
    badge.refresh_from_db()
    assert badge.status == BadgeStatus.ISSUED


# Printing


def test_record_printing_counts_each_print_and_logs_each_badge(clerk):
    first, second = BadgeFactory(), BadgeFactory()

    record_printing(badges=[first, second], actor=clerk)
    printed = record_printing(badges=Badge.objects.filter(pk=first.pk), actor=clerk)

    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.print_count, second.print_count) == (2, 1)
    assert first.printed_at is not None
    assert printed == [first]
    assert [(a.action, a.actor, a.data) for a in actions_for(first)] == [
        ("badges.badge.printed", clerk, {"print_count": 2}),
        ("badges.badge.printed", clerk, {"print_count": 1}),
    ]
    assert actions_for(second).get().congress_id == second.participant.congress_id


def test_record_printing_with_a_revoked_badge_prints_nothing(delegate, clerk):
    valid = BadgeFactory()
    revoked = issue_badge(participant=delegate, actor=clerk)
    revoke_badge(badge=revoked, actor=clerk, reason=RevocationReason.LOST)

    assert refusal(record_printing, badges=[valid, revoked], actor=clerk) == "already_revoked"
    valid.refresh_from_db()
    assert valid.print_count == 0
    assert valid.printed_at is None


def test_badge_error_codes_have_messages():
    assert BadgeError("not_accredited").message == "Only an accredited participant can get a badge."
    assert all(message for message in BadgeError.messages.values())


def test_record_printing_of_a_young_person_no_longer_cleared_is_refused_with_the_reasons(young_person, clerk):
    """The chaperone withdrew after the badge was issued: the badge would not open a door, and is not printed."""
    clear_young_person(young_person)
    badge = issue_badge(participant=young_person.participant, actor=clerk)
    other = BadgeFactory()
    young_person.chaperone = None
    young_person.save(update_fields=["chaperone"])

    with pytest.raises(BadgeError) as error:
        record_printing(badges=[other, badge], actor=clerk)

    assert error.value.code == "not_cleared"
    assert "No chaperone who has accepted the code of conduct." in error.value.message
    assert list(Badge.objects.filter(print_count__gt=0)) == []
    assert not [entry for entry in actions_for(badge) if entry.action == "badges.badge.printed"]
