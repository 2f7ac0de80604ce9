"""Checkpoints, scanning devices and scans. Device registration and revocation are audit-logged (ids only, never
a token); every scan is stored, once per scan id, whether it was admitted or refused. At a youth area, an admitted
young person's scan going in signs them in on the youth event's register (`youth_area`)."""

import datetime
import secrets as random_secrets
import uuid
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from plenaria.badges.models import AccessZone, Badge
from plenaria.common.audit import changes_between, log_action, snapshot
from plenaria.common.sql_rows import RowInserter
from plenaria.congresses.models import Congress
from plenaria.registration.enums import RegistrationStatus
from plenaria.safeguarding.enums import ClearanceReason

from . import youth_area
from .door_reads import device_is_revoked
from .enums import ADMITTING_REASONS, Direction, ScanOutcome, ScanReason
from .errors import CheckinError
from .models import Checkpoint, Device, Scan, hash_token
from .selectors import (
    AdmissionFacts,
    ParticipantSummary,
    admission_facts,
    existing_scans,
    participant_summary,
)

MAX_BATCH = 10_000
DIRECTIONS = frozenset(("", None, *Direction.values))  # a scan may leave it out
SCAN_ROWS = RowInserter(Scan)  # a scan's INSERT, its SQL built once: every scan at the door makes one
CHECKPOINT_FIELDS = ("name", "slug", "zone")


@dataclass(frozen=True)
class ScanResult:
    """The answer to one scan, for the operator's screen."""

    scan_id: str
    admitted: bool
    reason: str
    message: str
    participant: ParticipantSummary | None = None
    flagged: bool = False  # a revoked badge: keep it and call a supervisor
    conflict: bool = False
    duplicate: bool = False


@dataclass(frozen=True)
class SyncReport:
    results: list[ScanResult]
    received: int
    recorded: int
    duplicates: int
    admitted: int
    refused: int
    conflicts: int


# --- Checkpoints and devices ------------------------------------------------------------------------------------


@transaction.atomic
def create_checkpoint(*, congress: Congress, zone: AccessZone, name: str, slug: str, actor) -> Checkpoint:
    """A door that admits to `zone`."""
    if zone.congress_id != congress.pk:
        raise CheckinError("zone_of_another_congress")
    if not name.strip():
        raise CheckinError("name_required")
    if Checkpoint.objects.filter(congress=congress, slug=slug).exists():
        raise CheckinError("slug_taken")
    checkpoint = Checkpoint.objects.create(congress=congress, zone=zone, name=name.strip(), slug=slug)
    log_action(checkpoint, "checkin.checkpoint.created", actor=actor, congress_id=congress.pk)
    return checkpoint


@transaction.atomic
def change_checkpoint(*, checkpoint: Checkpoint, zone: AccessZone, name: str, slug: str, actor) -> Checkpoint:
    """Rename a checkpoint or make it admit to another zone; its devices scan for the new zone from now on."""
    checkpoint = Checkpoint.objects.select_for_update().get(pk=checkpoint.pk)
    if zone.congress_id != checkpoint.congress_id:
        raise CheckinError("zone_of_another_congress")
    if not name.strip():
        raise CheckinError("name_required")
    if (
        Checkpoint.objects.filter(congress_id=checkpoint.congress_id, slug=slug)
        .exclude(pk=checkpoint.pk)
        .exists()
    ):
        raise CheckinError("slug_taken")
    before = snapshot(checkpoint, CHECKPOINT_FIELDS)
    checkpoint.zone, checkpoint.name, checkpoint.slug = zone, name.strip(), slug
    checkpoint.save(update_fields=[*CHECKPOINT_FIELDS, "updated_at"])
    changes = changes_between(before, snapshot(checkpoint, CHECKPOINT_FIELDS))
    if changes:
        log_action(checkpoint, "checkin.checkpoint.changed", actor=actor, data={"changes": changes})
    return checkpoint


@transaction.atomic
def register_device(*, checkpoint: Checkpoint, name: str, actor) -> tuple[Device, str]:
    """Register a scanning device at `checkpoint`. Returns the device and its raw token, which is shown once and
    never stored (only its digest is)."""
    if not name.strip():
        raise CheckinError("name_required")
    token = random_secrets.token_urlsafe(32)
    device = Device.objects.create(
        congress_id=checkpoint.congress_id,
        checkpoint=checkpoint,
        name=name.strip(),
        token_hash=hash_token(token),
        registered_by=actor,
    )
    log_action(
        device,
        "checkin.device.registered",
        actor=actor,
        congress_id=checkpoint.congress_id,
        data={"checkpoint": checkpoint.pk},
    )
    return device, token


@transaction.atomic
def revoke_device(*, device: Device, actor) -> Device:
    """Revoke a lost or retired device: its token is refused from now on."""
    device = Device.objects.select_for_update().get(pk=device.pk)
    if device.is_revoked:
        raise CheckinError("device_revoked")
    device.revoked_at = timezone.now()
    device.revoked_by = actor
    device.save(update_fields=["revoked_at", "revoked_by", "updated_at"])
    log_action(device, "checkin.device.revoked", actor=actor, congress_id=device.congress_id)
    return device


