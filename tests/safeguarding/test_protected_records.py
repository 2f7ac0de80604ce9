import datetime

import pytest
import rules
from django.contrib.auth.models import AnonymousUser

from plenaria.common.audit import actions_for
from plenaria.congresses.enums import TeamPermission
from plenaria.safeguarding.errors import SafeguardingError
from plenaria.safeguarding.models import ProtectedRecordAccess
from plenaria.safeguarding.selectors import protected_record_accesses
from plenaria.safeguarding.services.protected_records import read_protected_record
from tests.factories.accounts import UserFactory
from tests.factories.congresses import CongressFactory, StaffMembershipFactory, StaffTeamFactory
from tests.factories.registration import DelegationFactory, FocalPointFactory
from tests.factories.safeguarding import ChaperoneFactory

pytestmark = [pytest.mark.integration, pytest.mark.django_db]

OTHER_FLAGS = [flag for flag in TeamPermission.values if flag != TeamPermission.SAFEGUARDING_OFFICER]


def make_focal_point(profile):
    delegation = DelegationFactory(congress=profile.participant.congress)
    profile.participant.delegation = delegation
    profile.participant.save()
    user = UserFactory()
    FocalPointFactory(
        delegation=delegation, user=user, accepted_at=datetime.datetime(2001, 10, 1, tzinfo=datetime.UTC)
    )
    return user


@pytest.fixture
def people(congress, profile, make_staff, officer):
    """Everyone who might want a young person's protected record, by role."""
    participant_user = UserFactory()
    profile.participant.user = participant_user
    profile.participant.save()
    chaperone = ChaperoneFactory(participant__category=profile.participant.category)
    chaperone.participant.user = UserFactory()
    chaperone.participant.save()
    return {
        "safeguarding officer": officer,
        "staff with every other flag": make_staff(congress, *OTHER_FLAGS),
        "team member without flags": make_staff(congress),
        "platform administrator": UserFactory(is_superuser=True, is_staff=True),
        "officer of another congress": make_staff(CongressFactory(), "is_safeguarding_officer"),
        "focal point of the delegation": make_focal_point(profile),
        "the young person": participant_user,
        "a chaperone": chaperone.participant.user,
        "anonymous visitor": AnonymousUser(),
    }


def test_view_protected_record_is_for_the_congress_safeguarding_officers_only(people, profile, congress):
    allowed = {
        role
        for role, user in people.items()
        if rules.has_perm("safeguarding.view_protected_record", user, profile)
        and rules.has_perm("safeguarding.view_access_log", user, congress)
    }
    refused_everything = {
        role
        for role, user in people.items()
        if not any(
            rules.has_perm(perm, user, obj)
            for perm, obj in [
                ("safeguarding.view_protected_record", profile),
                ("safeguarding.manage_youth_participant", profile),
                ("safeguarding.view_access_log", congress),
                ("safeguarding.manage_safeguarding", congress),
            ]
        )
    }

    assert allowed == {"safeguarding officer"}
    assert refused_everything == set(people) - {"safeguarding officer"}


def test_read_protected_record_shows_the_record_and_logs_who_when_why(profile, officer, give_consent):
    give_consent(profile, "guardian_medical")

    record = read_protected_record(profile=profile, user=officer, reason="Allergy check before lunch")

    assert (record.medical_notes, record.guardian_phone) == (
        "Peanut allergy: carries an adrenaline pen",
        "+81 44 000 0000",
    )
    assert [consent.kind for consent in record.consents] == ["guardian_medical"]
    access = ProtectedRecordAccess.objects.get()
    assert (access.user, access.profile, access.reason) == (officer, profile, "Allergy check before lunch")
    assert access.accessed_at is not None


def test_read_protected_record_without_a_reason_is_refused_and_not_shown(profile, officer):
    with pytest.raises(SafeguardingError) as refused:
        read_protected_record(profile=profile, user=officer, reason="   ")

    assert refused.value.code == "reason_required"
    assert not ProtectedRecordAccess.objects.exists()


def test_read_protected_record_by_a_platform_administrator_is_refused(profile):
    with pytest.raises(SafeguardingError) as refused:
        read_protected_record(profile=profile, user=UserFactory(is_superuser=True), reason="Checking")

    assert refused.value.code == "not_permitted"


def test_read_protected_record_by_other_staff_is_refused_and_audited(profile, congress, make_staff):
    secretariat = make_staff(congress, *OTHER_FLAGS)

    with pytest.raises(SafeguardingError) as refused:
        read_protected_record(profile=profile, user=secretariat, reason="Curious")

    assert refused.value.code == "not_permitted"
    assert not ProtectedRecordAccess.objects.exists()
    entry = actions_for(profile).get()
    assert (entry.action, entry.actor, entry.data) == (
        "safeguarding.protected_record.refused",
        secretariat,
        {},
    )


def test_protected_record_accesses_lists_the_congress_readings_newest_first(profile, officer, congress):
    read_protected_record(profile=profile, user=officer, reason="First")
    read_protected_record(profile=profile, user=officer, reason="Second")
    other_congress = CongressFactory()
    StaffMembershipFactory(
        team=StaffTeamFactory(congress=other_congress, is_safeguarding_officer=True), user=officer
    )

    assert [a.reason for a in protected_record_accesses(congress=congress)] == ["Second", "First"]
    assert list(protected_record_accesses(congress=other_congress)) == []


def test_protected_record_accesses_reads_in_one_query(profile, officer, congress, django_assert_num_queries):
    for n in range(3):
        read_protected_record(profile=profile, user=officer, reason=f"Reading {n}")

    with django_assert_num_queries(1):
        rows = [
            (a.user.email, a.profile.participant.given_name)
            for a in protected_record_accesses(congress=congress)
        ]

    assert len(rows) == 3
