import datetime
import uuid

import pytest
from django.utils import timezone

from plenaria.badges.enums import RevocationReason
from plenaria.badges.services import revoke_badge
from plenaria.checkin.enums import ScanOutcome, ScanReason
from plenaria.checkin.errors import CheckinError
from plenaria.checkin.models import Scan
from plenaria.checkin.services import redeem_scan, revoke_device
from plenaria.registration.enums import RegistrationStatus
from plenaria.safeguarding.enums import ConsentKind
from tests.factories.badges import BadgeFactory, clear_young_person
from tests.factories.checkin import DeviceFactory
from tests.factories.congresses import CongressFactory
from tests.factories.safeguarding import YouthProfileFactory

pytestmark = [pytest.mark.integration, pytest.mark.django_db]


def redeem(device, secret, **fields):
    fields.setdefault("scan_id", uuid.uuid4())
    fields.setdefault("scanned_at", timezone.now())
    return redeem_scan(device=device, secret=secret, **fields)


@pytest.fixture
def young_person(congress, plenary):
    profile = YouthProfileFactory(
        participant__category__congress=congress,
        participant__status=RegistrationStatus.APPROVED,
        participant__given_name="Yui",
        participant__family_name="Kato",
        is_minor_frozen=True,
    )
    plenary.categories.add(profile.participant.category)
    return profile


def test_redeem_scan_delegate_at_plenary_is_admitted_with_the_screen_summary(device, badge):
    result = redeem(device, badge.secret, direction="in")

    assert (result.admitted, result.reason, result.flagged, result.conflict) == (
        True,
        "admitted",
        False,
        False,
    )
    assert result.message == "Admitted."
    assert (result.participant.name, result.participant.category) == ("Aiko SATO", "Delegate")
    assert (result.participant.category_code, result.participant.photo_url) == ("D", None)
    stored = Scan.objects.get()
    assert (stored.badge, stored.checkpoint, stored.device) == (badge, device.checkpoint, device)
    assert (stored.result, stored.reason, stored.direction, stored.was_offline) == (
        "admitted",
        "admitted",
        "in",
        False,
    )


def test_redeem_scan_unknown_secret_is_refused_and_stored_without_badge(device):
    result = redeem(device, "not-a-badge")

    assert (result.admitted, result.reason, result.participant) == (False, "unknown_badge", None)
    assert Scan.objects.get().badge is None


def test_redeem_scan_badge_of_another_congress_is_unknown(device, make_badge):
    other = BadgeFactory(participant__category__congress=CongressFactory(slug="other"))

    result = redeem(device, other.secret)

    assert result.reason == ScanReason.UNKNOWN_BADGE


def test_redeem_scan_revoked_badge_is_refused_and_flagged(device, badge):
    revoke_badge(badge=badge, actor=None, reason=RevocationReason.LOST)

    result = redeem(device, badge.secret)

    assert (result.admitted, result.reason, result.flagged) == (False, "revoked_badge", True)
    assert result.message == "This badge is revoked. Keep it and call a supervisor."
    assert Scan.objects.get().result == ScanOutcome.REFUSED


def test_redeem_scan_registration_no_longer_accredited_is_refused(device, badge):
    badge.participant.status = RegistrationStatus.WITHDRAWN
    badge.participant.save()

    result = redeem(device, badge.secret)

    assert (result.admitted, result.reason) == (False, "not_accredited")


def test_redeem_scan_delegate_at_media_centre_is_refused_for_wrong_zone(media_device, badge):
    result = redeem(media_device, badge.secret)

    assert (result.admitted, result.reason) == (False, "wrong_zone")
    assert result.message == "This badge does not open this zone."
    assert result.participant.name == "Aiko SATO"


def test_redeem_scan_journalist_at_media_centre_is_admitted(media_device, make_badge, media):
    result = redeem(media_device, make_badge(category=media).secret)

    assert result.admitted is True


def test_redeem_scan_cleared_young_person_is_admitted(device, young_person):
    clear_young_person(young_person)
    badge = BadgeFactory(participant=young_person.participant)

    result = redeem(device, badge.secret)

    assert (result.admitted, result.reason) == (True, "admitted")
    assert result.participant.photo_url is None


