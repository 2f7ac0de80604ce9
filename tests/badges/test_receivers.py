"""A registration that is withdrawn or rejected loses its badge at once."""

import pytest

from plenaria.badges.enums import BadgeStatus, RevocationReason
from plenaria.badges.services import issue_badge
from plenaria.common.models import ActionLog
from plenaria.registration.services.nomination import withdraw_participant

pytestmark = [pytest.mark.django_db]


def test_withdrawing_a_registration_revokes_its_badge_in_the_same_transaction(delegate, clerk):
    badge = issue_badge(participant=delegate, actor=clerk)

    withdraw_participant(participant=delegate, actor=clerk, reason="Cannot travel")

    badge.refresh_from_db()
    assert badge.status == BadgeStatus.REVOKED
    assert badge.revocation_reason == RevocationReason.REGISTRATION_WITHDRAWN
    assert badge.revoked_by == clerk
    assert ActionLog.objects.filter(action="badges.badge.revoked", object_id=str(badge.pk)).exists()


def test_withdrawing_a_registration_without_a_badge_changes_nothing_else(delegate, clerk):
    withdraw_participant(participant=delegate, actor=clerk)

    assert not ActionLog.objects.filter(action__startswith="badges.").exists()
