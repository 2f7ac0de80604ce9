"""The demo congress's badges and door: access zones, badges issued, printed and reprinted, checkpoints, scanning
devices and four days of scans (data: plenaria.demo.content.checkin_2001).

Everything goes through the services, as the secretariat's demo staff member: zones and their categories, a badge
for every accredited participant (young people only once safeguarding has cleared them), most printed in batches
before the congress, a few lost and reprinted (the old badge revoked) or revoked. Each checkpoint has a device; one
more was lost and revoked. The scans of 17–20 December 2001 (and of the youth area, 13–16 December) reach the
server as the devices' offline batches, decided at their scan time, so the attendance figures have a history.

Running it again adds nothing: zones, checkpoints and devices are found by their short names, and badges and scans
are seeded only when the congress has no badge yet.
"""

import datetime
import random
import uuid
import zoneinfo

from plenaria.accounts.models import User
from plenaria.badges.enums import BadgeStatus
from plenaria.badges.models import AccessZone, Badge
from plenaria.badges.services import issue_badge, record_printing, reprint_badge, revoke_badge
from plenaria.checkin.enums import Direction
from plenaria.checkin.models import Checkpoint, Device
from plenaria.checkin.services import create_checkpoint, register_device, revoke_device, sync_batch
from plenaria.congresses.models import Congress, Event
from plenaria.registration.enums import RegistrationStatus
from plenaria.registration.models import Participant, ParticipantCategory
from plenaria.safeguarding.selectors import clearance_for

from .content import checkin_2001 as data
from .content import yokohama_2001 as congress_data

TOKYO = zoneinfo.ZoneInfo("Asia/Tokyo")
SECRETARIAT_TEAM = "secretariat"


def seed_checkin(*, congress: Congress) -> str:
    """Seed the zones, badges, devices and scans once; return a line for the summary."""
    actor = _secretariat(congress)
    zones = {spec["slug"]: _zone(congress, spec) for spec in data.ZONES}
    checkpoints = {
        spec["slug"]: _checkpoint(congress, zones[spec["zone"]], spec, actor) for spec in data.CHECKPOINTS
    }
    if not Badge.objects.filter(participant__congress=congress).exists():
        rng = random.Random(2001)  # noqa: S311 -- fictional data
        badges = _issue_badges(congress, actor)
        _print_and_replace(badges, actor, rng)
        devices = {slug: _device(checkpoint, actor) for slug, checkpoint in checkpoints.items()}
        _lost_device(checkpoints[data.LOST_DEVICE_CHECKPOINT], actor)
        _scans(congress, devices, rng)
    badges = Badge.objects.filter(participant__congress=congress)
    return (
        f"Badges and check-in: {len(zones)} zones, {len(checkpoints)} checkpoints, "
        f"{Device.objects.filter(congress=congress).count()} devices, {badges.filter(status=BadgeStatus.ISSUED).count()} "
        f"valid badges ({badges.filter(status=BadgeStatus.ISSUED, printed_at__isnull=True).count()} not printed), "
        f"{badges.filter(status=BadgeStatus.REVOKED).count()} revoked, "
        f"{sum(device.scans.count() for device in Device.objects.filter(congress=congress))} scans"
    )


def _secretariat(congress: Congress) -> User:
    email = next(user["email"] for user in congress_data.USERS if user["team"] == SECRETARIAT_TEAM)
    return User.objects.get(email=email)


def _zone(congress: Congress, spec: dict) -> AccessZone:
    zone = AccessZone.objects.filter(congress=congress, slug=spec["slug"]).first()
    if zone is not None:
        return zone
    youth_event = (
        Event.objects.filter(congress=congress, slug=spec["youth_event"]).first()
        if spec.get("youth_event")
        else None
    )
    zone = AccessZone.objects.create(
        congress=congress,
        slug=spec["slug"],
        name=spec["name"],
        position=spec["position"],
        youth_event=youth_event,
    )
    zone.categories.set(ParticipantCategory.objects.filter(congress=congress, slug__in=spec["categories"]))
    return zone


def _checkpoint(congress: Congress, zone: AccessZone, spec: dict, actor) -> Checkpoint:
    existing = Checkpoint.objects.filter(congress=congress, slug=spec["slug"]).first()
    return existing or create_checkpoint(
        congress=congress, zone=zone, name=spec["name"], slug=spec["slug"], actor=actor
    )


def _device(checkpoint: Checkpoint, actor) -> Device:
    # The token is not kept: a demo device scans through the services, and staff register their own.
    return register_device(checkpoint=checkpoint, name=f"{checkpoint.name} – scanner 1", actor=actor)[0]


