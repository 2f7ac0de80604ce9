"""Reads of the daily sign-in register: the young people attending an event on one day, whether they are cleared,
and whether they have arrived, are in, or were collected (by whom, when). The register of a whole event is read in
a fixed number of queries, whatever the number of young people (a morning queue of a hundred children)."""

import datetime
from dataclasses import dataclass, field

from django.db import models
from django.db.models import Prefetch, QuerySet
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from plenaria.congresses.models import Congress, Event

from .enums import CLEARANCE_CONSENTS, AgeStatus, ClearanceReason
from .models import AttendanceRecord, AuthorisedCollector, Chaperone, Consent, YouthProfile
from .selectors import INACTIVE_STATUSES, age_on, has_active_chaperone, rules_for_event


class RegisterState(models.TextChoices):
    NOT_ARRIVED = "not_arrived", _("Not arrived")
    IN = "in", pgettext_lazy("sign-in register", "Signed in")
    COLLECTED = "collected", _("Collected")


@dataclass
class RegisterRow:
    """One young person on the register of a day: their records of the day (oldest first) and the adults who may
    collect them besides the chaperone."""

    profile: YouthProfile
    records: list[AttendanceRecord] = field(default_factory=list)
    collectors: list[AuthorisedCollector] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)

    @property
    def is_cleared(self) -> bool:
        return not self.reasons

    @property
    def reason_labels(self) -> list[str]:
        return [ClearanceReason(code).label for code in self.reasons]

    @property
    def latest(self) -> AttendanceRecord | None:
        return self.records[-1] if self.records else None

    @property
    def state(self) -> RegisterState:
        if self.latest is None:
            return RegisterState.NOT_ARRIVED
        return RegisterState.IN if self.latest.is_open else RegisterState.COLLECTED

    @property
    def chaperone(self) -> Chaperone | None:
        """The chaperone who may collect them (linked, code accepted, registration active), if any."""
        return self.profile.chaperone if has_active_chaperone(profile=self.profile) else None


def youth_events_of(*, congress: Congress) -> list[Event]:
    """The congress's events that young people attend, in date order."""
    events = congress.events.filter(youth_profiles__isnull=False).distinct()
    return list(events.order_by("starts_on", "position", "pk"))


def event_days(*, event: Event) -> list[datetime.date]:
    count = (event.ends_on - event.starts_on).days + 1
    return [event.starts_on + datetime.timedelta(days=offset) for offset in range(count)]


def default_register_day(
    *, events: list[Event], today: datetime.date, event: Event | None = None
) -> tuple[Event | None, datetime.date | None]:
    """The register to open: today's, when today is a day of `event` (or, without one, of an event with young
    people); else the first day of `event` (or of the first such event)."""
    if event is None:
        event = next((e for e in events if e.starts_on <= today <= e.ends_on), events[0] if events else None)
    if event is None:
        return None, None
    return event, today if event.starts_on <= today <= event.ends_on else event.starts_on


def _age_status_at(profile: YouthProfile, event: Event, age_limit: int) -> AgeStatus:
    """As `selectors.age_status` for one event, without a query per person."""
    if profile.is_minor_frozen is not None:
        return AgeStatus.MINOR if profile.is_minor_frozen else AgeStatus.ADULT
    date_of_birth = profile.participant.date_of_birth
    if date_of_birth is None:
        return AgeStatus.UNKNOWN
    return AgeStatus.MINOR if age_on(date_of_birth, event.starts_on) < age_limit else AgeStatus.ADULT


def _clearance_reasons(profile: YouthProfile, status: AgeStatus, given: set[str]) -> list[str]:
    """The reasons of `selectors.clearance_for(participant=…, event=…)` for someone attending the event, from
    data read in bulk. The sign-in service asks `clearance_for` itself: this is only what the list shows."""
    if status == AgeStatus.UNKNOWN:
        return [ClearanceReason.DATE_OF_BIRTH_UNKNOWN.value]
    reasons = [str(reason) for kind, reason in CLEARANCE_CONSENTS.items() if kind not in given]
    if not has_active_chaperone(profile=profile):
        reasons.append(ClearanceReason.CHAPERONE_MISSING.value)
    return reasons


def register_for(
    *, event: Event, day: datetime.date, profile_ids: list[int] | None = None
) -> list[RegisterRow]:
    """Every young person attending `event` (registration not withdrawn or rejected, not an adult there), with
    their clearance, their records of `day` and who may collect them; `profile_ids` narrows it to some of them."""
    profiles = (
        YouthProfile.objects.filter(events=event)
        .exclude(participant__status__in=INACTIVE_STATUSES)
        .select_related("participant__delegation__organisation", "chaperone__participant")
        .prefetch_related(
            Prefetch(
                "attendance_records",
                queryset=AttendanceRecord.objects.filter(event=event, day=day).select_related(
                    "signed_in_by", "signed_out_by", "collected_by", "collected_by_chaperone__participant"
                ),
                to_attr="day_records",
            ),
            Prefetch(
                "authorised_collectors",
                queryset=AuthorisedCollector.objects.filter(removed_at__isnull=True),
                to_attr="active_collectors",
            ),
        )
        .order_by("participant__family_name", "participant__given_name", "pk")
    )
    if profile_ids is not None:
        profiles = profiles.filter(pk__in=profile_ids)
    profiles = list(profiles)
    given: dict[int, set[str]] = {}
    for profile_id, kind in Consent.objects.filter(profile__in=profiles).values_list("profile_id", "kind"):
        given.setdefault(profile_id, set()).add(kind)
    age_limit = rules_for_event(event=event).age_limit
    rows = []
    for profile in profiles:
        status = _age_status_at(profile, event, age_limit)
        if status == AgeStatus.ADULT:
            continue
        rows.append(
            RegisterRow(
                profile=profile,
                records=profile.day_records,
                collectors=profile.active_collectors,
                reasons=_clearance_reasons(profile, status, given.get(profile.pk, set())),
            )
        )
    return rows


def register_counts(rows: list[RegisterRow]) -> dict[str, int]:
    """{state: number of young people}, for the summary above the register."""
    counts = dict.fromkeys(RegisterState.values, 0)
    for row in rows:
        counts[row.state] += 1
    return counts


def get_congress_profile(*, congress: Congress, pk: int) -> YouthProfile | None:
    return (
        YouthProfile.objects.filter(pk=pk, participant__congress=congress)
        .select_related("participant__congress", "chaperone__participant")
        .first()
    )


def get_congress_event(*, congress: Congress, pk) -> Event | None:
    try:
        return congress.events.filter(pk=int(pk)).first()
    except (TypeError, ValueError):
        return None


def get_attendance_record(*, congress: Congress, pk: int) -> AttendanceRecord | None:
    return (
        AttendanceRecord.objects.filter(pk=pk, profile__participant__congress=congress)
        .select_related("event", "profile__participant", "profile__chaperone__participant")
        .first()
    )


def active_collector_count(*, profile: YouthProfile) -> int:
    return profile.authorised_collectors.filter(removed_at__isnull=True).count()


def collectors_of(*, profile: YouthProfile) -> QuerySet[AuthorisedCollector]:
    """Every adult ever authorised to collect the young person, the removed ones too (with who removed them)."""
    return profile.authorised_collectors.select_related("added_by", "removed_by").order_by("added_at", "pk")
