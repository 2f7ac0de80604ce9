"""Access zones, set up with the checkpoints on the check-in pages: what a zone is called (in every language, and
printed on badges), which categories' badges open it, and whether it is a youth area keeping an event's sign-in
register. Every change is audit-logged with what changed."""

from collections.abc import Iterable
from dataclasses import dataclass

from django.db import transaction

from plenaria.badges.models import AccessZone
from plenaria.common.audit import changes_between, log_action, snapshot
from plenaria.common.i18n_content import localize
from plenaria.congresses.models import Congress, Event
from plenaria.registration.models import ParticipantCategory

from .errors import CheckinError

ZONE_FIELDS = ("name", "slug", "position", "youth_event")


@dataclass(frozen=True)
class ZoneDetails:
    name: object  # a LazyI18nString, or {language: text}
    slug: str
    position: int
    categories: Iterable[ParticipantCategory]
    youth_event: Event | None = None


def _check(congress_id: int, details: ZoneDetails, zone_pk: int | None = None) -> list[ParticipantCategory]:
    if not localize(details.name).text.strip():
        raise CheckinError("name_required")
    categories = list(details.categories)
    if any(category.congress_id != congress_id for category in categories):
        raise CheckinError("category_of_another_congress")
    if details.youth_event is not None and details.youth_event.congress_id != congress_id:
        raise CheckinError("event_of_another_congress")
    if AccessZone.objects.filter(congress_id=congress_id, slug=details.slug).exclude(pk=zone_pk).exists():
        raise CheckinError("zone_slug_taken")
    return categories


def _values(zone: AccessZone, categories: list[ParticipantCategory]) -> dict:
    return {**snapshot(zone, ZONE_FIELDS), "categories": sorted(category.slug for category in categories)}


@transaction.atomic
def create_zone(*, congress: Congress, details: ZoneDetails, actor) -> AccessZone:
    """A part of the venue behind checkpoints, opened by the badges of `details.categories`."""
    categories = _check(congress.pk, details)
    zone = AccessZone.objects.create(
        congress=congress,
        name=details.name,
        slug=details.slug,
        position=details.position,
        youth_event=details.youth_event,
    )
    zone.categories.set(categories)
    log_action(zone, "checkin.zone.created", actor=actor, data={"values": _values(zone, categories)})
    return zone


@transaction.atomic
def change_zone(*, zone: AccessZone, details: ZoneDetails, actor) -> AccessZone:
    """Rename a zone, change who it admits or the register it keeps. Scans decided before keep their result."""
    zone = AccessZone.objects.select_for_update().get(pk=zone.pk)
    categories = _check(zone.congress_id, details, zone.pk)
    before = _values(zone, list(zone.categories.all()))
    zone.name, zone.slug, zone.position = details.name, details.slug, details.position
    zone.youth_event = details.youth_event
    zone.save(update_fields=["name", "slug", "position", "youth_event", "updated_at"])
    zone.categories.set(categories)
    changes = changes_between(before, _values(zone, categories))
    if changes:
        log_action(zone, "checkin.zone.changed", actor=actor, data={"changes": changes})
    return zone
