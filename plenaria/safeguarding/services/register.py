"""The daily sign-in / sign-out register of young people, and the adults authorised to collect them.

A young person is signed in only when cleared (`selectors.clearance_for`) on a day of the event, and leaves only
with their chaperone or an adult authorised by their guardian. Each change locks a row first, so that two
volunteers pressing at the same moment make one record, and each is audited without names or telephones."""

import datetime
import zoneinfo
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from plenaria.common.audit import log_action
from plenaria.congresses.models import Event

from ..enums import AgeStatus, ClearanceReason, ConsentMethod
from ..errors import SafeguardingError
from ..models import AttendanceRecord, AuthorisedCollector, Chaperone, YouthProfile
from ..selectors import INACTIVE_STATUSES, age_status, clearance_for, has_active_chaperone

# Besides the chaperone: few enough for a volunteer to check at the door.
MAX_AUTHORISED_COLLECTORS = 3


@dataclass(frozen=True)
class CollectorDetails:
    """An adult the guardian names to collect their child."""

    name: str
    relationship: str
    phone: str


def _locked_profile(profile: YouthProfile) -> YouthProfile:
    return (
        YouthProfile.objects.select_for_update(of=("self",))
        .select_related("participant__congress", "chaperone__participant")
        .get(pk=profile.pk)
    )


@transaction.atomic
def add_authorised_collector(
    *, profile: YouthProfile, details: CollectorDetails, method: str, actor=None
) -> AuthorisedCollector:
    """Authorise an adult to collect the young person: named by the guardian online (no actor), or recorded by
    staff from the guardian's paper form (`actor`). At most `MAX_AUTHORISED_COLLECTORS` at a time."""
    if method == ConsentMethod.PAPER and not getattr(actor, "is_authenticated", False):
        raise SafeguardingError("recorder_required")
    details = CollectorDetails(
        *(value.strip() for value in (details.name, details.relationship, details.phone))
    )
    if not (details.name and details.relationship and details.phone):
        raise SafeguardingError("collector_details_required")
    profile = _locked_profile(profile)  # concurrent additions queue here, so the count below is exact
    if profile.authorised_collectors.filter(removed_at__isnull=True).count() >= MAX_AUTHORISED_COLLECTORS:
        raise SafeguardingError("collectors_full", limit=MAX_AUTHORISED_COLLECTORS)
    collector = AuthorisedCollector.objects.create(
        profile=profile,
        name=details.name,
        relationship=details.relationship,
        phone=details.phone,
        method=method,
        added_by=actor if method == ConsentMethod.PAPER else None,
    )
    log_action(
        collector,
        "safeguarding.authorised_collector.added",
        actor=actor,
        congress_id=profile.participant.congress_id,
        data={"profile": profile.pk, "method": method},
    )
    return collector


@transaction.atomic
def remove_authorised_collector(*, collector: AuthorisedCollector, actor) -> AuthorisedCollector:
    """Withdraw an adult's authorisation at once. The row stays, so that earlier records still show them."""
    collector = (
        AuthorisedCollector.objects.select_for_update(of=("self",))
        .select_related("profile__participant")
        .get(pk=collector.pk)
    )
    if collector.removed_at is not None:
        return collector
    collector.removed_at = timezone.now()
    collector.removed_by = actor
    collector.save(update_fields=["removed_at", "removed_by"])
    log_action(
        collector,
        "safeguarding.authorised_collector.removed",
        actor=actor,
        congress_id=collector.profile.participant.congress_id,
        data={"profile": collector.profile_id},
    )
    return collector


def _local_day(moment: datetime.datetime, time_zone: str) -> datetime.date:
    return timezone.localtime(moment, zoneinfo.ZoneInfo(time_zone)).date()


