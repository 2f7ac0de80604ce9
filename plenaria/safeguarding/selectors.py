"""Reads of the safeguarding app. Other apps (badges, check-in, public lists) ask these, never the models:
`clearance_for` (may this person be badged and admitted?), `media_level` (may they be photographed or shown?)
and `name_outside_safeguarding` (the name to show elsewhere)."""

import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.db.models import Exists, OuterRef, Prefetch, Q, QuerySet
from django.urls import reverse
from django.utils import timezone, translation

from plenaria.congresses.models import Congress, Event
from plenaria.congresses.selectors import main_event
from plenaria.registration.enums import RegistrationStatus
from plenaria.registration.models import Participant

from .enums import CLEARANCE_CONSENTS, AgeStatus, ClearanceReason, ConsentKind, MediaLevel
from .models import Chaperone, ConsentText, ProtectedRecordAccess, YouthEventRules, YouthProfile

DEFAULT_AGE_LIMIT = YouthEventRules._meta.get_field("age_limit").default
# A registration in these states no longer takes part: its holder chaperones nobody and fills no youth place.
INACTIVE_STATUSES = frozenset({RegistrationStatus.WITHDRAWN, RegistrationStatus.REJECTED})


@dataclass
class Clearance:
    """Whether a person may be badged and admitted, as far as safeguarding is concerned; if not, why (codes of
    `ClearanceReason`, in a fixed order)."""

    cleared: bool
    reasons: list[str] = field(default_factory=list)


def age_on(date_of_birth: datetime.date, day: datetime.date) -> int:
    """Age in whole years on `day`."""
    return day.year - date_of_birth.year - ((day.month, day.day) < (date_of_birth.month, date_of_birth.day))


def rules_for_event(*, event: Event) -> YouthEventRules:
    """The event's youth rules, or the defaults (unsaved) when the event has none."""
    return YouthEventRules.objects.filter(event=event).first() or YouthEventRules(event=event)


def is_minor_at(*, date_of_birth: datetime.date, event: Event) -> bool:
    """Under the event's age limit on its first day."""
    return age_on(date_of_birth, event.starts_on) < rules_for_event(event=event).age_limit


def youth_profile_of(*, participant: Participant) -> YouthProfile | None:
    """Read afresh (never the cached reverse relation): consent changes must show at once."""
    return (
        YouthProfile.objects.filter(participant=participant).select_related("chaperone__participant").first()
    )


def profile_events(*, profile: YouthProfile) -> list[Event]:
    return list(profile.events.order_by("starts_on", "pk"))


def _age_limits(participant: Participant, profile: YouthProfile | None, event: Event | None) -> list[tuple]:
    """(first day, age limit) of each event that decides whether the person is a minor: the event asked about,
    else the events their profile attends, else the congress's main event, else the congress's first day."""
    events = [event] if event else (list(profile.events.all()) if profile else [])  # a prefetch serves
    if not events:
        events = [e for e in [main_event(congress=participant.congress)] if e is not None]
    if not events:
        return [(participant.congress.starts_on, DEFAULT_AGE_LIMIT)]
    limits = dict(YouthEventRules.objects.filter(event__in=events).values_list("event_id", "age_limit"))
    return [(e.starts_on, limits.get(e.pk, DEFAULT_AGE_LIMIT)) for e in events]


def _age_status(participant: Participant, profile: YouthProfile | None, event: Event | None) -> AgeStatus:
    if profile is not None and profile.is_minor_frozen is not None:
        return AgeStatus.MINOR if profile.is_minor_frozen else AgeStatus.ADULT
    if participant.date_of_birth is None:
        return AgeStatus.UNKNOWN
    limits = _age_limits(participant, profile, event)
    is_minor = any(age_on(participant.date_of_birth, day) < limit for day, limit in limits)
    return AgeStatus.MINOR if is_minor else AgeStatus.ADULT


def age_status(*, participant: Participant, event: Event | None = None) -> AgeStatus:
    """Adult, minor or unknown: frozen at confirmation for a young person, else computed from the date of birth
    at the first day of `event` (default: each event the person attends; a minor at any of them is a minor)."""
    return _age_status(participant, youth_profile_of(participant=participant), event)


