"""The reads every scan makes, in SQL written out (`common.sql_rows`): the device behind a token, then the badges
behind secrets with their holders, whether each opens the device's zone and whether the device was revoked
meanwhile. Through the ORM they cost 1.2 and 1.8 ms of CPU to build (and three queries, not two) and 0.1 ms each
to run; at the doors of a morning rush that was most of a scan. The instances are those the ORM would build with
`select_related` and `only()`: the fields listed here are loaded, any other costs a query when read."""

from dataclasses import dataclass, field
from functools import cache, lru_cache

from django.db import connection

from plenaria.badges.models import AccessZone, Badge
from plenaria.common.sql_rows import ColumnSet, attach
from plenaria.congresses.models import Congress
from plenaria.registration.models import Participant, ParticipantCategory
from plenaria.safeguarding.selectors_clearance import attach_profile, profile_columns

from .models import Checkpoint, Device

# What the device API reads of the device behind a token, on every request.
DEVICE_COLUMNS = ColumnSet(
    Device, "device", ("name", "congress", "checkpoint", "registered_by", "revoked_at")
)
CONGRESS_COLUMNS = ColumnSet(Congress, "congress", ("starts_on", "time_zone"))
CHECKPOINT_COLUMNS = ColumnSet(Checkpoint, "checkpoint", ("congress", "name", "zone"))
ZONE_COLUMNS = ColumnSet(AccessZone, "zone", ("congress", "name", "youth_event"))

# What a scan is decided on and shows (`services._refusal`, `participant_summary`, the disclosure policy), for every
# badge of a batch: a field left out here would cost a query per badge.
BADGE_COLUMNS = ColumnSet(Badge, "badge", ("participant", "secret", "status", "revoked_at"))
PARTICIPANT_COLUMNS = ColumnSet(
    Participant,
    "participant",
    (
        "congress",
        "category",
        "status",
        "role",
        "delegation",
        "given_name",
        "family_name",
        "name_in_own_script",
        "title",
        "date_of_birth",
        "photo",
    ),
)
CATEGORY_COLUMNS = ColumnSet(ParticipantCategory, "category", ("name", "badge_code"))
PROFILE_COLUMNS = profile_columns()


@cache
def _device_sql() -> str:
    device, congress, checkpoint, zone = DEVICE_COLUMNS, CONGRESS_COLUMNS, CHECKPOINT_COLUMNS, ZONE_COLUMNS
    return (
        # Table and column names come from the models; every value is a bound parameter.
        f"SELECT {device.select()}, {congress.select()}, {checkpoint.select()}, {zone.select()} "  # noqa: S608
        f"FROM {device.table()} "
        f"JOIN {congress.table()} ON {congress.column('id')} = {device.column('congress')} "
        f"JOIN {checkpoint.table()} ON {checkpoint.column('id')} = {device.column('checkpoint')} "
        f"JOIN {zone.table()} ON {zone.column('id')} = {checkpoint.column('zone')} "
        f"WHERE {device.column('token_hash')} = %s"
    )


def device_by_token_hash(token_hash: str) -> Device | None:
    """The device (revoked or not) whose token has this digest, with its congress and its checkpoint's zone."""
    with connection.cursor() as cursor:
        cursor.execute(_device_sql(), [token_hash])
        row = cursor.fetchone()
    if row is None:
        return None
    device, congress, checkpoint, zone = _split(
        row, DEVICE_COLUMNS, CONGRESS_COLUMNS, CHECKPOINT_COLUMNS, ZONE_COLUMNS
    )
    attach(checkpoint, "zone", zone)
    attach(device, "congress", congress)
    attach(device, "checkpoint", checkpoint)
    return device


@cache
def _revoked_sql() -> str:
    device = DEVICE_COLUMNS
    return f"SELECT 1 FROM {device.table()} WHERE {device.column('id')} = %s AND {device.column('revoked_at')} IS NOT NULL"  # noqa: S608