# --- Deciding a scan --------------------------------------------------------------------------------------------


def _refusal(badge: Badge | None, facts: AdmissionFacts, at: datetime.datetime) -> str:
    """The reason to refuse `badge` at `at` (the scan time, for an offline scan), or ADMITTED."""
    if badge is None:
        return ScanReason.UNKNOWN_BADGE
    # A badge revoked after an offline scan was still valid when it was shown at the door.
    if badge.is_revoked and badge.revoked_at <= at:
        return ScanReason.REVOKED_BADGE
    participant = badge.participant
    if participant.status != RegistrationStatus.APPROVED:
        return ScanReason.NOT_ACCREDITED
    if badge.pk not in facts.opening_zone:
        return ScanReason.WRONG_ZONE
    clearance = facts.clearances[participant.pk]
    if not clearance.cleared:
        if clearance.reasons == [ClearanceReason.CHAPERONE_MISSING.value]:
            return ScanReason.NO_CHAPERONE
        return ScanReason.NOT_CLEARED
    return ScanReason.ADMITTED


def _result_of(scan: Scan, facts: AdmissionFacts, *, duplicate: bool = False) -> ScanResult:
    # The badge comes from the facts already read (never `scan.badge`: one query per scan of a batch).
    badge = facts.badges_by_id.get(scan.badge_id)
    participant = None
    if badge is not None and badge.participant_id in facts.shown:
        participant = participant_summary(badge=badge, shown=facts.shown[badge.participant_id])
    return ScanResult(
        scan_id=str(scan.uuid),
        admitted=scan.is_admitted,
        reason=scan.reason,
        message=str(ScanReason(scan.reason).label),
        participant=participant,
        flagged=scan.reason == ScanReason.REVOKED_BADGE,
        conflict=scan.conflict,
        duplicate=duplicate,
    )


@dataclass(frozen=True)
class _Incoming:
    """One scan as received, checked for shape."""

    scan_id: uuid.UUID
    secret: str
    scanned_at: datetime.datetime
    direction: str
    offline: bool
    device_admitted: bool


def _decided(
    device: Device, incoming: _Incoming, facts: AdmissionFacts, *, revoked: bool, now, young: frozenset[int]
) -> Scan:
    """The scan to store, with the server's decision (unsaved). `young`: the participants with a youth profile,
    when the device's zone is a youth area."""
    badge = facts.badges.get(incoming.secret)
    if revoked:
        reason = ScanReason.DEVICE_REVOKED
    else:
        reason = _refusal(badge, facts, _decision_time(incoming.scanned_at, incoming.offline, now))
    if (
        reason == ScanReason.ADMITTED
        and incoming.direction == Direction.OUT
        and badge.participant_id in young
    ):
        reason = ScanReason.SIGN_OUT_AT_DESK
    admitted = reason in ADMITTING_REASONS
    return Scan(
        uuid=incoming.scan_id,
        badge=badge,
        checkpoint_id=device.checkpoint_id,
        device=device,
        scanned_at=incoming.scanned_at,
        result=ScanOutcome.ADMITTED if admitted else ScanOutcome.REFUSED,
        reason=reason,
        direction=incoming.direction,
        was_offline=incoming.offline,
        conflict=incoming.offline and incoming.device_admitted and not admitted,
    )


def _parse(*, scan_id, secret, scanned_at, direction, offline: bool, device_admitted: bool) -> _Incoming:
    try:
        scan_uuid = scan_id if isinstance(scan_id, uuid.UUID) else uuid.UUID(str(scan_id))
    except (TypeError, ValueError, AttributeError) as error:
        raise CheckinError("invalid_scan") from error
    if isinstance(scanned_at, str):
        scanned_at = parse_datetime(scanned_at)
    if not isinstance(scanned_at, datetime.datetime) or timezone.is_naive(scanned_at):
        raise CheckinError("invalid_scan")
    if direction not in DIRECTIONS or not isinstance(secret, str):
        raise CheckinError("invalid_scan")
    return _Incoming(scan_uuid, secret, scanned_at, direction or "", offline, bool(device_admitted))


def _check_replay(existing: Scan, device: Device) -> None:
    if existing.device_id != device.pk:
        raise CheckinError("scan_id_taken")


def _is_revoked(device: Device, facts: AdmissionFacts) -> bool:
    """Read afresh (with the badges when any was found): a device revoked after its request was authenticated scans
    no more."""
    if facts.device_revoked is not None:
        return facts.device_revoked
    return device_is_revoked(device.pk)


def _decision_time(scanned_at: datetime.datetime, offline: bool, now: datetime.datetime) -> datetime.datetime:
    """Online, the server's clock decides; offline, the scan time (never later than now)."""
    return min(scanned_at, now) if offline else now


def _young(device: Device, facts: AdmissionFacts) -> frozenset[int]:
    """The holders of these badges who have a youth profile, at a youth area (no query elsewhere)."""
    participant_ids = [badge.participant_id for badge in facts.badges.values()]
    return youth_area.young_participant_ids(zone=device.checkpoint.zone, participant_ids=participant_ids)