def profile_age_status(*, profile: YouthProfile) -> AgeStatus:
    """As `age_status`, for a profile already at hand (over the events it attends)."""
    return _age_status(profile.participant, profile, None)


def current_text(*, kind: str, congress: Congress) -> ConsentText | None:
    """The latest published version of a consent text or code of conduct."""
    published = ConsentText.objects.filter(congress=congress, kind=kind, published_at__lte=timezone.now())
    return published.order_by("-version").first()


def latest_media_consent(*, profile: YouthProfile):
    return profile.consents.filter(kind=ConsentKind.MEDIA).order_by("-given_at", "-pk").first()


def media_level(*, participant: Participant) -> MediaLevel:
    """How far a person may be photographed, filmed or shown. For a minor: the latest media consent, NONE without
    one or once it is withdrawn. Adults have no limit from safeguarding (PUBLIC); an unknown age counts as NONE."""
    profile = youth_profile_of(participant=participant)
    status = _age_status(participant, profile, None)
    if status == AgeStatus.ADULT:
        return MediaLevel.PUBLIC
    consent = latest_media_consent(profile=profile) if profile else None
    if consent is None or consent.withdrawn_at is not None:
        return MediaLevel.NONE
    return MediaLevel(consent.media_level)


def has_active_chaperone(*, profile: YouthProfile) -> bool:
    chaperone = profile.chaperone
    return (
        chaperone is not None
        and chaperone.has_accepted_code
        and chaperone.participant.status not in INACTIVE_STATUSES
    )


def clearance_for(*, participant: Participant, event: Event | None = None) -> Clearance:
    """Adults are cleared. A minor is cleared with the guardian's participation and medical consents, their own
    assent, a media consent record (any level, even withdrawn: it is a decision) and a chaperone."""
    profile = youth_profile_of(participant=participant)
    status = _age_status(participant, profile, event)
    attending = event is None or (profile is not None and profile.events.filter(pk=event.pk).exists())
    given = set(profile.consents.values_list("kind", flat=True)) if profile else set()
    return _clearance(profile, status, attending, given)


def profile_clearance(*, profile: YouthProfile) -> Clearance:
    """As `clearance_for` (over the events the profile attends), for a profile read by `youth_profiles_of`: its
    consents come from the prefetch, so a list of a hundred young people costs no query per row once frozen."""
    given = {consent.kind for consent in profile.consents.all()}
    return _clearance(profile, profile_age_status(profile=profile), True, given)


def profile_media_level(*, profile: YouthProfile) -> MediaLevel:
    """As `media_level`, for a profile read by `youth_profiles_of` (consents prefetched, newest first)."""
    if profile_age_status(profile=profile) == AgeStatus.ADULT:
        return MediaLevel.PUBLIC
    media = [consent for consent in profile.consents.all() if consent.kind == ConsentKind.MEDIA]
    latest = media[0] if media else None  # Consent.Meta.ordering: newest first
    if latest is None or latest.withdrawn_at is not None:
        return MediaLevel.NONE
    return MediaLevel(latest.media_level)


def _clearance(
    profile: YouthProfile | None, status: AgeStatus, attending: bool, given: set[str]
) -> Clearance:
    if status == AgeStatus.ADULT:
        return Clearance(cleared=True)
    if status == AgeStatus.UNKNOWN:
        return Clearance(cleared=False, reasons=[ClearanceReason.DATE_OF_BIRTH_UNKNOWN.value])
    reasons = [] if attending else [ClearanceReason.NOT_ATTENDING_EVENT.value]
    reasons += [str(reason) for kind, reason in CLEARANCE_CONSENTS.items() if kind not in given]
    if profile is None or not has_active_chaperone(profile=profile):
        reasons.append(ClearanceReason.CHAPERONE_MISSING.value)
    return Clearance(cleared=not reasons, reasons=reasons)


def clearance_without_profile(status: AgeStatus) -> Clearance:
    """The clearance of a person who has no youth profile, by their age status: adults only are cleared."""
    return _clearance(None, status, True, set())


def name_outside_safeguarding(*, participant: Participant) -> str:
    """The name other apps show: the pseudonym of a young person whose sponsoring organisation asked for one."""
    profile = YouthProfile.objects.filter(participant=participant, use_pseudonym=True).first()
    return profile.pseudonym if profile else participant.display_name


