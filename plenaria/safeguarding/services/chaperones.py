"""Chaperones: registered adults who accepted the chaperone code, each looking after a limited number of young
people. The ratio holds under concurrent assignments because each one first locks the chaperone's row."""

from django.db import transaction
from django.utils import timezone

from plenaria.common.audit import log_action
from plenaria.common.mail import queue_templated_email
from plenaria.congresses.models import Event
from plenaria.registration.models import Participant

from ..enums import AgeStatus, ConsentKind
from ..errors import SafeguardingError
from ..models import Chaperone, ConsentText, YouthEventRules, YouthProfile
from ..selectors import (
    INACTIVE_STATUSES,
    age_status,
    chaperone_page_url,
    is_minor_at,
    minors_of_chaperone,
    profile_events,
    rules_for_event,
)
from .texts import check_published_text

DEFAULT_RATIO = YouthEventRules._meta.get_field("minors_per_chaperone").default


@transaction.atomic
def register_chaperone(*, participant: Participant, actor) -> Chaperone:
    """Make a registered adult a chaperone (they still have to accept the code). Registering twice is harmless."""
    status = age_status(participant=participant)
    if status == AgeStatus.MINOR:
        raise SafeguardingError("chaperone_not_adult", event=participant.congress.name)
    if status == AgeStatus.UNKNOWN:
        raise SafeguardingError("chaperone_age_unknown")
    chaperone, created = Chaperone.objects.get_or_create(participant=participant)
    if created:
        log_action(
            chaperone, "safeguarding.chaperone.registered", actor=actor, congress_id=participant.congress_id
        )
    return chaperone


@transaction.atomic
def invite_chaperone(*, chaperone: Chaperone, actor) -> Chaperone:
    """E-mail the chaperone, in their language, the secret link to their page: there they read and accept the
    chaperone code, and later see the young people they look after. The audit entry names the language only."""
    chaperone = Chaperone.objects.select_related("participant__congress").get(pk=chaperone.pk)
    participant = chaperone.participant
    if participant.status in INACTIVE_STATUSES:
        raise SafeguardingError("chaperone_not_active")
    queue_templated_email(
        to=participant.email,
        template="safeguarding/email/chaperone_invitation",
        context={
            "participant": participant,
            "congress": participant.congress,
            "page_url": chaperone_page_url(chaperone=chaperone),
            "has_accepted_code": chaperone.has_accepted_code,
        },
        language=participant.language,
        purpose="safeguarding_chaperone_invitation",
        congress_id=participant.congress_id,
    )
    log_action(
        chaperone,
        "safeguarding.chaperone.invited",
        actor=actor,
        congress_id=participant.congress_id,
        data={"language": participant.language},
    )
    return chaperone


@transaction.atomic
def accept_chaperone_code(*, chaperone: Chaperone, text: ConsentText, actor, accepted_at=None) -> Chaperone:
    """Record that the chaperone accepted this version of the chaperone code of conduct."""
    chaperone = Chaperone.objects.select_for_update().select_related("participant").get(pk=chaperone.pk)
    congress_id = chaperone.participant.congress_id
    check_published_text(text=text, kind=ConsentKind.CHAPERONE_CODE, congress_id=congress_id)
    chaperone.code_of_conduct = text
    chaperone.code_accepted_at = accepted_at or timezone.now()
    chaperone.save(update_fields=["code_of_conduct", "code_accepted_at", "updated_at"])
    log_action(
        chaperone,
        "safeguarding.chaperone.code_accepted",
        actor=actor,
        congress_id=congress_id,
        data={"version": text.version},
    )
    return chaperone


def _check_adult(participant: Participant, events: list[Event]) -> None:
    """An adult on the first day of each event the young person attends."""
    if participant.date_of_birth is None:
        raise SafeguardingError("chaperone_age_unknown")
    for event in events:
        if is_minor_at(date_of_birth=participant.date_of_birth, event=event):
            raise SafeguardingError("chaperone_not_adult", event=event.name)
    if not events and age_status(participant=participant) != AgeStatus.ADULT:
        raise SafeguardingError("chaperone_not_adult", event=participant.congress.name)


def _check_ratio(chaperone: Chaperone, profile: YouthProfile, events: list[Event]) -> None:
    """At most `minors_per_chaperone` young people per chaperone at each event (the caller holds the lock)."""
    for event in events or [None]:
        limit = rules_for_event(event=event).minors_per_chaperone if event else DEFAULT_RATIO
        others = minors_of_chaperone(chaperone=chaperone, event=event).exclude(pk=profile.pk)
        if others.count() >= limit:
            where = event.name if event else profile.participant.congress.name
            raise SafeguardingError("chaperone_ratio_exceeded", limit=limit, event=where)


def _check_chaperone(chaperone: Chaperone, profile: YouthProfile) -> None:
    if chaperone.participant.congress_id != profile.participant.congress_id:
        raise SafeguardingError("wrong_congress")
    if chaperone.participant.status in INACTIVE_STATUSES:
        raise SafeguardingError("chaperone_not_active")
    if not chaperone.has_accepted_code:
        raise SafeguardingError("chaperone_code_not_accepted")


@transaction.atomic
def assign_chaperone(*, minor_profile: YouthProfile, chaperone: Chaperone, actor) -> YouthProfile:
    """Link a young person to a chaperone, within the chaperone ratio of every event they attend."""
    # The chaperone's row first: concurrent assignments to one chaperone queue here, so the count below is exact.
    chaperone = (
        Chaperone.objects.select_for_update(of=("self",)).select_related("participant").get(pk=chaperone.pk)
    )
    profile = (
        YouthProfile.objects.select_for_update(of=("self",))
        .select_related("participant__congress", "chaperone__participant")
        .get(pk=minor_profile.pk)
    )
    _check_chaperone(chaperone, profile)
    if profile.chaperone_id == chaperone.pk:
        return profile
    events = profile_events(profile=profile)
    _check_adult(chaperone.participant, events)
    _check_ratio(chaperone, profile, events)
    previous = profile.chaperone
    profile.chaperone = chaperone
    profile.save(update_fields=["chaperone", "updated_at"])
    log_action(
        profile,
        "safeguarding.chaperone_link.assigned",
        actor=actor,
        congress_id=profile.participant.congress_id,
        data={
            "chaperone": chaperone.participant.reference,
            "previous": previous.participant.reference if previous else None,
        },
    )
    return profile


@transaction.atomic
def release_chaperone(*, minor_profile: YouthProfile, actor) -> YouthProfile:
    """Remove a young person's chaperone link (they are no longer cleared until a new one is assigned)."""
    profile = (
        YouthProfile.objects.select_for_update(of=("self",))
        .select_related("participant", "chaperone__participant")
        .get(pk=minor_profile.pk)
    )
    if profile.chaperone is None:
        return profile
    previous = profile.chaperone
    profile.chaperone = None
    profile.save(update_fields=["chaperone", "updated_at"])
    log_action(
        profile,
        "safeguarding.chaperone_link.removed",
        actor=actor,
        congress_id=profile.participant.congress_id,
        data={"chaperone": previous.participant.reference},
    )
    return profile
