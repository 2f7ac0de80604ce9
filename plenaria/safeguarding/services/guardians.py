"""The guardian's secret consent link, sent by e-mail in the guardian's language."""

import secrets
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from plenaria.common.audit import log_action
from plenaria.common.mail import queue_templated_email

from ..enums import ConsentKind, ConsentMethod, ConsentSigner
from ..errors import SafeguardingError
from ..models import Consent, YouthProfile
from ..selectors import current_text, guardian_consent_url, latest_media_consent, profile_events
from .consents import record_consent
from .profiles import record_emergency_details
from .register import CollectorDetails, add_authorised_collector


@transaction.atomic
def invite_guardian(*, profile: YouthProfile, actor=None) -> YouthProfile:
    """E-mail the guardian a new secret link to give their consents; an earlier link stops working. The audit
    entry names the language, never the address."""
    profile = (
        YouthProfile.objects.select_for_update().select_related("participant__congress").get(pk=profile.pk)
    )
    if not profile.guardian_email:
        raise SafeguardingError("guardian_email_missing")
    profile.guardian_token = secrets.token_urlsafe(32)
    profile.guardian_invited_at = timezone.now()
    profile.save(update_fields=["guardian_token", "guardian_invited_at", "updated_at"])
    participant = profile.participant
    queue_templated_email(
        to=profile.guardian_email,
        template="safeguarding/email/guardian_invitation",
        context={
            "profile": profile,
            "participant": participant,
            "congress": participant.congress,
            "events": profile_events(profile=profile),
            "consent_url": guardian_consent_url(profile=profile),
        },
        language=profile.guardian_language,
        purpose="safeguarding_guardian_invitation",
        congress_id=participant.congress_id,
    )
    log_action(
        profile,
        "safeguarding.guardian.invited",
        actor=actor,
        congress_id=participant.congress_id,
        data={"language": profile.guardian_language},
    )
    return profile


@dataclass(frozen=True)
class GuardianAnswers:
    """What the guardian gives on their consent page, in one go."""

    signer_name: str
    language: str
    participation: bool
    medical: bool
    emergency_contacts: str
    medical_notes: str
    media_level: str
    # Adults, besides the chaperone, who may collect the child (added to those already named).
    collectors: tuple[CollectorDetails, ...] = ()


@transaction.atomic
def give_guardian_consents(*, profile: YouthProfile, answers: GuardianAnswers) -> list[Consent]:
    """Record the guardian's consents from their secret link: each against the text version in force, in the
    language it was read in. A consent already given is not asked again; a new media choice replaces the last one.
    The adults named to collect the child are added as authorised collectors.
    All or nothing: a refusal of one (a text withdrawn meanwhile) records none."""
    profile = (
        YouthProfile.objects.select_for_update().select_related("participant__congress").get(pk=profile.pk)
    )
    congress = profile.participant.congress
    given = set(profile.consents.values_list("kind", flat=True))
    wanted = []
    if answers.participation and ConsentKind.GUARDIAN_PARTICIPATION not in given:
        wanted.append((ConsentKind.GUARDIAN_PARTICIPATION, ""))
    if answers.medical and ConsentKind.GUARDIAN_MEDICAL not in given:
        wanted.append((ConsentKind.GUARDIAN_MEDICAL, ""))
    latest = latest_media_consent(profile=profile)
    if answers.media_level and (
        latest is None or latest.withdrawn_at is not None or latest.media_level != answers.media_level
    ):
        wanted.append((ConsentKind.MEDIA, answers.media_level))
    recorded = []
    for kind, level in wanted:
        text = current_text(kind=kind, congress=congress)
        if text is None:
            raise SafeguardingError("wrong_text")
        recorded.append(
            record_consent(
                profile=profile,
                kind=kind,
                text=text,
                language=answers.language,
                given_by=ConsentSigner.GUARDIAN,
                signer_name=answers.signer_name,
                method=ConsentMethod.ONLINE,
                media_level=level,
            )
        )
    if answers.medical:
        record_emergency_details(
            profile=profile,
            emergency_contacts=answers.emergency_contacts,
            medical_notes=answers.medical_notes,
        )
    for details in answers.collectors:
        add_authorised_collector(profile=profile, details=details, method=ConsentMethod.ONLINE)
    return recorded