def _check_may_sign_in(profile: YouthProfile, event: Event, day: datetime.date) -> None:
    participant = profile.participant
    if event.congress_id != participant.congress_id:
        raise SafeguardingError("wrong_congress")
    if not event.starts_on <= day <= event.ends_on:
        raise SafeguardingError("not_an_event_day", event=event.name)
    if participant.status in INACTIVE_STATUSES:
        raise SafeguardingError("registration_inactive")
    if age_status(participant=participant, event=event) == AgeStatus.ADULT:
        raise SafeguardingError("not_a_minor", event=event.name)
    clearance = clearance_for(participant=participant, event=event)
    if not clearance.cleared:
        labels = " ".join(str(ClearanceReason(code).label) for code in clearance.reasons)
        error = SafeguardingError("not_cleared", reasons=labels)
        error.reasons = clearance.reasons  # the stable codes, for check-in devices
        raise error


@transaction.atomic
def sign_in_young_person(
    *, profile: YouthProfile, event: Event, actor, at: datetime.datetime | None = None
) -> AttendanceRecord:
    """Sign a cleared young person in at `event`, now (or `at`, on a device that recorded it). The day is the
    congress's local date; a young person already in that day is not signed in twice."""
    at = at or timezone.now()
    profile = _locked_profile(profile)  # two volunteers at once: the second waits here, then finds the record
    day = _local_day(at, profile.participant.congress.time_zone)
    _check_may_sign_in(profile, event, day)
    if profile.attendance_records.filter(day=day, signed_out_at__isnull=True).exists():
        raise SafeguardingError("already_signed_in")
    record = AttendanceRecord.objects.create(
        profile=profile, event=event, day=day, signed_in_at=at, signed_in_by=actor
    )
    log_action(
        record,
        "safeguarding.attendance.signed_in",
        actor=actor,
        congress_id=profile.participant.congress_id,
        data={"profile": profile.pk, "event": event.slug, "day": day.isoformat()},
    )
    return record


def _who_collects(profile: YouthProfile, collected_by) -> dict:
    """The record's fields naming who takes the child, if they may: the chaperone now linked (code accepted,
    registration active) or an adult the guardian authorised and nobody removed."""
    if isinstance(collected_by, Chaperone):
        if collected_by.pk == profile.chaperone_id and has_active_chaperone(profile=profile):
            return {"collected_by_chaperone": profile.chaperone, "collected_by": None}
    elif isinstance(collected_by, AuthorisedCollector):
        active = profile.authorised_collectors.select_for_update(of=("self",)).filter(
            pk=collected_by.pk, removed_at__isnull=True
        )
        collector = active.first()
        if collector is not None:
            return {"collected_by_chaperone": None, "collected_by": collector}
    raise SafeguardingError("not_authorised_collector")


@transaction.atomic
def sign_out_young_person(
    *,
    record: AttendanceRecord,
    collected_by: Chaperone | AuthorisedCollector | None,
    actor,
    at: datetime.datetime | None = None,
) -> AttendanceRecord:
    """Sign a young person out to the adult who collects them: their chaperone or an authorised collector.
    Anyone else is refused (`not_authorised_collector`): the child stays until an officer sorts it out."""
    at = at or timezone.now()
    record = AttendanceRecord.objects.select_for_update(of=("self",)).get(pk=record.pk)
    if record.signed_out_at is not None:
        raise SafeguardingError("already_signed_out")
    if at < record.signed_in_at:
        raise SafeguardingError("signed_out_before_sign_in")
    profile = YouthProfile.objects.select_related("participant", "chaperone__participant").get(
        pk=record.profile_id
    )
    for name, value in _who_collects(profile, collected_by).items():
        setattr(record, name, value)
    record.signed_out_at = at
    record.signed_out_by = actor
    record.save(update_fields=["signed_out_at", "signed_out_by", "collected_by_chaperone", "collected_by"])
    adult = record.collected_by_chaperone or record.collected_by
    log_action(
        record,
        "safeguarding.attendance.signed_out",
        actor=actor,
        congress_id=profile.participant.congress_id,
        data={
            "profile": profile.pk,
            "collected_by": "chaperone" if record.collected_by_chaperone else "authorised_collector",
            # a reference, never a name: the chaperone's registration number, the collector's row
            "adult": adult.participant.reference if record.collected_by_chaperone else adult.pk,
        },
    )
    return record
