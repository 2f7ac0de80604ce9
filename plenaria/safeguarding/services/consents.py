"""Consents given for a young person, and the withdrawal of media consent."""

import datetime

from django.db import transaction
from django.utils import timezone

from plenaria.common.audit import log_action
from plenaria.common.i18n_content import localize
from plenaria.congresses.public_cache import bump_public_cache

from ..enums import (
    MEDIA_WITHDRAWERS,
    PROFILE_CONSENT_KINDS,
    SIGNERS_FOR_KIND,
    ConsentKind,
    ConsentMethod,
    ConsentSigner,
    MediaLevel,
)
from ..errors import SafeguardingError
from ..models import Consent, ConsentText, YouthProfile
from ..selectors import latest_media_consent
from .texts import check_published_text


def _check_consent(
    *, kind: str, given_by: str, method: str, signer_name: str, media_level: str, actor
) -> None:
    if kind not in PROFILE_CONSENT_KINDS:
        raise SafeguardingError("wrong_kind")
    if given_by not in SIGNERS_FOR_KIND[kind]:
        raise SafeguardingError("wrong_signer")
    if given_by == ConsentSigner.STAFF and method != ConsentMethod.PAPER:
        raise SafeguardingError("wrong_method")
    if method == ConsentMethod.PAPER and not getattr(actor, "is_authenticated", False):
        raise SafeguardingError("recorder_required")
    if not signer_name.strip():
        raise SafeguardingError("signer_required")
    if kind == ConsentKind.MEDIA and media_level not in MediaLevel.values:
        raise SafeguardingError("media_level_required")


@transaction.atomic
def record_consent(
    *,
    profile: YouthProfile,
    kind: str,
    text: ConsentText,
    language: str,
    given_by: str,
    signer_name: str,
    method: str,
    media_level: str = "",
    given_at: datetime.datetime | None = None,
    actor=None,
) -> Consent:
    """Record a consent with the exact text version shown and the language it was read in (the text's fallback
    language when it has no translation in the one asked for). `actor` is the staff member recording a paper
    form, or None for a guardian or young person using their secret link. A new media consent replaces the last
    one everywhere at once."""
    profile = YouthProfile.objects.select_for_update().select_related("participant").get(pk=profile.pk)
    congress_id = profile.participant.congress_id
    _check_consent(
        kind=kind,
        given_by=given_by,
        method=method,
        signer_name=signer_name,
        media_level=media_level,
        actor=actor,
    )
    check_published_text(text=text, kind=kind, congress_id=congress_id)
    shown = localize(text.body, language)
    if not shown.text:
        raise SafeguardingError("wrong_text")
    consent = Consent.objects.create(
        profile=profile,
        kind=kind,
        text=text,
        language=shown.language,
        given_by=given_by,
        signer_name=signer_name.strip(),
        given_at=given_at or timezone.now(),
        method=method,
        media_level=media_level if kind == ConsentKind.MEDIA else "",
        recorded_by=actor if getattr(actor, "is_authenticated", False) else None,
    )
    log_action(
        consent,
        "safeguarding.consent.recorded",
        actor=actor,
        congress_id=congress_id,
        data={
            "kind": kind,
            "version": text.version,
            "language": consent.language,
            "given_by": given_by,
            "method": method,
            "media_level": consent.media_level,
        },
    )
    if kind == ConsentKind.MEDIA:
        bump_public_cache(congress_id)  # cached public pages must follow the new level at once
    return consent


@transaction.atomic
def withdraw_media_consent(*, profile: YouthProfile, by: str, actor=None) -> Consent:
    """Withdraw the media consent in force, at the guardian's or the young person's request, at any time. It
    takes effect at once: `media_level` answers NONE, and cached public pages are dropped. Withdrawing twice
    changes nothing."""
    profile = YouthProfile.objects.select_for_update().select_related("participant").get(pk=profile.pk)
    if by not in MEDIA_WITHDRAWERS:
        raise SafeguardingError("wrong_signer")
    consent = latest_media_consent(profile=profile)
    if consent is None:
        raise SafeguardingError("no_media_consent")
    if consent.withdrawn_at is not None:
        return consent
    consent.withdrawn_at = timezone.now()
    consent.withdrawn_by = by
    consent.save(update_fields=["withdrawn_at", "withdrawn_by"])
    congress_id = profile.participant.congress_id
    log_action(
        consent,
        "safeguarding.consent.withdrawn",
        actor=actor,
        congress_id=congress_id,
        data={"kind": ConsentKind.MEDIA, "by": by, "media_level": consent.media_level},
    )
    bump_public_cache(congress_id)
    return consent
