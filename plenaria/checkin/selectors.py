"""Reads of the check-in app: the device behind a token, the facts a scan is decided on (a fixed number of queries
for any batch of secrets) and the list a device keeps for its checkpoint when the network drops."""

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

from django.core.cache import cache
from django.db import transaction
from django.db.models import QuerySet
from django.urls import reverse

from plenaria.badges.enums import BadgeStatus
from plenaria.badges.models import AccessZone, Badge
from plenaria.common.i18n_content import localize
from plenaria.congresses.models import Congress
from plenaria.registration.disclosure import Audience, Disclosure, disclose
from plenaria.registration.enums import RegistrationStatus
from plenaria.safeguarding.enums import MediaLevel
from plenaria.safeguarding.selectors import Clearance
from plenaria.safeguarding.selectors_clearance import clearances_of

from . import youth_area
from .door_reads import badge_rows, device_by_token_hash
from .models import Device, Scan, hash_token

# Secrets and scan ids are looked up in chunks of this size: one query each, within every database's limits.
LOOKUP_CHUNK = 1000
ZONE_CATEGORIES_SECONDS = 3600


def get_device_by_token(*, token: str) -> Device | None:
    """The device (revoked or not) whose raw token is `token`."""
    if not token:
        return None
    return device_by_token_hash(hash_token(token))


def devices_of(*, congress: Congress) -> QuerySet[Device]:
    return Device.objects.filter(congress=congress).select_related("checkpoint__zone", "registered_by")


def _zone_categories_key(zone_id: int) -> str:
    return f"checkin:zone-categories:{zone_id}"


def zone_category_ids(*, zone: AccessZone) -> frozenset[int]:
    """The participant categories whose badges open `zone`. Every scan asks, so the answer is kept in the shared
    cache until the zone's categories change (`receivers`)."""
    key = _zone_categories_key(zone.pk)
    cached = cache.get(key)
    if cached is None:
        cached = frozenset(zone.categories.values_list("pk", flat=True))
        cache.set(key, cached, ZONE_CATEGORIES_SECONDS)
    return cached


def forget_zone_categories(zone_ids: Iterable[int]) -> None:
    """Drop the cached categories of these zones now, and again on commit (a request may have cached the old ones
    meanwhile)."""
    keys = [_zone_categories_key(zone_id) for zone_id in zone_ids]
    cache.delete_many(keys)
    transaction.on_commit(lambda: cache.delete_many(keys))


def _chunks(values: list, size: int = LOOKUP_CHUNK) -> Iterable[list]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def existing_scans(*, uuids: Iterable) -> dict:
    """The scans already stored with these ids, by id."""
    found = {}
    for chunk in _chunks(sorted({str(uuid) for uuid in uuids})):
        found.update((str(scan.uuid), scan) for scan in Scan.objects.filter(uuid__in=chunk).order_by())
    return found


@dataclass(frozen=True)
class ParticipantSummary:
    """What the operator's screen shows to compare with the person at the door."""

    name: str
    category: str
    category_code: str
    role: str
    photo_url: str | None


@dataclass
class AdmissionFacts:
    """Everything a batch of scans at one checkpoint is decided on."""

    badges: dict[str, Badge]
    opening_zone: set[int]  # the ids of the badges whose holder's category the device's zone admits
    device_revoked: bool | None = None  # read with the badges; None when no badge was found
    clearances: dict[int, Clearance] = field(default_factory=dict)
    shown: dict[int, Disclosure] = field(default_factory=dict)

    @cached_property
    def badges_by_id(self) -> dict[int, Badge]:
        return {badge.pk: badge for badge in self.badges.values()}


def admission_facts(*, device: Device, secrets: Iterable[str], lock: bool = False) -> AdmissionFacts:
    """The badges (issued or revoked) behind `secrets`, by secret, with their holders; which of them the device's
    zone admits; and what safeguarding says and lets show of each holder. `lock`: hold the badges' rows until the
    end of the transaction, so that a scan and a revocation of the same badge do not interleave."""
    facts = AdmissionFacts(badges={}, opening_zone=set())
    for chunk in _chunks(sorted({secret for secret in secrets if secret})):
        read = badge_rows(device=device, secrets=chunk, lock=lock)
        facts.badges.update((badge.secret, badge) for badge in read.badges)
        facts.opening_zone |= read.opening_zone
        if read.device_revoked is not None:
            facts.device_revoked = read.device_revoked
    participants = list({badge.participant_id: badge.participant for badge in facts.badges.values()}.values())
    # The holders' youth profiles came with them: safeguarding need not look them up.
    facts.clearances = clearances_of(congress=device.congress, participants=participants)
    facts.shown = disclose(participants, audience=Audience.STAFF)
    return facts


