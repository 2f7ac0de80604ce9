"""Reads of the check-in app: the device behind a token, the facts a scan is decided on (a fixed number of queries
for any batch of secrets) and the list a device keeps for its checkpoint when the network drops."""

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

from django.db.models import QuerySet
from django.urls import reverse

from plenaria.badges.enums import BadgeStatus
from plenaria.badges.models import AccessZone, Badge
from plenaria.common.i18n_content import localize
from plenaria.congresses.models import Congress
from plenaria.congresses.selectors import main_event
from plenaria.registration.disclosure import Audience, Disclosure, disclose
from plenaria.registration.enums import RegistrationStatus
from plenaria.registration.models import Participant
from plenaria.safeguarding.enums import ClearanceReason, MediaLevel
from plenaria.safeguarding.selectors import (
    DEFAULT_AGE_LIMIT,
    Clearance,
    age_on,
    profile_clearance,
    rules_for_event,
    youth_profiles_of,
)

from .models import Device, Scan, hash_token

# Secrets and scan ids are looked up in chunks of this size: one query each, within every database's limits.
LOOKUP_CHUNK = 1000


def get_device_by_token(*, token: str) -> Device | None:
    """The device (revoked or not) whose raw token is `token`."""
    if not token:
        return None
    return (
        Device.objects.filter(token_hash=hash_token(token))
        .select_related("congress", "checkpoint__zone")
        .first()
    )


def devices_of(*, congress: Congress) -> QuerySet[Device]:
    return Device.objects.filter(congress=congress).select_related("checkpoint__zone", "registered_by")


def zone_category_ids(*, zone: AccessZone) -> frozenset[int]:
    """The participant categories whose badges open `zone`."""
    return frozenset(zone.categories.values_list("pk", flat=True))


def _chunks(values: list, size: int = LOOKUP_CHUNK) -> Iterable[list]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def badges_by_secret(*, congress: Congress, secrets: Iterable[str], lock: bool = False) -> dict[str, Badge]:
    """The badges (issued or revoked) carrying `secrets`, by secret. `lock`: hold their rows until the end of the
    transaction, so that a scan and a revocation of the same badge do not interleave."""
    found = {}
    for chunk in _chunks(sorted({secret for secret in secrets if secret})):
        badges = Badge.objects.filter(participant__congress=congress, secret__in=chunk).select_related(
            "participant__category", "participant__congress"
        )
        if lock:
            badges = badges.select_for_update(of=("self",))
        found.update((badge.secret, badge) for badge in badges)
    return found


def existing_scans(*, uuids: Iterable) -> dict:
    """The scans already stored with these ids, by id."""
    found = {}
    for chunk in _chunks(sorted({str(uuid) for uuid in uuids})):
        found.update((str(scan.uuid), scan) for scan in Scan.objects.filter(uuid__in=chunk))
    return found


def clearances_of(*, congress: Congress, participants: list[Participant]) -> dict[int, Clearance]:
    """`safeguarding.clearance_for` of many participants at once, by participant id, in a fixed number of queries.

    Young people have a profile and are judged by `profile_clearance`. Without a profile, as `clearance_for` does,
    a person is a minor when under the age limit on the first day of the congress's main event; a minor without a
    profile, or a person whose date of birth is not known, is not cleared."""
    ids = [participant.pk for participant in participants]
    clearances = {}
    for chunk in _chunks(ids):
        for profile in youth_profiles_of(congress=congress).filter(participant_id__in=chunk):
            clearances[profile.participant_id] = profile_clearance(profile=profile)
    first_day, limit = _age_limit(congress)
    for participant in participants:
        if participant.pk in clearances:
            continue
        if participant.date_of_birth is None:
            clearances[participant.pk] = Clearance(False, [ClearanceReason.DATE_OF_BIRTH_UNKNOWN.value])
        elif age_on(participant.date_of_birth, first_day) < limit:
            clearances[participant.pk] = Clearance(False, [ClearanceReason.CHAPERONE_MISSING.value])
        else:
            clearances[participant.pk] = Clearance(True)
    return clearances


def _age_limit(congress: Congress) -> tuple:
    event = main_event(congress=congress)
    if event is None:
        return congress.starts_on, DEFAULT_AGE_LIMIT
    return event.starts_on, rules_for_event(event=event).age_limit


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
    category_ids: frozenset[int]
    clearances: dict[int, Clearance] = field(default_factory=dict)
    shown: dict[int, Disclosure] = field(default_factory=dict)

    @cached_property
    def badges_by_id(self) -> dict[int, Badge]:
        return {badge.pk: badge for badge in self.badges.values()}


def admission_facts(*, device: Device, secrets: Iterable[str], lock: bool = False) -> AdmissionFacts:
    """The badges behind `secrets`, the categories the device's zone admits, and what safeguarding says and lets
    show of each holder."""
    badges = badges_by_secret(congress=device.congress, secrets=secrets, lock=lock)
    participants = list({badge.participant_id: badge.participant for badge in badges.values()}.values())
    return AdmissionFacts(
        badges=badges,
        category_ids=zone_category_ids(zone=device.checkpoint.zone),
        clearances=clearances_of(congress=device.congress, participants=participants),
        shown=disclose(participants, audience=Audience.STAFF),
    )


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
    secret_hash: str
    name: str
    category_code: str
    photo_url: str | None


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
    admitted = [
        _listed(badge, shown[badge.participant_id])
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


def _listed(badge: Badge, shown: Disclosure) -> ListedBadge:
    return ListedBadge(
        secret_hash=hash_token(badge.secret),
        name=shown.name,
        category_code=badge.participant.category.badge_code,
        photo_url=_photo_url(badge, shown),
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