def _sign_in_arrivals(device: Device, scans: list[Scan], facts: AdmissionFacts, young, now) -> None:
    """Young people admitted going in at a youth area: signed in on its register at the time the scan counts."""
    arrivals = [
        (
            facts.badges_by_id[scan.badge_id].participant_id,
            _decision_time(scan.scanned_at, scan.was_offline, now),
        )
        for scan in scans
        if scan.is_admitted
        and scan.direction == Direction.IN
        and facts.badges_by_id[scan.badge_id].participant_id in young
    ]
    if arrivals:
        youth_area.sign_in_arrivals(device=device, arrivals=arrivals)


class _AlreadyStored(Exception):
    """The scan id is stored already: raised to roll back the transaction that tried to store it again."""


def redeem_scan(
    *,
    device: Device,
    secret: str,
    scan_id,
    scanned_at,
    offline: bool = False,
    device_admitted: bool = False,
    direction: str = "",
) -> ScanResult:
    """Decide and store one scan. The same `scan_id` again returns the first result. The badge's row is locked
    so that a revocation and a scan of the same badge are decided one after the other."""
    incoming = _parse(
        scan_id=scan_id,
        secret=secret,
        scanned_at=scanned_at,
        direction=direction,
        offline=offline,
        device_admitted=device_admitted,
    )
    try:
        return _redeemed(device, incoming)
    except _AlreadyStored:  # the same scan sent again, or twice at once: the first one stored wins
        return _replayed(device, incoming)


@transaction.atomic
def _redeemed(device: Device, incoming: _Incoming) -> ScanResult:
    # No look-up of the scan id first, and no savepoint around the INSERT (two round trips on every scan): the
    # unique id decides, and a retry, which is rare, is answered once this transaction is rolled back.
    facts = admission_facts(device=device, secrets=[incoming.secret], lock=True)
    now, young = timezone.now(), _young(device, facts)
    scan = _decided(device, incoming, facts, revoked=_is_revoked(device, facts), now=now, young=young)
    try:
        SCAN_ROWS.insert(scan)
    except IntegrityError as error:
        raise _AlreadyStored from error
    _sign_in_arrivals(device, [scan], facts, young, now)
    return _result_of(scan, facts)


@transaction.atomic
def _replayed(device: Device, incoming: _Incoming) -> ScanResult:
    """The first result of a scan id stored already (by this device: another device's id is refused)."""
    existing = Scan.objects.get(uuid=incoming.scan_id)
    _check_replay(existing, device)
    return _result_of(existing, admission_facts(device=device, secrets=[incoming.secret]), duplicate=True)


# --- Offline batches --------------------------------------------------------------------------------------------


def _parsed_batch(scans: list[dict]) -> list[_Incoming]:
    if len(scans) > MAX_BATCH:
        raise CheckinError("batch_too_large")
    if not all(isinstance(raw, dict) for raw in scans):
        raise CheckinError("invalid_scan")
    return [
        _parse(
            scan_id=raw.get("scan_id"),
            secret=raw.get("secret"),
            scanned_at=raw.get("scanned_at"),
            direction=raw.get("direction"),
            offline=True,
            device_admitted=raw.get("admitted", False),
        )
        for raw in scans
    ]


@transaction.atomic
def sync_batch(*, device: Device, scans: list[dict]) -> SyncReport:
    """Store the scans a device made offline (each dict: scan_id, secret, scanned_at, and optionally admitted — the
    device's own decision — and direction), decided as `redeem_scan(offline=True)` would, in a fixed number of
    queries (at a youth area, plus a few per young person signed in on the register, at their scan's time). Scans
    already stored (an earlier sync, or twice in this batch) count once; a scan the device admitted but the server
    refuses is a conflict."""
    parsed = _parsed_batch(scans)
    stored = existing_scans(uuids=[incoming.scan_id for incoming in parsed])
    for scan in stored.values():
        _check_replay(scan, device)
    facts = admission_facts(device=device, secrets=[incoming.secret for incoming in parsed])
    now, revoked, young = timezone.now(), _is_revoked(device, facts), _young(device, facts)
    results, new = [], {}
    for incoming in parsed:
        key = str(incoming.scan_id)
        if key in stored or key in new:
            results.append(_result_of(stored.get(key) or new[key], facts, duplicate=True))
        else:
            new[key] = _decided(device, incoming, facts, revoked=revoked, now=now, young=young)
            results.append(_result_of(new[key], facts))
    # A concurrent sync of the same scans may have stored some meanwhile: the unique id keeps them once.
    Scan.objects.bulk_create(new.values(), batch_size=1000, ignore_conflicts=True)
    _sign_in_arrivals(device, list(new.values()), facts, young, now)
    return _report(results, recorded=len(new))


def _report(results: list[ScanResult], *, recorded: int) -> SyncReport:
    fresh = [result for result in results if not result.duplicate]
    return SyncReport(
        results=results,
        received=len(results),
        recorded=recorded,
        duplicates=len(results) - len(fresh),
        admitted=sum(result.admitted for result in fresh),
        refused=sum(not result.admitted for result in fresh),
        conflicts=sum(result.conflict for result in fresh),
    )