def participant_summary(*, badge: Badge, shown: Disclosure) -> ParticipantSummary:
    """The badge's holder as the badge shows them: the pseudonym where one was asked for, and a photo only with
    "public use" media consent (never a young person's protected data)."""
    participant = badge.participant
    category = participant.category
    return ParticipantSummary(
        name=shown.name,
        category=localize(category.name).text,
        category_code=category.badge_code,
        role=str(participant.get_role_display()) if participant.delegation_id and participant.role else "",
        photo_url=_photo_url(badge, shown),
    )


def _photo_url(badge: Badge, shown: Disclosure) -> str | None:
    if shown.media_level != MediaLevel.PUBLIC or not badge.participant.photo:
        return None
    return reverse("api:checkin-badge-photo", kwargs={"badge_id": badge.pk})


@dataclass(frozen=True)
class ListedBadge:
    """One badge a device keeps offline. `reference` and `name_in_own_script` (for finding a person by name or
    registration number) are blank for anyone whose identity is withheld (a young person under a pseudonym)."""

    secret_hash: str
    name: str
    category_code: str
    photo_url: str | None
    badge_id: int = 0
    reference: str = ""
    name_in_own_script: str = ""
    # A young person at a youth area: going out, they sign out at the register desk (the device says so offline).
    sign_out_at_desk: bool = False


@dataclass(frozen=True)
class CheckpointList:
    """What a device keeps to go on scanning offline: who its zone admits, and which badges to flag."""

    checkpoint: str
    zone: str
    admitted: list[ListedBadge]
    revoked_hashes: list[str]


def checkpoint_list(*, device: Device) -> CheckpointList:
    """The badges the device's checkpoint admits, by the SHA-256 of their secret (a stolen device cannot print a
    badge from it), with the name as the badge shows it and no date of birth or guardian data; and the digests of
    revoked badges."""
    congress, zone = device.congress, device.checkpoint.zone
    badges = list(
        Badge.objects.filter(
            participant__congress=congress,
            status=BadgeStatus.ISSUED,
            participant__status=RegistrationStatus.APPROVED,
            participant__category__in=zone_category_ids(zone=zone),
        ).select_related("participant__category")
    )
    participants = [badge.participant for badge in badges]
    clearances = clearances_of(congress=congress, participants=participants)
    shown = disclose(participants, audience=Audience.STAFF)
    young = youth_area.young_participant_ids(
        zone=zone, participant_ids=[person.pk for person in participants]
    )
    admitted = [
        _listed(badge, shown[badge.participant_id], young=badge.participant_id in young)
        for badge in badges
        if clearances[badge.participant_id].cleared
    ]
    revoked = Badge.objects.filter(participant__congress=congress, status=BadgeStatus.REVOKED)
    return CheckpointList(
        checkpoint=device.checkpoint.name,
        zone=localize(zone.name).text,
        admitted=admitted,
        revoked_hashes=sorted(hash_token(secret) for secret in revoked.values_list("secret", flat=True)),
    )


def _listed(badge: Badge, shown: Disclosure, *, young: bool) -> ListedBadge:
    return ListedBadge(
        secret_hash=hash_token(badge.secret),
        name=shown.name,
        category_code=badge.participant.category.badge_code,
        photo_url=_photo_url(badge, shown),
        badge_id=badge.pk,
        reference="" if shown.is_withheld else badge.participant.reference,
        name_in_own_script="" if shown.is_withheld else shown.name_in_own_script,
        sign_out_at_desk=young,
    )


def photo_badge_for(*, device: Device, badge_id: int) -> Badge | None:
    """A badge whose photo the device may show: issued, in its congress, of a category its zone admits."""
    return (
        Badge.objects.filter(
            pk=badge_id,
            participant__congress=device.congress,
            status=BadgeStatus.ISSUED,
            participant__category__in=zone_category_ids(zone=device.checkpoint.zone),
        )
        .select_related("participant")
        .first()
    )


def badge_secrets_by_id(*, device: Device, badge_ids: Iterable[int]) -> dict[int, str]:
    """The secrets of the badges, issued or revoked, that a device found by name in its list (`badge_ids`), by id.

    Only badges of the categories its zone admits: a device cannot learn who holds any other badge by trying ids,
    and a badge revoked since the device's list was made is still found, so its scan is refused as revoked."""
    ids = sorted({badge_id for badge_id in badge_ids if isinstance(badge_id, int)})
    found: dict[int, str] = {}
    if not ids:
        return found
    category_ids = zone_category_ids(zone=device.checkpoint.zone)
    for chunk in _chunks(ids):
        badges = Badge.objects.filter(
            pk__in=chunk, participant__congress=device.congress, participant__category__in=category_ids
        )
        found.update(badges.values_list("pk", "secret"))
    return found
