"""Focal points nominate young people: a registration in the congress's category for children and young people, a
youth profile for the events they will attend (one identity for the youth event and the Congress), their guardian's
details, and the guardian's invitation to give consent.

Young people have places of their own, per event and delegation (`YouthEventRules.max_minors_per_delegation`); they
never take one of the delegation's places (registration leaves the youth category out of its count). Minimal data
only: nothing about what a young person has lived through is asked or kept.
"""

import datetime
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Exists, OuterRef, Prefetch, QuerySet
from django.utils import timezone

from plenaria.common.audit import log_action
from plenaria.congresses.enums import EventKind
from plenaria.congresses.models import Congress, Event
from plenaria.congresses.selectors import events_of_kind
from plenaria.delegations.enums import DelegationRole
from plenaria.delegations.models import Delegation
from plenaria.registration.enums import CategoryKind
from plenaria.registration.models import Participant
from plenaria.registration.selectors import category_of_kind
from plenaria.registration.services.nomination import Nominee, nominate_in_category
from plenaria.registration.services.seats import lock_delegation

from ..enums import ConsentKind
from ..errors import SafeguardingError
from ..models import Consent, YouthEventRules, YouthProfile
from ..selectors import INACTIVE_STATUSES, rules_for_event, youth_of_delegation
from .guardians import invite_guardian
from .profiles import create_youth_profile, set_pseudonym, update_guardian_details

# The guardian has answered once they (or staff, from their paper form) recorded one of these.
GUARDIAN_ANSWER_KINDS = (ConsentKind.GUARDIAN_PARTICIPATION, ConsentKind.GUARDIAN_MEDICAL, ConsentKind.MEDIA)


@dataclass(frozen=True)
class YoungPersonDetails:
    """What a focal point gives to nominate a young person: enough to register them and to reach their guardian,
    nothing more."""

    given_name: str
    family_name: str
    date_of_birth: datetime.date
    nationality: str
    language: str
    events: tuple[Event, ...]
    guardian_name: str
    guardian_email: str
    guardian_language: str
    guardian_phone: str = ""
    # The young person's own address; without one, the guardian's is the registration's contact address.
    email: str = ""
    # Asked for by the sponsoring organisation: the name shown everywhere outside safeguarding.
    pseudonym: str = ""


@dataclass(frozen=True)
class GuardianCorrection:
    """Corrections a focal point makes before sending the guardian's invitation again; empty means unchanged."""

    name: str = ""
    email: str = ""
    phone: str = ""
    language: str = ""


def _nominee(details: YoungPersonDetails) -> Nominee:
    return Nominee(
        given_name=details.given_name,
        family_name=details.family_name,
        email=details.email.strip() or details.guardian_email.strip(),
        role=DelegationRole.DELEGATE,
        nationality=details.nationality,
        language=details.language,
        date_of_birth=details.date_of_birth,
    )


def _check_not_nominated(delegation: Delegation, details: YoungPersonDetails) -> None:
    """One registration per young person, whatever the events: a second nomination would be a second identity."""
    same = (
        Participant.objects.filter(
            delegation=delegation,
            category__kind=CategoryKind.YOUTH,
            given_name__iexact=details.given_name.strip(),
            family_name__iexact=details.family_name.strip(),
            date_of_birth=details.date_of_birth,
        )
        .exclude(status__in=INACTIVE_STATUSES)
        .first()
    )
    if same is not None:
        raise SafeguardingError("already_nominated", name=same.display_name)


@transaction.atomic
def nominate_young_person(*, delegation: Delegation, details: YoungPersonDetails, actor) -> YouthProfile:
    """Nominate a young person to the youth event and/or the Congress, within the youth places of the delegation
    at each event, and invite their guardian to give consent. All or nothing: a refusal (the delegation's or an
    event's deadline, the age limit, the youth places) records nothing and sends nothing."""
    # The delegation's row lock covers its youth places at every event (`create_youth_profile` checks them).
    delegation = lock_delegation(delegation.pk)
    if not details.events:
        raise SafeguardingError("event_required")
    category = category_of_kind(congress_id=delegation.congress_id, kind=CategoryKind.YOUTH)
    if category is None:
        raise SafeguardingError("no_youth_category")
    _check_not_nominated(delegation, details)
    participant = nominate_in_category(
        delegation=delegation, nominee=_nominee(details), category=category, actor=actor
    )
    profile = create_youth_profile(participant=participant, events=list(details.events), actor=actor)
    profile = update_guardian_details(
        profile=profile,
        name=details.guardian_name,
        email=details.guardian_email,
        phone=details.guardian_phone,
        language=details.guardian_language,
        actor=actor,
    )
    if details.pseudonym.strip():
        profile = set_pseudonym(profile=profile, pseudonym=details.pseudonym, use_pseudonym=True, actor=actor)
    # In the same transaction: the outbox sends the e-mail only once the nomination is committed, and a
    # nomination never stands without its guardian's link.
    return invite_guardian(profile=profile, actor=actor)