def minors_of_chaperone(*, chaperone: Chaperone, event: Event | None) -> QuerySet[YouthProfile]:
    """The young people a chaperone looks after (at `event`), not counting withdrawn or rejected ones."""
    minors = chaperone.minors.exclude(participant__status__in=INACTIVE_STATUSES)
    return minors.filter(events=event) if event is not None else minors


def youth_of_delegation(*, delegation_id: int, event: Event) -> QuerySet[YouthProfile]:
    """The young people a delegation brings to `event` (withdrawn and rejected ones free their place)."""
    profiles = YouthProfile.objects.filter(participant__delegation_id=delegation_id, events=event)
    return profiles.exclude(participant__status__in=INACTIVE_STATUSES)


def get_profile_by_guardian_token(*, token: str) -> YouthProfile | None:
    if not token:
        return None
    return YouthProfile.objects.filter(guardian_token=token).select_related("participant__congress").first()


def guardian_consent_url(*, profile: YouthProfile) -> str:
    """The secret link of the guardian's consent page, in the guardian's language."""
    congress_slug = profile.participant.congress.slug
    return (
        f"{settings.SITE_URL}/{profile.guardian_language}/{congress_slug}/guardian/{profile.guardian_token}/"
    )


def protected_record_accesses(*, congress: Congress) -> QuerySet[ProtectedRecordAccess]:
    """The log of readings of young people's protected records, newest first, for the officers to review."""
    return ProtectedRecordAccess.objects.filter(congress=congress).select_related(
        "user", "profile__participant"
    )


def youth_profiles_of(*, congress: Congress) -> QuerySet[YouthProfile]:
    """The congress's young participants with what the officers' list shows (no protected field is read)."""
    return (
        YouthProfile.objects.filter(participant__congress=congress)
        .select_related("participant__delegation__organisation", "chaperone__participant")
        .prefetch_related("events", "consents")
        .order_by("participant__family_name", "participant__given_name", "pk")
    )


# Chaperones ----------------------------------------------------------------------------------------------------

DEFAULT_CHAPERONE_RATIO = YouthEventRules._meta.get_field("minors_per_chaperone").default
# Who the officers may make a chaperone: registered adults whose registration is approved or being reviewed.
CHAPERONE_CANDIDATE_STATUSES = frozenset(
    {RegistrationStatus.APPROVED, RegistrationStatus.SUBMITTED, RegistrationStatus.INFO_REQUESTED}
)
CHAPERONE_LINK_SALT = "plenaria.safeguarding.chaperone-link"


@dataclass(frozen=True)
class ChaperoneLoad:
    """How many young people a chaperone looks after at one event (None: not yet at any event), and the limit."""

    event: Event | None
    count: int
    limit: int

    @property
    def is_full(self) -> bool:
        return self.count >= self.limit

    @property
    def is_over(self) -> bool:
        """More than the limit: the ratio was lowered after the young people were assigned."""
        return self.count > self.limit


@dataclass(frozen=True)
class ChaperoneOverview:
    """A chaperone with the young people they look after (withdrawn and rejected ones left out) and their load."""

    chaperone: Chaperone
    minors: list[YouthProfile]
    loads: list[ChaperoneLoad]
    limits: dict[int, int]

    @property
    def is_active(self) -> bool:
        return self.chaperone.participant.status not in INACTIVE_STATUSES

    @property
    def needs_replacing(self) -> bool:
        """Withdrawn or rejected while young people still count on them."""
        return not self.is_active and bool(self.minors)

    @property
    def can_be_assigned(self) -> bool:
        return self.is_active and self.chaperone.has_accepted_code

    def loads_at(self, events: list[Event]) -> list[ChaperoneLoad]:
        """The load at each of `events`, none left out (0 where they look after nobody yet)."""
        counts = {load.event.pk: load.count for load in self.loads if load.event is not None}
        return [
            ChaperoneLoad(event, counts.get(event.pk, 0), self.limits.get(event.pk, DEFAULT_CHAPERONE_RATIO))
            for event in events
        ]


