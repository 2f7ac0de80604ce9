"""`clearance_for` of many people at once, for the doors: a checkpoint's offline list of thousands of badges, and
every scan. Young people (who have a profile) are judged by `profile_clearance`, in a fixed number of queries.
Everyone else, as `clearance_for` does, is a minor when under the age limit on the first day of the congress's main
event; a minor without a profile, or a person whose date of birth is not known, is not cleared (for the same
reasons as `clearance_for` gives).

The main event's first day and age limit are kept in the shared cache, and for ten seconds in each process: every scan
needs them, and they change only when the secretariat edits the event or its youth rules
(`receivers.forget_age_limit`), months before the doors open.

A caller that reads the participants anyway can read their youth profile in the same query
(`profile_columns`): then neither `clearances_of` nor the disclosure policy asks whether they have one, and an
adult's scan costs no safeguarding query at all."""

import datetime
from collections.abc import Iterable

from django.core.cache import cache
from django.db import transaction

from plenaria.common.process_memo import ProcessMemo
from plenaria.common.sql_rows import ColumnSet, attach
from plenaria.congresses.models import Congress
from plenaria.congresses.selectors import main_event
from plenaria.registration.models import Participant

from .enums import AgeStatus
from .models import YouthProfile
from .selectors import (
    DEFAULT_AGE_LIMIT,
    Clearance,
    age_on,
    clearance_without_profile,
    profile_clearance,
    rules_for_event,
    youth_profiles_of,
)

LOOKUP_CHUNK = 5000  # ids per IN (…) list: SQLite allows 32,766 parameters, and PostgreSQL plans stay quick
AGE_LIMIT_SECONDS = 3600
# Every scan at the door asks; a change reaches the other processes within this many seconds.
_age_limits_here = ProcessMemo(seconds=10)


def _age_limit_key(congress_id: int) -> str:
    return f"safeguarding:age-limit:{congress_id}"


def age_limit_of(*, congress: Congress) -> tuple[datetime.date, int]:
    """(first day of the main event, its age limit): who counts as a minor at the congress."""
    held = _age_limits_here.get(congress.pk)
    if held is not None:
        return held
    key = _age_limit_key(congress.pk)
    cached = cache.get(key)
    if cached is None:
        event = main_event(congress=congress)
        if event is None:
            cached = (congress.starts_on, DEFAULT_AGE_LIMIT)
        else:
            cached = (event.starts_on, rules_for_event(event=event).age_limit)
        cache.set(key, cached, AGE_LIMIT_SECONDS)
    _age_limits_here.set(congress.pk, cached)
    return cached


def forget_age_limit(congress_id: int) -> None:
    """Drop the cached limit now, and again on commit (a request may have cached the old one meanwhile)."""
    key = _age_limit_key(congress_id)

    def forget():
        cache.delete(key)
        _age_limits_here.forget(congress_id)

    forget()
    transaction.on_commit(forget)


# What `clearances_of` and the disclosure policy (`disclosure`) read of a profile read along with its participant.
PROFILE_FIELDS = ("is_minor_frozen", "pseudonym", "use_pseudonym")


def profile_columns(alias: str = "youth_profile") -> ColumnSet:
    """How to read the youth profiles of participants read in hand-written SQL (`common.sql_rows`), in the same
    query: the profile's columns, to LEFT JOIN on its `participant` column; attach what `build` makes of a row
    (None: no profile) to the participant with `attach_profile`."""
    return ColumnSet(YouthProfile, alias, ("participant", *PROFILE_FIELDS))


def attach_profile(participant: Participant, profile: YouthProfile | None) -> None:
    attach(participant, "youth_profile", profile)


def read_profile(participant: Participant) -> tuple[bool, YouthProfile | None]:
    """(whether `participant` was read with their youth profile, that profile or None for someone without one)."""
    if not Participant.youth_profile.is_cached(participant):
        return False, None
    return True, Participant.youth_profile.related.get_cached_value(participant)


def _young_ids(participants: list[Participant]) -> list[int]:
    """The ids of those of `participants` who have a youth profile: looked up for those not read with theirs."""
    young, unknown = [], []
    for participant in participants:
        known, profile = read_profile(participant)
        if not known:
            unknown.append(participant.pk)
        elif profile is not None:
            young.append(participant.pk)
    for chunk in _chunks(unknown):
        young += YouthProfile.objects.filter(participant_id__in=chunk).values_list(
            "participant_id", flat=True
        )
    return young


def _chunks(values: list, size: int = LOOKUP_CHUNK) -> Iterable[list]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def clearances_of(*, congress: Congress, participants: list[Participant]) -> dict[int, Clearance]:
    """`clearance_for` of each of `participants` (of `congress`), by participant id: one query (is there a
    profile?), none for participants read with their profile (`profile_columns`); three more per batch when young
    people are among them."""
    clearances = {}
    for chunk in _chunks(_young_ids(participants)):
        for profile in youth_profiles_of(congress=congress).filter(participant_id__in=chunk):
            clearances[profile.participant_id] = profile_clearance(profile=profile)
    first_day, limit = age_limit_of(congress=congress)
    for participant in participants:
        if participant.pk not in clearances:
            if participant.date_of_birth is None:
                status = AgeStatus.UNKNOWN
            else:
                status = (
                    AgeStatus.MINOR
                    if age_on(participant.date_of_birth, first_day) < limit
                    else AgeStatus.ADULT
                )
            clearances[participant.pk] = clearance_without_profile(status)
    return clearances
