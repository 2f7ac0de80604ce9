"""Delegation places. A delegation row is locked (SELECT … FOR UPDATE on PostgreSQL) whenever a place is taken or
freed, so that nominations and approvals racing each other can never exceed the quota."""

from plenaria.delegations.models import Delegation

from ..enums import RegistrationStatus
from ..models import Participant
from ..selectors import seats_taken, waiting_list
from .status import change_status


def lock_delegation(delegation_id: int) -> Delegation:
    return (
        Delegation.objects.select_for_update(of=("self",))
        .select_related("organisation")
        .get(pk=delegation_id)
    )


def has_free_seat(*, delegation: Delegation) -> bool:
    """Call with the delegation locked."""
    return seats_taken(delegation=delegation) < delegation.quota


def fill_free_seats(*, delegation: Delegation, actor) -> list[Participant]:
    """Move people up from the waiting list while places are free (the delegation must be locked)."""
    promoted = []
    while has_free_seat(delegation=delegation):
        candidate = waiting_list(delegation=delegation).select_for_update().first()
        if candidate is None:
            break
        target = RegistrationStatus.SUBMITTED if candidate.submitted_at else RegistrationStatus.NOMINATED
        promoted.append(change_status(participant=candidate, target=target, actor=actor))
    return promoted