def test_redeem_scan_young_person_without_consent_is_refused_as_not_cleared(device, young_person):
    clear_young_person(young_person)
    young_person.consents.filter(kind=ConsentKind.YOUTH_ASSENT).delete()
    badge = BadgeFactory(participant=young_person.participant)

    result = redeem(device, badge.secret)

    assert (result.admitted, result.reason) == (False, "not_cleared")


def test_redeem_scan_young_person_without_chaperone_is_refused(device, young_person):
    clear_young_person(young_person)
    young_person.chaperone = None
    young_person.save()
    badge = BadgeFactory(participant=young_person.participant)

    result = redeem(device, badge.secret)

    assert (result.admitted, result.reason) == (False, "no_chaperone")
    assert result.message == "This young person has no chaperone."


def test_redeem_scan_young_person_shows_the_pseudonym(device, young_person):
    clear_young_person(young_person)
    young_person.use_pseudonym = True
    young_person.pseudonym = "Hikari"
    young_person.save()
    badge = BadgeFactory(participant=young_person.participant)

    result = redeem(device, badge.secret)

    assert result.participant.name == "Hikari"


def test_redeem_scan_by_revoked_device_is_refused_and_stored(device, badge):
    revoke_device(device=device, actor=None)

    result = redeem(device, badge.secret)

    assert (result.admitted, result.reason) == (False, "device_revoked")
    assert Scan.objects.get().reason == ScanReason.DEVICE_REVOKED


def test_redeem_scan_of_an_unknown_code_by_a_device_revoked_meanwhile_says_the_device_is_revoked(device):
    """No badge row comes back to say whether the device was revoked: it is asked on its own."""
    revoke_device(device=device, actor=None)

    result = redeem(device, "not-a-badge-code")

    assert (result.admitted, result.reason) == (False, "device_revoked")


def test_redeem_scan_same_scan_id_twice_returns_the_first_result_and_stores_one(device, badge):
    scan_id = uuid.uuid4()
    first = redeem(device, badge.secret, scan_id=scan_id)
    revoke_badge(badge=badge, actor=None, reason=RevocationReason.LOST)

    again = redeem(device, badge.secret, scan_id=scan_id)

    assert (first.admitted, first.duplicate) == (True, False)
    assert (again.admitted, again.reason, again.duplicate) == (True, "admitted", True)
    assert Scan.objects.count() == 1


def test_redeem_scan_id_of_another_device_is_refused(device, plenary_door, badge):
    scan_id = uuid.uuid4()
    redeem(device, badge.secret, scan_id=scan_id)

    with pytest.raises(CheckinError) as error:
        redeem(DeviceFactory(checkpoint=plenary_door), badge.secret, scan_id=scan_id)

    assert error.value.code == "scan_id_taken"


@pytest.mark.parametrize(
    "fields",
    [
        {"scan_id": "not-a-uuid"},
        {"scanned_at": "yesterday"},
        {"scanned_at": datetime.datetime(2001, 12, 17, 9, 0)},
        {"direction": "sideways"},
    ],
)
def test_redeem_scan_malformed_is_refused_with_invalid_scan(device, badge, fields):
    with pytest.raises(CheckinError) as error:
        redeem(device, badge.secret, **fields)

    assert error.value.code == "invalid_scan"
    assert Scan.objects.count() == 0


def test_redeem_scan_offline_before_revocation_is_admitted(device, badge):
    scanned_at = timezone.now() - datetime.timedelta(hours=1)
    revoke_badge(badge=badge, actor=None, reason=RevocationReason.LOST)

    result = redeem(device, badge.secret, scanned_at=scanned_at, offline=True)

    assert (result.admitted, result.conflict) == (True, False)


def test_redeem_scan_offline_after_revocation_is_a_conflict(device, badge):
    revoke_badge(badge=badge, actor=None, reason=RevocationReason.LOST)

    result = redeem(device, badge.secret, scanned_at=timezone.now(), offline=True, device_admitted=True)

    assert (result.admitted, result.reason, result.conflict, result.flagged) == (
        False,
        "revoked_badge",
        True,
        True,
    )
    assert Scan.objects.get().conflict is True
