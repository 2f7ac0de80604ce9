import factory

from plenaria.checkin.models import Checkpoint, Device, hash_token
from tests.factories.badges import AccessZoneFactory
from tests.factories.congresses import CongressFactory


class CheckpointFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Checkpoint

    congress = factory.SubFactory(CongressFactory)
    zone = factory.SubFactory(AccessZoneFactory, congress=factory.SelfAttribute("..congress"))
    name = factory.Sequence(lambda n: f"Door {n}")
    slug = factory.Sequence(lambda n: f"door-{n}")


class DeviceFactory(factory.django.DjangoModelFactory):
    """A registered device whose raw token is `token` (a parameter: only its digest is stored)."""

    class Meta:
        model = Device

    class Params:
        token = factory.Sequence(lambda n: f"device-token-{n}")

    checkpoint = factory.SubFactory(CheckpointFactory)
    congress = factory.SelfAttribute("checkpoint.congress")
    name = factory.Sequence(lambda n: f"Phone {n}")
    token_hash = factory.LazyAttribute(lambda device: hash_token(device.token))