def _chaperone_loads(minors: list[YouthProfile], limits: dict[int, int]) -> list[ChaperoneLoad]:
    events, counts = {}, {}
    for profile in minors:
        for event in list(profile.events.all()) or [None]:
            key = event.pk if event else None
            events[key] = event
            counts[key] = counts.get(key, 0) + 1
    order = sorted(counts, key=lambda key: (key is None, events[key].starts_on if key else None, key or 0))
    return [
        ChaperoneLoad(events[key], counts[key], limits.get(key, DEFAULT_CHAPERONE_RATIO)) for key in order
    ]


def chaperones_of(*, congress: Congress) -> QuerySet[Chaperone]:
    """The congress's chaperones, with their young people (active ones) and those young people's events."""
    minors = (
        YouthProfile.objects.exclude(participant__status__in=INACTIVE_STATUSES)
        .select_related("participant__delegation__organisation")
        .prefetch_related("events")
        .order_by("participant__given_name", "participant__family_name", "pk")
    )
    return (
        Chaperone.objects.filter(participant__congress=congress)
        .select_related("participant__delegation__organisation", "code_of_conduct")
        .prefetch_related(Prefetch("minors", queryset=minors, to_attr="active_minors"))
        .order_by("participant__family_name", "participant__given_name", "pk")
    )


def chaperone_overview(*, congress: Congress) -> list[ChaperoneOverview]:
    """Every chaperone of the congress with their load at each event, against that event's ratio."""
    limits = dict(
        YouthEventRules.objects.filter(event__congress=congress).values_list(
            "event_id", "minors_per_chaperone"
        )
    )
    return [
        ChaperoneOverview(
            chaperone, chaperone.active_minors, _chaperone_loads(chaperone.active_minors, limits), limits
        )
        for chaperone in chaperones_of(congress=congress)
    ]


def chaperone_candidates(*, congress: Congress, query: str, limit: int = 25) -> list[Participant]:
    """The congress's registered participants (approved or in review) whose name, e-mail address or registration
    number matches `query`, each marked `is_chaperone`. Their age is checked when they are made chaperones."""
    query = query.strip()
    if len(query) < 2:
        return []
    by_name = Q()
    for word in query.split():
        by_name &= Q(given_name__icontains=word) | Q(family_name__icontains=word)
    matches = congress.participants.filter(status__in=CHAPERONE_CANDIDATE_STATUSES).filter(
        by_name | Q(email__icontains=query) | Q(reference__iexact=query)
    )
    return list(
        matches.select_related("delegation__organisation")
        .annotate(is_chaperone=Exists(Chaperone.objects.filter(participant=OuterRef("pk"))))
        .order_by("family_name", "given_name", "pk")[:limit]
    )


def chaperone_token(*, chaperone: Chaperone) -> str:
    """The secret of the chaperone's page link. Signed rather than stored: nothing to add to the models, and
    unlike the registration's completion token it opens no other page."""
    return signing.Signer(salt=CHAPERONE_LINK_SALT).sign(f"{chaperone.pk}.{chaperone.participant_id}")


def get_chaperone_by_token(*, token: str) -> Chaperone | None:
    try:
        value = signing.Signer(salt=CHAPERONE_LINK_SALT).unsign(token or "")
    except signing.BadSignature:
        return None
    chaperone_pk, _, participant_pk = value.partition(".")
    return (
        Chaperone.objects.filter(pk=chaperone_pk, participant_id=participant_pk)
        .select_related("participant__congress", "code_of_conduct")
        .first()
    )


def chaperone_page_url(*, chaperone: Chaperone) -> str:
    """The secret link of the chaperone's page, in the chaperone's language."""
    participant = chaperone.participant
    with translation.override(participant.language):
        path = reverse(
            "youth_consent:chaperone",
            kwargs={
                "congress_slug": participant.congress.slug,
                "token": chaperone_token(chaperone=chaperone),
            },
        )
    return f"{settings.SITE_URL}{path}"


def safeguarding_officer_names(*, congress: Congress) -> list[str]:
    """The names of the congress's safeguarding officers, for the people who must know whom to turn to."""
    officers = (
        get_user_model()
        .objects.filter(
            is_active=True,
            staff_memberships__team__congress=congress,
            staff_memberships__team__is_safeguarding_officer=True,
        )
        .distinct()
        .order_by("full_name", "last_name", "first_name", "pk")
    )
    return [name for name in (user.full_name or user.get_full_name() for user in officers) if name]
