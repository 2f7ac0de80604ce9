"""What the safeguarding officers do with a concern. Each step adds an entry to the incident log (append-only) and
to the audit log; the audit log records that something happened, never what the concern or a note says.

Services do not check who the actor is: the views let only the congress's officers through (rules.py)."""

from django.db import transaction
from django.utils import timezone

from plenaria.common.audit import log_action

from ..enums import ConcernActionKind, ConcernStatus
from ..errors import ConcernError
from ..models import Concern, ConcernAction, ConcernReading
from ..selectors import safeguarding_officers


def read_concern(*, concern: Concern, user) -> ConcernReading:
    """Record that `user` opened the concern: each reading is logged before its content is shown."""
    reading = ConcernReading.objects.create(concern=concern, user=user)
    log_action(concern, "concerns.concern.read", actor=user)
    return reading


def _locked(concern: Concern) -> Concern:
    """The concern, locked until the end of the transaction: two officers acting at once stay in order."""
    return Concern.objects.select_for_update().get(pk=concern.pk)


def _set_status(concern: Concern, *, status: str, kind: str, actor, audit_action: str, **entry) -> Concern:
    before = concern.status
    concern.status = status
    concern.closed_at = timezone.now() if status == ConcernStatus.CLOSED else None
    concern.save(update_fields=["status", "closed_at", "updated_at"])
    ConcernAction.objects.create(
        concern=concern, kind=kind, actor=actor, status_before=before, status_after=status, **entry
    )
    log_action(concern, audit_action, actor=actor, data={"status": [before, status]})
    return concern


@transaction.atomic
def add_concern_note(*, concern: Concern, actor, note: str) -> ConcernAction:
    """A note in the incident log: a conversation, a step taken, a decision."""
    if not note.strip():
        raise ConcernError("note_required")
    concern = _locked(concern)
    action = ConcernAction.objects.create(
        concern=concern, kind=ConcernActionKind.NOTE, actor=actor, note=note.strip()
    )
    Concern.objects.filter(pk=concern.pk).update(updated_at=timezone.now())
    log_action(concern, "concerns.concern.noted", actor=actor)
    return action


@transaction.atomic
def start_handling_concern(*, concern: Concern, actor, note: str = "") -> Concern:
    """Mark the concern as being handled: a new one taken up, an escalated one taken back, a closed one reopened."""
    concern = _locked(concern)
    if concern.status == ConcernStatus.IN_PROGRESS:
        raise ConcernError("already_in_status")
    return _set_status(
        concern,
        status=ConcernStatus.IN_PROGRESS,
        kind=ConcernActionKind.STATUS_CHANGED,
        actor=actor,
        audit_action="concerns.concern.status_changed",
        note=note.strip() or None,
    )


@transaction.atomic
def escalate_concern(
    *, concern: Concern, actor, authority_name: str, authority_reference: str = "", note: str = ""
) -> Concern:
    """Record that the concern was passed to a local authority (police, child guidance centre), with the
    authority's name and its reference. A concern can be escalated to more than one authority."""
    if not authority_name.strip():
        raise ConcernError("authority_required")
    concern = _locked(concern)
    if concern.status == ConcernStatus.CLOSED:
        raise ConcernError("closed")
    return _set_status(
        concern,
        status=ConcernStatus.ESCALATED,
        kind=ConcernActionKind.ESCALATED,
        actor=actor,
        audit_action="concerns.concern.escalated",
        authority_name=authority_name.strip(),
        authority_reference=authority_reference.strip() or None,
        note=note.strip() or None,
    )


@transaction.atomic
def close_concern(*, concern: Concern, actor, outcome: str) -> Concern:
    """Close the concern with its outcome. It can be reopened (`start_handling_concern`)."""
    if not outcome.strip():
        raise ConcernError("outcome_required")
    concern = _locked(concern)
    if concern.status == ConcernStatus.CLOSED:
        raise ConcernError("already_in_status")
    return _set_status(
        concern,
        status=ConcernStatus.CLOSED,
        kind=ConcernActionKind.CLOSED,
        actor=actor,
        audit_action="concerns.concern.closed",
        note=outcome.strip(),
    )


@transaction.atomic
def assign_concern(*, concern: Concern, actor, assignee) -> Concern:
    """Give the concern to one officer to follow (or to nobody, with `assignee=None`)."""
    if (
        assignee is not None
        and not safeguarding_officers(congress=concern.congress).filter(pk=assignee.pk).exists()
    ):
        raise ConcernError("not_an_officer")
    concern = _locked(concern)
    if concern.assigned_to_id == (assignee.pk if assignee else None):
        return concern
    concern.assigned_to = assignee
    concern.save(update_fields=["assigned_to", "updated_at"])
    ConcernAction.objects.create(
        concern=concern, kind=ConcernActionKind.ASSIGNED, actor=actor, assignee=assignee
    )
    log_action(
        concern,
        "concerns.concern.assigned",
        actor=actor,
        data={"assigned_to": assignee.pk if assignee else None},
    )
    return concern
