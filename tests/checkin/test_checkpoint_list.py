import hashlib

import pytest

from plenaria.badges.enums import RevocationReason
from plenaria.badges.services import revoke_badge
from plenaria.checkin.selectors import checkpoint_list
from plenaria.registration.enums import RegistrationStatus
from tests.factories.badges import BadgeFactory, clear_young_person
from tests.factories.congresses import CongressFactory
from tests.factories.safeguarding import YouthProfileFactory

pytestmark = [pytest.mark.integration, pytest.mark.django_db]


def sha256(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def test_checkpoint_list_has_the_badges_the_zone_admits_by_digest(media_device, make_badge, media, delegates):
    journalist = make_badge(category=media, given_name="Ana", family_name="Lima")
    make_badge(category=delegates)  # a delegate's badge does not open the media centre
    make_badge(category=media, status=RegistrationStatus.WITHDRAWN)
    BadgeFactory(participant__category__congress=CongressFactory(slug="other"))

    listed = checkpoint_list(device=media_device)

    assert [(b.secret_hash, b.name, b.category_code, b.photo_url) for b in listed.admitted] == [
        (sha256(journalist.secret), "Ana LIMA", "M", None)
    ]
    assert journalist.secret not in repr(listed)


def test_checkpoint_list_has_revoked_digests(device, badge):
    revoke_badge(badge=badge, actor=None, reason=RevocationReason.LOST)

    listed = checkpoint_list(device=device)

    assert (listed.admitted, listed.revoked_hashes) == ([], [sha256(badge.secret)])


def test_checkpoint_list_young_person_under_pseudonym_without_protected_data(congress, device, plenary):
    profile = YouthProfileFactory(
        participant__category__congress=congress,
        participant__status=RegistrationStatus.APPROVED,
        is_minor_frozen=True,
        use_pseudonym=True,
        pseudonym="Hikari",
    )
    plenary.categories.add(profile.participant.category)
    clear_young_person(profile)
    BadgeFactory(participant=profile.participant)
    uncleared = YouthProfileFactory(
        participant__category=profile.participant.category,
        participant__status=RegistrationStatus.APPROVED,
        is_minor_frozen=True,
    )
    BadgeFactory(participant=uncleared.participant)

    listed = checkpoint_list(device=device)

    assert [b.name for b in listed.admitted] == ["Hikari"]
    text = repr(listed)
    assert profile.participant.family_name not in text
    assert "Tanaka" not in text  # the guardian
    assert str(profile.participant.date_of_birth.year) not in text