def _follow_guardian_email(participant: Participant, old_email: str, new_email: str, actor) -> None:
    """A young person without an address of their own is reached at their guardian's: follow a correction."""
    new_email = new_email.strip().lower()
    if not old_email or participant.email != old_email or new_email == old_email:
        return
    participant = Participant.objects.select_for_update().get(pk=participant.pk)
    participant.email = new_email
    participant.save(update_fields=["email", "updated_at"])
    log_action(
        participant, "safeguarding.young_person.contact_changed", actor=actor, data={"fields": ["email"]}
    )


@transaction.atomic
def reinvite_guardian(*, profile: YouthProfile, correction: GuardianCorrection, actor) -> YouthProfile:
    """Send the guardian a new consent link (the earlier one stops working), after the corrections given. Refused
    once the guardian has answered: from then on only the safeguarding officers change who the guardian is, so
    nobody can redirect a consent already given to another address."""
    profile = YouthProfile.objects.select_for_update().select_related("participant").get(pk=profile.pk)
    participant = profile.participant
    if participant.status in INACTIVE_STATUSES:
        raise SafeguardingError("registration_inactive")
    if guardian_has_answered(profile=profile):
        raise SafeguardingError("guardian_answered")
    new_language = correction.language if correction.language != profile.guardian_language else ""
    if correction.name or correction.email or correction.phone or new_language:
        old_email = (profile.guardian_email or "").strip().lower()
        profile = update_guardian_details(
            profile=profile,
            name=correction.name or profile.guardian_name or "",
            email=correction.email or profile.guardian_email or "",
            phone=correction.phone or profile.guardian_phone or "",
            language=new_language or None,
            actor=actor,
        )
        _follow_guardian_email(participant, old_email, profile.guardian_email or "", actor)
    return invite_guardian(profile=profile, actor=actor)


# --- Reads for the focal point's pages (no protected field is read) -------------------------------------------


@dataclass(frozen=True)
class YouthPlaces:
    """An event young people are nominated to, its youth rules and the delegation's youth places there."""

    event: Event
    rules: YouthEventRules
    taken: int

    @property
    def left(self) -> int:
        return max(self.rules.max_minors_per_delegation - self.taken, 0)

    @property
    def is_closed(self) -> bool:
        closes_at = self.rules.nominations_close_at
        return closes_at is not None and timezone.now() >= closes_at


def nomination_events(*, congress: Congress) -> list[Event]:
    """The events young people are nominated to: the youth event and the Congress itself, by date."""
    events = [
        *events_of_kind(congress=congress, kind=EventKind.YOUTH),
        *events_of_kind(congress=congress, kind=EventKind.MAIN),
    ]
    return sorted(events, key=lambda event: (event.starts_on, event.pk))


def youth_places_of(*, delegation: Delegation) -> list[YouthPlaces]:
    """The delegation's youth places at each event young people are nominated to."""
    return [
        YouthPlaces(
            event=event,
            rules=rules_for_event(event=event),
            taken=youth_of_delegation(delegation_id=delegation.pk, event=event).count(),
        )
        for event in nomination_events(congress=delegation.congress)
    ]


def guardian_has_answered(*, profile: YouthProfile) -> bool:
    return Consent.objects.filter(profile=profile, kind__in=GUARDIAN_ANSWER_KINDS).exists()


def young_people_of_delegation(*, delegation: Delegation) -> QuerySet[YouthProfile]:
    """The delegation's young people with their events and whether their guardian has answered (`answered`)."""
    answered = Consent.objects.filter(profile=OuterRef("pk"), kind__in=GUARDIAN_ANSWER_KINDS)
    return (
        YouthProfile.objects.filter(participant__delegation=delegation)
        .select_related("participant")
        .prefetch_related(Prefetch("events", queryset=Event.objects.order_by("starts_on", "pk")))
        .annotate(answered=Exists(answered))
        .order_by("participant__given_name", "participant__family_name", "pk")
    )


def get_young_person(*, delegation: Delegation, participant_pk: int) -> YouthProfile | None:
    """One young person of this delegation (never one of another delegation, whatever the id)."""
    return young_people_of_delegation(delegation=delegation).filter(participant_id=participant_pk).first()
