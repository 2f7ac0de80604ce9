"""Codes of conduct: a participant accepts the participant code (online, or on a paper form that staff record), a
staff member accepts the staff code; the officers record and remove the "safeguarding-trained" mark.

Each acceptance keeps the exact version and the language it was read in. Accepting the same version twice changes
nothing (and logs nothing). A young person's acceptance is the PARTICIPANT_CODE consent on their profile.
"""

import datetime

from django.db import transaction
from django.utils import timezone

from plenaria.accounts.models import User
from plenaria.common.audit import log_action
from plenaria.common.i18n_content import localize
from plenaria.congresses.models import Congress
from plenaria.registration.models import Participant

from ..enums import ConsentKind, ConsentMethod, ConsentSigner
from ..errors import SafeguardingError
from ..models import (
    Consent,
    ConsentText,
    ParticipantCodeAcceptance,
    SafeguardingTraining,
    StaffCodeAcceptance,
    YouthProfile,
)
from ..selectors_conduct import is_staff_of
from .consents import record_consent
from .texts import check_published_text


def _is_signed_in(actor) -> bool:
    return getattr(actor, "is_authenticated", False)


def _shown_language(text: ConsentText, language: str) -> str:
    """The language the text was read in: `language`, or the text's fallback when it has no translation."""
    shown = localize(text.body, language)
    if not shown.text:
        raise SafeguardingError("wrong_text")
    return shown.language


def _check_method(participant: Participant, method: str, actor) -> None:
    """Online: the participant themself (or through a secret link, no actor). Paper: recorded by staff."""
    if method == ConsentMethod.PAPER:
        if not _is_signed_in(actor):
            raise SafeguardingError("recorder_required")
    elif method == ConsentMethod.ONLINE:
        if _is_signed_in(actor) and actor.pk != participant.user_id:
            raise SafeguardingError("not_the_participant")
    else:
        raise SafeguardingError("wrong_method")


@transaction.atomic
def accept_participant_code(
    *,
    participant: Participant,
    text: ConsentText,
    language: str,
    actor,
    method: str = ConsentMethod.ONLINE,
    accepted_at: datetime.datetime | None = None,
) -> ParticipantCodeAcceptance | Consent:
    """Record that the participant accepted this version of the participant code, before accreditation.

    `actor`: the participant (online), or the staff member recording their signed paper form."""
    participant = Participant.objects.select_for_update().get(pk=participant.pk)
    check_published_text(text=text, kind=ConsentKind.PARTICIPANT_CODE, congress_id=participant.congress_id)
    _check_method(participant, method, actor)
    profile = YouthProfile.objects.filter(participant=participant).first()
    if profile is not None:
        return _record_young_persons_code(participant, profile, text, language, method, accepted_at, actor)
    acceptance, created = ParticipantCodeAcceptance.objects.get_or_create(
        participant=participant,
        text=text,
        defaults={
            "language": _shown_language(text, language),
            "accepted_at": accepted_at or timezone.now(),
            "method": method,
            "recorded_by": actor if method == ConsentMethod.PAPER else None,
        },
    )
    if created:
        log_action(
            acceptance,
            "safeguarding.participant_code.accepted",
            actor=actor,
            congress_id=participant.congress_id,
            data={"version": text.version, "language": acceptance.language, "method": method},
        )
    return acceptance


def _record_young_persons_code(participant, profile, text, language, method, accepted_at, actor) -> Consent:
    """A young person's acceptance is a consent on their profile (audited by `record_consent`)."""
    existing = profile.consents.filter(kind=ConsentKind.PARTICIPANT_CODE, text=text).first()
    if existing is not None:
        return existing
    return record_consent(
        profile=profile,
        kind=ConsentKind.PARTICIPANT_CODE,
        text=text,
        language=language,
        given_by=ConsentSigner.YOUNG_PERSON if method == ConsentMethod.ONLINE else ConsentSigner.STAFF,
        signer_name=f"{participant.given_name} {participant.family_name}".strip(),
        method=method,
        given_at=accepted_at,
        actor=actor if method == ConsentMethod.PAPER else None,
    )


@transaction.atomic
def accept_staff_code(
    *, user: User, congress: Congress, text: ConsentText, language: str
) -> StaffCodeAcceptance:
    """A member of staff accepts this version of the staff and volunteer code of conduct, themself."""
    check_published_text(text=text, kind=ConsentKind.STAFF_CODE, congress_id=congress.pk)
    if not is_staff_of(user=user, congress=congress):
        raise SafeguardingError("not_congress_staff")
    acceptance, created = StaffCodeAcceptance.objects.get_or_create(
        user=user,
        text=text,
        defaults={
            "congress": congress,
            "language": _shown_language(text, language),
            "accepted_at": timezone.now(),
        },
    )
    if created:
        log_action(
            acceptance,
            "safeguarding.staff_code.accepted",
            actor=user,
            congress_id=congress.pk,
            data={"version": text.version, "language": acceptance.language},
        )
    return acceptance


@transaction.atomic
def record_safeguarding_training(
    *, user: User, congress: Congress, trained_on: datetime.date, note: str = "", actor
) -> SafeguardingTraining:
    """An officer marks a member of staff "safeguarding-trained" (trained on `trained_on`). One mark at a time:
    to correct it, remove it first."""
    User.objects.select_for_update().get(pk=user.pk)  # two officers marking the same person: one wins
    if trained_on > timezone.localdate():
        raise SafeguardingError("training_in_future")
    if not is_staff_of(user=user, congress=congress):
        raise SafeguardingError("not_congress_staff")
    if SafeguardingTraining.objects.filter(user=user, congress=congress, removed_at__isnull=True).exists():
        raise SafeguardingError("already_trained")
    training = SafeguardingTraining.objects.create(
        congress=congress, user=user, trained_on=trained_on, note=note.strip(), recorded_by=actor
    )
    log_action(
        training,
        "safeguarding.training.recorded",
        actor=actor,
        congress_id=congress.pk,
        data={"user_id": user.pk, "trained_on": trained_on.isoformat()},
    )
    return training


@transaction.atomic
def remove_safeguarding_training(*, training: SafeguardingTraining, actor) -> SafeguardingTraining:
    """An officer removes the mark (the record stays, marked removed). Removing it twice changes nothing."""
    training = SafeguardingTraining.objects.select_for_update().get(pk=training.pk)
    if training.removed_at is not None:
        return training
    training.removed_at = timezone.now()
    training.removed_by = actor
    training.save(update_fields=["removed_at", "removed_by", "updated_at"])
    log_action(
        training,
        "safeguarding.training.removed",
        actor=actor,
        congress_id=training.congress_id,
        data={"user_id": training.user_id, "trained_on": training.trained_on.isoformat()},
    )
    return training
