import pytest

from plenaria.checkin.errors import CheckinError
from plenaria.checkin.models import Device, hash_token
from plenaria.checkin.selectors import get_device_by_token
from plenaria.checkin.services import create_checkpoint, register_device, revoke_device
from plenaria.common.audit import actions_for
from tests.factories.badges import AccessZoneFactory
from tests.factories.congresses import CongressFactory

pytestmark = [pytest.mark.integration, pytest.mark.django_db]


@pytest.fixture
def clerk(congress, make_staff):
    return make_staff(congress, "can_change_congress")


def test_register_device_shows_the_token_once_and_stores_only_its_digest(plenary_door, clerk):
    device, token = register_device(checkpoint=plenary_door, name="North door phone", actor=clerk)

    assert len(token) >= 40
    assert device.token_hash == hash_token(token) != token
    assert get_device_by_token(token=token) == device
    assert (device.congress, device.registered_by) == (plenary_door.congress, clerk)
    assert [(a.action, a.actor, a.data) for a in actions_for(device)] == [
        ("checkin.device.registered", clerk, {"checkpoint": plenary_door.pk})
    ]


def test_register_device_without_name_is_refused(plenary_door, clerk):
    with pytest.raises(CheckinError) as error:
        register_device(checkpoint=plenary_door, name="  ", actor=clerk)

    assert error.value.code == "name_required"
    assert Device.objects.count() == 0


def test_revoke_device_is_audited_and_cannot_be_repeated(device, clerk):
    revoked = revoke_device(device=device, actor=clerk)

    assert (revoked.is_revoked, revoked.revoked_by) == (True, clerk)
    assert [a.action for a in actions_for(device)] == ["checkin.device.revoked"]
    with pytest.raises(CheckinError) as error:
        revoke_device(device=device, actor=clerk)
    assert error.value.code == "device_revoked"


def test_create_checkpoint_is_audited(congress, plenary, clerk):
    checkpoint = create_checkpoint(
        congress=congress, zone=plenary, name="South door", slug="south", actor=clerk
    )

    assert (checkpoint.zone, checkpoint.name) == (plenary, "South door")
    assert [a.action for a in actions_for(checkpoint)] == ["checkin.checkpoint.created"]


@pytest.mark.parametrize(
    ("zone_congress", "name", "slug", "code"),
    [
        ("other", "Gate", "gate", "zone_of_another_congress"),
        ("same", "", "gate", "name_required"),
        ("same", "Gate", "taken", "slug_taken"),
    ],
)
def test_create_checkpoint_refusals(congress, plenary, clerk, zone_congress, name, slug, code):
    create_checkpoint(congress=congress, zone=plenary, name="Taken", slug="taken", actor=clerk)
    zone = plenary if zone_congress == "same" else AccessZoneFactory(congress=CongressFactory(slug="other"))

    with pytest.raises(CheckinError) as error:
        create_checkpoint(congress=congress, zone=zone, name=name, slug=slug, actor=clerk)

    assert error.value.code == code
