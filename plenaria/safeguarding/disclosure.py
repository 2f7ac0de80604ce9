"""The safeguarding policy for registration's lists (`registration.disclosure`), registered at start-up.

- The List of Participants, its exports and the API never name a young person: they show "Young participant (name
  withheld)", without own-script name or title. Someone in the youth flow whose age is not settled yet counts as
  young; so does anyone without a youth profile whose date of birth puts them under 18 on the congress's first day.
- A person whose sponsoring organisation asked for a pseudonym appears under it everywhere outside safeguarding,
  staff lists included.
- Each answer carries the person's media level (`selectors.media_level`), read in the same batch, so that a
  withdrawal shows at once.
"""

from django.utils.translation import gettext as _

from plenaria.congresses.models import Congress
from plenaria.registration.disclosure import Audience, Disclosure, shown_as_registered
from plenaria.registration.models import Participant

from .enums import ConsentKind, MediaLevel
from .models import Consent, YouthProfile
from .selectors import DEFAULT_AGE_LIMIT, age_on
from .selectors_clearance import PROFILE_FIELDS, read_profile


class SafeguardingDisclosure:
    def disclose(self, participants: list, *, audience: Audience) -> dict[int, Disclosure]:
        profiles = _profiles(participants)
        media = _latest_media_levels([profile.pk for profile in profiles.values()])
        first_days = _first_days(participants)
        answers = {}
        for participant in participants:
            profile = profiles.get(participant.pk)
            is_young = _is_young(participant, profile, first_days[participant.congress_id])
            level = _media_level(is_young, media.get(profile.pk) if profile else None)
            answers[participant.pk] = _disclosure(participant, profile, is_young, level, audience)
        return answers


def _profiles(participants: list) -> dict[int, YouthProfile]:
    """The youth profiles of `participants`, by participant id: read for those not read with theirs
    (`selectors_clearance.profile_columns`)."""
    profiles, unknown = {}, []
    for participant in participants:
        known, profile = read_profile(participant)
        if not known:
            unknown.append(participant.pk)
        elif profile is not None:
            profiles[participant.pk] = profile
    if unknown:
        read = YouthProfile.objects.filter(participant__in=unknown).only(
            "pk", "participant_id", *PROFILE_FIELDS
        )
        profiles.update((profile.participant_id, profile) for profile in read)
    return profiles


def _first_days(participants: list) -> dict:
    """Each congress's first day, by id: from the congresses already read with the participants, else one query."""
    first_days = {
        p.congress_id: p.congress.starts_on for p in participants if Participant.congress.is_cached(p)
    }
    missing = {p.congress_id for p in participants} - first_days.keys()
    if missing:
        first_days.update(Congress.objects.filter(pk__in=missing).values_list("pk", "starts_on"))
    return first_days


def _is_young(participant, profile: YouthProfile | None, congress_first_day) -> bool:
    if profile is not None:
        return profile.is_minor_frozen is not False
    if participant.date_of_birth is None:
        return False
    return age_on(participant.date_of_birth, congress_first_day) < DEFAULT_AGE_LIMIT


def _latest_media_levels(profile_ids: list[int]) -> dict[int, str]:
    """Each profile's latest media decision: its level, or NONE once withdrawn."""
    levels: dict[int, str] = {}
    if not profile_ids:
        return levels
    consents = Consent.objects.filter(profile_id__in=profile_ids, kind=ConsentKind.MEDIA).order_by(
        "profile_id", "-given_at", "-pk"
    )
    for profile_id, level, withdrawn_at in consents.values_list("profile_id", "media_level", "withdrawn_at"):
        levels.setdefault(profile_id, MediaLevel.NONE if withdrawn_at else level)
    return levels


def _media_level(is_young: bool, latest: str | None) -> str:
    if not is_young:
        return MediaLevel.PUBLIC
    return latest or MediaLevel.NONE


def _disclosure(participant, profile, is_young: bool, level: str, audience: Audience) -> Disclosure:
    if profile is not None and profile.use_pseudonym:
        return Disclosure(
            name=profile.pseudonym, name_in_own_script="", title="", is_withheld=True, media_level=level
        )
    if is_young and audience == Audience.PUBLIC:
        return Disclosure(
            name=_("Young participant (name withheld)"),
            name_in_own_script="",
            title="",
            is_withheld=True,
            media_level=level,
        )
    registered = shown_as_registered(participant)
    return Disclosure(
        name=registered.name,
        name_in_own_script=registered.name_in_own_script,
        title=registered.title,
        media_level=level,
    )