def device_is_revoked(device_id: int) -> bool:
    """Whether the device is revoked now (read afresh, not from the instance the request was authenticated with)."""
    with connection.cursor() as cursor:
        cursor.execute(_revoked_sql(), [device_id])
        return cursor.fetchone() is not None


@dataclass
class BadgeRows:
    """What one read of badges found: the badges, those whose holder's category opens the device's zone, and
    whether the device is revoked now (None when no badge was found to answer it)."""

    badges: list[Badge] = field(default_factory=list)
    opening_zone: set[int] = field(default_factory=set)  # badge ids
    device_revoked: bool | None = None


@lru_cache(maxsize=32)  # one per length of IN list: 1 for a scan, the chunk size for most chunks of a sync
def _badges_sql(count: int, lock: bool) -> str:
    badge, participant, category, profile = (
        BADGE_COLUMNS,
        PARTICIPANT_COLUMNS,
        CATEGORY_COLUMNS,
        PROFILE_COLUMNS,
    )
    quote, device = connection.ops.quote_name, DEVICE_COLUMNS
    zones = AccessZone.categories.through._meta
    zone_category, zone_column = quote("zone_category"), quote(zones.get_field("accesszone").column)
    category_column = quote(zones.get_field("participantcategory").column)
    placeholders = ", ".join(["%s"] * count)
    # PostgreSQL locks the badges' rows; SQLite has no row locks (its write transactions take the database's).
    locking = " FOR UPDATE OF " + quote(badge.alias)
    return (
        # Table and column names come from the models; every value is a bound parameter.
        f"SELECT {badge.select()}, {participant.select()}, {category.select()}, {profile.select()}, "  # noqa: S608
        f"{zone_category}.{quote(zones.pk.column)}, "
        f"(SELECT {device.column('revoked_at')} FROM {device.table()} WHERE {device.column('id')} = %s) "
        f"FROM {badge.table()} "
        f"JOIN {participant.table()} ON {participant.column('id')} = {badge.column('participant')} "
        f"JOIN {category.table()} ON {category.column('id')} = {participant.column('category')} "
        f"LEFT JOIN {profile.table()} ON {profile.column('participant')} = {participant.column('id')} "
        f"LEFT JOIN {quote(zones.db_table)} {zone_category} ON {zone_category}.{zone_column} = %s "
        f"AND {zone_category}.{category_column} = {participant.column('category')} "
        f"WHERE {participant.column('congress')} = %s AND {badge.column('secret')} IN ({placeholders})"
        f"{locking if lock and connection.features.has_select_for_update_of else ''}"
    )


def badge_rows(*, device: Device, secrets: list[str], lock: bool) -> BadgeRows:
    """The badges (issued or revoked) of the device's congress carrying `secrets` (at most a few thousand: one IN
    list), each with its holder, the holder's category and youth profile (None for most), and the congress as the
    holder's; which of them open the device's zone; and whether the device was revoked meanwhile."""
    found = BadgeRows()
    if not secrets:
        return found
    congress, zone_id = device.congress, device.checkpoint.zone_id
    with connection.cursor() as cursor:
        cursor.execute(_badges_sql(len(secrets), lock), [device.pk, zone_id, congress.pk, *secrets])
        rows = cursor.fetchall()
    column_sets = (BADGE_COLUMNS, PARTICIPANT_COLUMNS, CATEGORY_COLUMNS, PROFILE_COLUMNS)
    for row in rows:
        badge, participant, category, profile = _split(row, *column_sets)
        attach(participant, "category", category)
        attach(participant, "congress", congress)
        attach_profile(participant, profile)
        attach(badge, "participant", participant)
        found.badges.append(badge)
        if row[-2] is not None:
            found.opening_zone.add(badge.pk)
        found.device_revoked = row[-1] is not None
    return found


def _split(row, *column_sets: ColumnSet) -> list:
    """The instances of a row that selects each column set in turn."""
    instances, start = [], 0
    for column_set in column_sets:
        instances.append(column_set.build(row[start : start + len(column_set)]))
        start += len(column_set)
    return instances