def _lost_device(checkpoint: Checkpoint, actor) -> None:
    device, _ = register_device(
        checkpoint=checkpoint, name=f"{checkpoint.name} – scanner 2 (lost)", actor=actor
    )
    revoke_device(device=device, actor=actor)


def _issue_badges(congress: Congress, actor) -> list[Badge]:
    """A badge for every accredited participant whom safeguarding clears (young people without their consents or
    a chaperone get none yet, as at a real desk)."""
    accredited = Participant.objects.filter(congress=congress, status=RegistrationStatus.APPROVED).order_by(
        "pk"
    )
    return [
        issue_badge(participant=participant, actor=actor)
        for participant in accredited
        if clearance_for(participant=participant).cleared
    ]


def _print_and_replace(badges: list[Badge], actor, rng: random.Random) -> None:
    """Most badges printed in batches; a few lost and reprinted, one damaged, one issued in error and revoked.
    Their history is then dated to December 2001, as the scans are."""
    printed = [badge for badge in badges if rng.random() < data.PRINTED_SHARE]
    record_printing(badges=printed, actor=actor)
    _dated(badges, issued=data.BADGES_ISSUED, printed={badge.pk for badge in printed})
    lost = printed[: data.LOST_BADGES]
    damaged, in_error = printed[data.LOST_BADGES], printed[data.LOST_BADGES + 1]
    for badge in [*lost, damaged]:
        reason = "lost" if badge in lost else "damaged"
        replacement = reprint_badge(badge=badge, actor=actor, reason=reason)
        record_printing(badges=[replacement], actor=actor)
        _dated([replacement], issued=data.BADGES_REPLACED, printed={replacement.pk})
    replaced = [badge.pk for badge in [*lost, damaged]]
    Badge.objects.filter(pk__in=replaced).update(revoked_at=data.BADGES_REPLACED)
    revoke_badge(badge=in_error, actor=actor, reason="issued_in_error")
    Badge.objects.filter(pk=in_error.pk).update(revoked_at=data.BADGE_REVOKED_IN_ERROR)


def _dated(badges: list[Badge], *, issued: datetime.datetime, printed: set[int]) -> None:
    for badge in badges:
        printed_at = issued if badge.pk in printed else None
        Badge.objects.filter(pk=badge.pk).update(issued_at=issued, printed_at=printed_at)


def _scans(congress: Congress, devices: dict[str, Device], rng: random.Random) -> None:
    """Each day's scans at each checkpoint, sent as the device's offline batch at the end of the day."""
    valid = list(
        Badge.objects.filter(participant__congress=congress, status=BadgeStatus.ISSUED)
        .select_related("participant__category")
        .order_by("pk")
    )
    revoked = list(Badge.objects.filter(participant__congress=congress, status=BadgeStatus.REVOKED))
    for spec in data.CHECKPOINTS:
        device = devices[spec["slug"]]
        holders = [badge for badge in valid if badge.participant.category.slug in spec["scanned_categories"]]
        for day in spec["days"]:
            scans = _day_of_scans(holders, day, spec, rng)
            if spec["slug"] == data.LOST_DEVICE_CHECKPOINT and day == data.BADGES_REPLACED.date():
                # Shown at the door by whoever found them, hours after they were reported lost.
                scans += [_scan(badge, day, data.LUNCH_BACK, Direction.IN, rng) for badge in revoked]
            sync_batch(device=device, scans=scans)


def _day_of_scans(holders: list[Badge], day: datetime.date, spec: dict, rng: random.Random) -> list[dict]:
    scans = []
    for badge in holders:
        if rng.random() > spec["attendance"]:
            continue
        scans.append(_scan(badge, day, data.MORNING_PEAK, Direction.IN if spec["directions"] else "", rng))
        if spec["directions"] and rng.random() < data.LEFT_FOR_LUNCH:
            scans.append(_scan(badge, day, data.LUNCH_OUT, Direction.OUT, rng))
            scans.append(_scan(badge, day, data.LUNCH_BACK, Direction.IN, rng))
        if spec["directions"] and rng.random() < data.SIGNED_OUT_IN_EVENING:
            scans.append(_scan(badge, day, data.EVENING_OUT, Direction.OUT, rng))
    return scans


def _scan(badge: Badge, day: datetime.date, hours: tuple[float, float], direction: str, rng) -> dict:
    hour = rng.triangular(*hours)
    moment = datetime.datetime.combine(day, datetime.time(), tzinfo=TOKYO) + datetime.timedelta(hours=hour)
    return {
        "scan_id": uuid.UUID(int=rng.getrandbits(128), version=4),
        "secret": badge.secret,
        "scanned_at": moment,
        "direction": direction,
        "admitted": True,
    }
