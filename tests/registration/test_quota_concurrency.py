"""Quotas under real concurrent transactions: the row lock on the delegation must serialise them.

Only PostgreSQL has the row locks this proves (CI runs it there); SQLite serialises whole write transactions."""

import pytest

from plenaria.registration.enums import SEAT_HOLDING_STATUSES, RegistrationStatus, ReviewDecision
from plenaria.registration.models import Participant
from plenaria.registration.services.nomination import Nominee, nominate_member
from plenaria.registration.services.review import decide_registration
from tests.concurrency import POSTGRESQL_ONLY, run_at_once
from tests.factories.accounts import UserFactory
from tests.factories.registration import ParticipantFactory

pytestmark = [
    pytest.mark.integration,
    pytest.mark.django_db(transaction=True),
    POSTGRESQL_ONLY,
]


def test_nominate_member_twelve_at_once_never_exceeds_the_quota(delegation):
    actor = UserFactory()
    nominees = [
        Nominee(given_name=f"G{n}", family_name=f"F{n}", email=f"m{n}@mofa.example", role="delegate")
        for n in range(12)
    ]

    errors = run_at_once(
        [lambda n=n: nominate_member(delegation=delegation, nominee=n, actor=actor) for n in nominees]
    )

    statuses = list(Participant.objects.filter(delegation=delegation).values_list("status", flat=True))
    assert errors == []
    assert len(statuses) == 12
    assert statuses.count(RegistrationStatus.NOMINATED) == delegation.quota
    assert statuses.count(RegistrationStatus.WAITLISTED) == 12 - delegation.quota


def test_approve_waitlisted_members_at_once_fills_only_the_free_places(government_category, delegation):
    last_stage = government_category.stages.order_by("position").last()
    ParticipantFactory(
        category=government_category, delegation=delegation, status=RegistrationStatus.APPROVED
    )
    waiting = [
        ParticipantFactory(
            category=government_category,
            delegation=delegation,
            stage=last_stage,
            status=RegistrationStatus.WAITLISTED,
        )
        for _ in range(6)
    ]
    reviewer = UserFactory()

    errors = run_at_once(
        [
            lambda p=p: decide_registration(participant=p, decision=ReviewDecision.APPROVE, actor=reviewer)
            for p in waiting
        ]
    )

    holding = Participant.objects.filter(delegation=delegation, status__in=SEAT_HOLDING_STATUSES).count()
    assert holding == delegation.quota
    assert sorted(error.code for error in errors) == ["quota_exhausted"] * 5
