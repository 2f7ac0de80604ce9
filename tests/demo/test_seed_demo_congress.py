from io import StringIO

import pytest
from allauth.account.models import EmailAddress
from django.core.management import call_command
from django.db.models import Count, Q

from plenaria.accounts.models import User
from plenaria.common.models import ActionLog, OutboundEmail
from plenaria.delegations.models import Delegation, FocalPoint, Organisation
from plenaria.registration.enums import SEAT_HOLDING_STATUSES, CategoryKind, RegistrationStatus
from plenaria.registration.models import Decision, Participant, ParticipantCategory, ReviewStage

pytestmark = [pytest.mark.integration, pytest.mark.django_db]

COUNTED = [
    User,
    EmailAddress,
    Organisation,
    Delegation,
    FocalPoint,
    ParticipantCategory,
    ReviewStage,
    Participant,
    Decision,
    ActionLog,
    OutboundEmail,
]


def _seed() -> str:
    out = StringIO()
    call_command("seed_demo_congress", stdout=out)
    return out.getvalue()


def _counts() -> dict[str, int]:
    return {model.__name__: model.objects.count() for model in COUNTED}


def test_seeding_twice_gives_the_same_accreditation_data_in_every_status_within_the_quotas():
    _seed()
    first = _counts()

    report = _seed()

    assert _counts() == first
    assert "focal.se@demo.plenaria.example" in report
    assert "focal.th@demo.plenaria.example" in report
    focal_point = User.objects.get(email="focal.se@demo.plenaria.example")
    assert focal_point.check_password("yokohama-2001")
    assert EmailAddress.objects.filter(user=focal_point, verified=True, primary=True).exists()
    # Every status the services produce (a draft is never left behind: registrations are submitted at once).
    statuses = set(Participant.objects.values_list("status", flat=True))
    assert statuses == set(RegistrationStatus) - {RegistrationStatus.DRAFT}
    delegations = Delegation.objects.annotate(
        # young people have places of their own (the events' youth rules), not the delegation's
        seats=Count(
            "participants",
            filter=Q(participants__status__in=SEAT_HOLDING_STATUSES)
            & ~Q(participants__category__kind=CategoryKind.YOUTH),
        ),
        young=Count("participants", filter=Q(participants__category__kind=CategoryKind.YOUTH)),
        heads=Count(
            "participants",
            filter=Q(participants__role="head")
            & ~Q(participants__status__in=[RegistrationStatus.WITHDRAWN, RegistrationStatus.REJECTED]),
        ),
        waiting=Count("participants", filter=Q(participants__status=RegistrationStatus.WAITLISTED)),
    )
    assert delegations.count() >= 40
    assert [d.organisation.name for d in delegations if d.seats > d.quota] == []
    assert [d.organisation.name for d in delegations if d.heads > 1] == []
    assert [d.organisation.name for d in delegations if d.young > 2] == []
    assert any(d.seats == d.quota and d.waiting for d in delegations)  # full, with a waiting list
    assert Participant.objects.exclude(likely_duplicate_of=None).count() >= 2
