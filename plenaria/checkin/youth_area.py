"""The youth area: an access zone that keeps a youth event's sign-in register (`AccessZone.youth_event`).

A young person (a participant with a safeguarding youth profile) admitted there by a scan going *in* is signed in on
the event's register for the scan's local day, as if a volunteer had pressed "Sign in" (the device's registrant is
recorded as who signed them in). A scan going *out* signs nobody out: the register asks who collects the child, so
the operator is told to send them to the register desk with their chaperone or an authorised adult. A scan without a
direction signs nobody in either: at a door scanned both ways, the way out would sign a collected child in again.

The register's own rules decide (a day of the event, cleared, attending it, not an adult there); when it refuses, or
the young person is already signed in, the scan still stands."""

import datetime
import logging
import zoneinfo
from collections.abc import Iterable

from django.utils import timezone

from plenaria.badges.models import AccessZone
from plenaria.congresses.models import Event
from plenaria.safeguarding.errors import SafeguardingError
from plenaria.safeguarding.models import YouthProfile
from plenaria.safeguarding.services.register import sign_in_young_person

from .models import Device

logger = logging.getLogger(__name__)


def keeps_register(zone: AccessZone) -> bool:
    return zone.youth_event_id is not None


def young_participant_ids(*, zone: AccessZone, participant_ids: Iterable[int]) -> frozenset[int]:
    """Those of `participant_ids` who have a youth profile, when `zone` is a youth area (one query); else none (no
    query: the other zones never look)."""
    ids = {pk for pk in participant_ids if pk is not None}
    if not keeps_register(zone) or not ids:
        return frozenset()
    return frozenset(
        YouthProfile.objects.filter(participant_id__in=ids).values_list("participant_id", flat=True)
    )


def sign_in_arrivals(*, device: Device, arrivals: list[tuple[int, datetime.datetime]]) -> int:
    """Sign in on the zone's register each young person of `arrivals` ((participant id, time of the scan), admitted
    going in), at that time. Returns how many were signed in; refusals of the register are logged, not raised."""
    zone = device.checkpoint.zone
    actor = device.registered_by
    if not arrivals or not keeps_register(zone):
        return 0
    if (
        actor is None
    ):  # the register names who signed a child in: a device whose registrant was deleted cannot
        logger.warning("Device %s has no registrant: its youth-area scans sign nobody in", device.pk)
        return 0
    event = Event.objects.get(pk=zone.youth_event_id)
    profiles = {
        profile.participant_id: profile
        for profile in YouthProfile.objects.filter(participant_id__in={pk for pk, _at in arrivals})
    }
    time_zone = zoneinfo.ZoneInfo(device.congress.time_zone)
    signed_in, done = 0, set()
    for participant_id, at in sorted(arrivals, key=lambda arrival: arrival[1]):
        profile = profiles.get(participant_id)
        key = (participant_id, timezone.localdate(at, time_zone))  # the first arrival of a day is the sign-in
        if profile is None or key in done:
            continue
        done.add(key)
        signed_in += _sign_in(profile, event, actor, at)
    return signed_in


def _sign_in(profile: YouthProfile, event: Event, actor, at: datetime.datetime) -> int:
    try:
        sign_in_young_person(profile=profile, event=event, actor=actor, at=at)
    except SafeguardingError as error:
        if error.code != "already_signed_in":
            logger.info("Youth-area scan of profile %s not signed in: %s", profile.pk, error.code)
        return 0
    return 1
