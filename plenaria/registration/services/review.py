"""Reviewers decide, stage by stage: approve (to the next stage, or accredited at the last), reject with a reason,
ask for more information, or put on the waiting list."""

from django.db import transaction

from plenaria.common.audit import log_action

from ..enums import REVIEWABLE_STATUSES, RegistrationStatus, ReviewDecision
from ..errors import RegistrationError
from ..models import Decision, Participant
from ..selectors import next_stage
from ..signals import accreditation_requested
from .seats import fill_free_seats, has_free_seat, lock_delegation
from .status import change_status

NEEDS_REASON = {ReviewDecision.REJECT, ReviewDecision.REQUEST_INFO}


@transaction.atomic
def decide_registration(*, participant: Participant, decision: str, actor, reason: str = "") -> Participant:
    """Record one reviewer's decision at the registration's current stage and apply it."""
    delegation = lock_delegation(participant.delegation_id) if participant.delegation_id else None
    participant = (
        Participant.objects.select_for_update(of=("self",))
        .select_related("stage", "category")
        .get(pk=participant.pk)
    )
    if participant.status not in REVIEWABLE_STATUSES:
        raise RegistrationError("not_reviewable")
    reason = reason.strip()
    if decision in NEEDS_REASON and not reason:
        raise RegistrationError("reason_required")
    Decision.objects.create(
        participant=participant, stage=participant.stage, decision=decision, reason=reason, actor=actor
    )
    APPLY[decision](participant, delegation, actor, reason)
    return participant


def _approve(participant: Participant, delegation, actor, reason: str) -> None:
    if participant.status == RegistrationStatus.WAITLISTED:
        if delegation is not None and not has_free_seat(delegation=delegation):
            raise RegistrationError("quota_exhausted")
        # a reviewer takes them off the list into a free place
        change_status(participant=participant, target=RegistrationStatus.SUBMITTED, actor=actor, notify=False)
    following = next_stage(stage=participant.stage)
    if following is not None:
        log_action(
            participant,
            "registration.participant.stage_passed",
            actor=actor,
            data={"stage": str(participant.stage), "next": str(following)},
        )
        participant.stage = following
        participant.save(update_fields=["stage", "status", "updated_at"])
        return
    # the apps above may refuse (safeguarding: the code of conduct is not accepted): nothing is recorded then
    accreditation_requested.send(sender=Participant, participant=participant)
    change_status(participant=participant, target=RegistrationStatus.APPROVED, actor=actor, reason=reason)


def _reject(participant: Participant, delegation, actor, reason: str) -> None:
    change_status(participant=participant, target=RegistrationStatus.REJECTED, actor=actor, reason=reason)
    if delegation is not None:
        fill_free_seats(delegation=delegation, actor=actor)


def _request_info(participant: Participant, delegation, actor, reason: str) -> None:
    participant.info_request = reason
    change_status(
        participant=participant,
        target=RegistrationStatus.INFO_REQUESTED,
        actor=actor,
        reason=reason,
        extra_fields=("info_request",),
    )


def _waitlist(participant: Participant, delegation, actor, reason: str) -> None:
    change_status(participant=participant, target=RegistrationStatus.WAITLISTED, actor=actor, reason=reason)
    if delegation is not None:
        fill_free_seats(delegation=delegation, actor=actor)


APPLY = {
    ReviewDecision.APPROVE: _approve,
    ReviewDecision.REJECT: _reject,
    ReviewDecision.REQUEST_INFO: _request_info,
    ReviewDecision.WAITLIST: _waitlist,
}
