"""A young person's profile: opening it for the events they attend, freezing their eligibility, their pseudonym and
their guardian's details. Audit entries name what changed, never the values (contacts, medical notes)."""

from django.db import transaction
from django.utils import timezone

from plenaria.common.audit import log_action
from plenaria.congresses.models import Event
from plenaria.delegations.models import Delegation
from plenaria.registration.models import Participant

from ..enums import AgeStatus
from ..errors import SafeguardingError
from ..models import YouthProfile
from ..selectors import is_minor_at, profile_age_status, rules_for_event, youth_of_delegation


def _check_can_attend(participant: Participant, event: Event, *, now) -> None:
    """The youth rules of `event`: the age limit, the nomination deadline and the places per delegation.

    The caller holds the delegation's row lock, so two focal points cannot both take its last youth place."""
    if event.congress_id != participant.congress_id:
        raise SafeguardingError("wrong_congress")
    if participant.date_of_birth is None:
        raise SafeguardingError("date_of_birth_missing")
    if not is_minor_at(date_of_birth=participant.date_of_birth, event=event):
        raise SafeguardingError("not_a_minor", event=event.name)
    rules = rules_for_event(event=event)
    if rules.nominations_close_at is not None and now >= rules.nominations_close_at:
        raise SafeguardingError("nominations_closed", event=event.name)
    if participant.delegation_id is not None:
        taken = youth_of_delegation(delegation_id=participant.delegation_id, event=event)
        if taken.exclude(participant=participant).count() >= rules.max_minors_per_delegation:
            raise SafeguardingError(
                "youth_quota_exhausted", limit=rules.max_minors_per_delegation, event=event.name
            )


def _lock_delegation(participant: Participant) -> None:
    if participant.delegation_id is not None:
        Delegation.objects.select_for_update().get(pk=participant.delegation_id)


@transaction.atomic
def create_youth_profile(*, participant: Participant, events: list[Event], actor) -> YouthProfile:
    """Open the youth flow for a participant under the age limit of each event they will attend."""
    _lock_delegation(participant)
    if YouthProfile.objects.filter(participant=participant).exists():
        raise SafeguardingError("profile_exists")
    now = timezone.now()
    for event in events:
        _check_can_attend(participant, event, now=now)
    profile = YouthProfile.objects.create(participant=participant, guardian_language=participant.language)
    profile.events.set(events)
    log_action(
        profile,
        "safeguarding.youth_profile.created",
        actor=actor,
        congress_id=participant.congress_id,
        data={"events": [event.slug for event in events]},
    )
    return profile


@transaction.atomic
def enrol_in_event(*, profile: YouthProfile, event: Event, actor) -> YouthProfile:
    """Add an event to a young person's profile (the youth event, then the Congress: one identity for both)."""
    participant = profile.participant
    _lock_delegation(participant)
    if profile.events.filter(pk=event.pk).exists():
        return profile
    _check_can_attend(participant, event, now=timezone.now())
    profile.events.add(event)
    log_action(
        profile,
        "safeguarding.youth_profile.enrolled",
        actor=actor,
        congress_id=participant.congress_id,
        data={"event": event.slug},
    )
    return profile


@transaction.atomic
def freeze_eligibility(*, profile: YouthProfile, actor=None) -> YouthProfile:
    """Fix, once, whether the person counts as a minor: called when their registration is approved. Later
    changes (a postponed event, a corrected date) don't turn away someone who was welcome (UNGASS 2002)."""
    profile = (
        YouthProfile.objects.select_for_update().select_related("participant__congress").get(pk=profile.pk)
    )
    if profile.is_minor_frozen is not None:
        return profile
    status = profile_age_status(profile=profile)
    if status == AgeStatus.UNKNOWN:
        raise SafeguardingError("date_of_birth_missing")
    profile.is_minor_frozen = status == AgeStatus.MINOR
    profile.eligibility_frozen_at = timezone.now()
    profile.save(update_fields=["is_minor_frozen", "eligibility_frozen_at", "updated_at"])
    log_action(
        profile,
        "safeguarding.youth_profile.eligibility_frozen",
        actor=actor,
        congress_id=profile.participant.congress_id,
        data={"is_minor": profile.is_minor_frozen},
    )
    return profile


@transaction.atomic
def set_pseudonym(*, profile: YouthProfile, pseudonym: str, use_pseudonym: bool, actor) -> YouthProfile:
    """Show the young person under a pseudonym outside safeguarding. The audit entry says only that it changed:
    the audit log is read by more people than the safeguarding officers, and the reason for a pseudonym is not
    theirs to know."""
    profile = YouthProfile.objects.select_for_update().get(pk=profile.pk)
    profile.pseudonym = pseudonym.strip()
    profile.use_pseudonym = use_pseudonym and bool(profile.pseudonym)
    profile.save(update_fields=["pseudonym", "use_pseudonym", "updated_at"])
    log_action(
        profile,
        "safeguarding.youth_profile.pseudonym_changed",
        actor=actor,
        congress_id=profile.participant.congress_id,
    )
    return profile


@transaction.atomic
def update_guardian_details(
    *, profile: YouthProfile, name: str, email: str, phone: str = "", language: str | None = None, actor
) -> YouthProfile:
    """Record who the parent or guardian is and how to reach them (encrypted; the audit names the fields only)."""
    profile = YouthProfile.objects.select_for_update().get(pk=profile.pk)
    profile.guardian_name, profile.guardian_email, profile.guardian_phone = (
        name.strip(),
        email.strip(),
        phone.strip(),
    )
    profile.guardian_language = language or profile.guardian_language
    profile.save(
        update_fields=["guardian_name", "guardian_email", "guardian_phone", "guardian_language", "updated_at"]
    )
    log_action(
        profile,
        "safeguarding.youth_profile.guardian_changed",
        actor=actor,
        congress_id=profile.participant.congress_id,
        data={"language": profile.guardian_language},
    )
    return profile


@transaction.atomic
def record_emergency_details(
    *, profile: YouthProfile, emergency_contacts: str, medical_notes: str, actor=None
) -> YouthProfile:
    """Store the emergency contacts and medical notes given with the medical consent (encrypted, officers only)."""
    profile = YouthProfile.objects.select_for_update().get(pk=profile.pk)
    profile.emergency_contacts = emergency_contacts.strip()
    profile.medical_notes = medical_notes.strip()
    profile.save(update_fields=["emergency_contacts", "medical_notes", "updated_at"])
    log_action(
        profile,
        "safeguarding.youth_profile.emergency_details_changed",
        actor=actor,
        congress_id=profile.participant.congress_id,
    )
    return profile
