import pytest
import rules
from django.contrib.auth.models import AnonymousUser
from django.db import IntegrityError, transaction
from django.utils import timezone

from plenaria.badges.enums import BadgeStatus, RevocationReason
from plenaria.badges.models import AccessZone, Badge
from tests.factories.accounts import UserFactory
from tests.factories.badges import AccessZoneFactory, BadgeFactory
from tests.factories.congresses import CongressFactory

pytestmark = [pytest.mark.integration, pytest.mark.django_db]


def refused(save) -> bool:
    try:
        with transaction.atomic():
            save()
    except IntegrityError:
        return True
    return False


def test_badge_secret_is_random_long_and_not_derived_from_the_person():
    first = BadgeFactory(participant__given_name="Aiko", participant__family_name="Tanaka")
    second = BadgeFactory(participant__given_name="Aiko", participant__family_name="Tanaka")

    assert first.secret != second.secret
    assert len(first.secret) >= 32
    assert "aiko" not in first.secret.lower()
    assert first.participant.reference not in first.secret


def test_badge_second_issued_badge_of_a_participant_is_refused():
    badge = BadgeFactory()

    assert refused(lambda: Badge.objects.create(participant=badge.participant))


def test_badge_new_issued_badge_allowed_once_the_old_one_is_revoked():
    badge = BadgeFactory()
    badge.status = BadgeStatus.REVOKED
    badge.revoked_at = timezone.now()
    badge.revocation_reason = RevocationReason.LOST
    badge.save()

    assert not refused(lambda: Badge.objects.create(participant=badge.participant, replaces=badge))
    assert badge.participant.badges.count() == 2


def test_badge_revoked_without_a_reason_or_date_is_refused():
    badge = BadgeFactory()
    badge.status = BadgeStatus.REVOKED

    assert refused(badge.save)


def test_badge_issued_with_a_revocation_date_is_refused():
    badge = BadgeFactory()
    badge.revoked_at = timezone.now()

    assert refused(badge.save)


def test_access_zone_slug_is_unique_per_congress():
    zone = AccessZoneFactory(slug="plenary")

    assert refused(
        lambda: AccessZone.objects.create(congress=zone.congress, slug="plenary", name={"en": "x"})
    )
    assert not refused(
        lambda: AccessZone.objects.create(congress=CongressFactory(), slug="plenary", name={"en": "x"})
    )


def test_manage_badges_is_for_the_secretariat_of_the_congress(congress, make_staff):
    secretariat = make_staff(congress, "can_change_congress")
    other_staff = make_staff(congress, "can_change_content")
    secretariat_elsewhere = make_staff(CongressFactory(), "can_change_congress")

    assert rules.has_perm("badges.manage_badges", secretariat, congress)
    assert not rules.has_perm("badges.manage_badges", other_staff, congress)
    assert not rules.has_perm("badges.manage_badges", secretariat_elsewhere, congress)
    assert not rules.has_perm("badges.manage_badges", UserFactory(), congress)
    assert not rules.has_perm("badges.manage_badges", AnonymousUser(), congress)
