"""Every change of a registration's status goes through `change_status`: it checks the state machine, records the
change in the audit log and tells the participant by e-mail in their language."""

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from plenaria.common.audit import log_action
from plenaria.common.mail import queue_templated_email

from ..enums import TRANSITIONS, RegistrationStatus
from ..errors import RegistrationError
from ..models import Participant
from ..signals import participant_accredited, participant_left
from .letters import revoke_letters


def change_status(
    *, participant: Participant, target: str, actor, reason: str = "", notify: bool = True, extra_fields=()
) -> Participant:
    """Move `participant` (already locked by the caller) to `target`, audited and announced."""
    current = participant.status
    if target not in TRANSITIONS[current]:
        raise RegistrationError(
            "invalid_transition",
            current=RegistrationStatus(current).label,
            target=RegistrationStatus(target).label,
        )
    participant.status = target
    fields = {"status", "updated_at", *extra_fields}
    if target in (RegistrationStatus.APPROVED, RegistrationStatus.REJECTED):
        participant.decided_at = timezone.now()
        fields.add("decided_at")
    if target == RegistrationStatus.WAITLISTED:
        participant.waitlisted_at = timezone.now()
        fields.add("waitlisted_at")
    participant.save(update_fields=sorted(fields))
    if target in (RegistrationStatus.WITHDRAWN, RegistrationStatus.REJECTED):
        revoke_letters(participant=participant, actor=actor)  # an embassy must not see a closed one as valid
        participant_left.send(sender=Participant, participant=participant, actor=actor)
    log_action(
        participant,
        f"registration.participant.{target}",
        actor=actor,
        data={"from": current, "to": target, "reason": reason, "stage": str(participant.stage or "")},
    )
    if notify:
        notify_participant(participant, reason=reason)
    if target == RegistrationStatus.APPROVED:
        transaction.on_commit(
            lambda: participant_accredited.send(sender=Participant, participant=participant)
        )
    return participant


def registration_page_url(participant: Participant) -> str:
    """Where the participant follows their registration: their page when they have an account, otherwise the secret
    link of their nomination e-mail."""
    base = f"{settings.SITE_URL}/{participant.language}/registration"
    if participant.user_id is None and participant.completion_token:
        return f"{base}/complete/{participant.completion_token}/"
    if participant.user_id is not None:
        return f"{base}/{participant.reference}/"
    return ""


def notify_participant(participant: Participant, *, reason: str) -> None:
    queue_templated_email(
        to=participant.email,
        template="registration/email/status_changed",
        context={
            "participant": participant,
            "congress": participant.congress,
            "reason": reason,
            "page_url": registration_page_url(participant),
        },
        language=participant.language,
        purpose=f"registration_{participant.status}",
        congress_id=participant.congress_id,
    )
