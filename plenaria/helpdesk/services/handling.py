"""What the organisers do with an inquiry: answer it, note, assign, transfer, merge, close, reopen, or hand it to
the safeguarding officers; and what the requester adds to it (a reply on the follow-up page or by e-mail).

Every action locks the inquiry's row first, so two handlers acting at once cannot lose each other's change, and
writes one audit entry (who, when, what; never the text of a message: the audit log is read more widely).
"""

from django.db import transaction
from django.utils import timezone

from plenaria.common.audit import log_action
from plenaria.concerns.enums import ChildInDanger, ReporterRole
from plenaria.concerns.models import Concern
from plenaria.concerns.services.reporting import ConcernReport, report_concern
from plenaria.congresses.models import StaffTeam

from ..enums import InquiryStatus, MessageDirection, RequesterType
from ..errors import HelpdeskError
from ..models import Inquiry, InquiryMessage
from .inquiries import MAX_MESSAGE_LENGTH
from .notifications import send_moved_to_concern, send_reply, send_transferred


def _locked(inquiry: Inquiry) -> Inquiry:
    return (
        Inquiry.objects.select_for_update(of=("self",)).select_related("team", "congress").get(pk=inquiry.pk)
    )


def _check_body(body: str) -> str:
    body = (body or "").strip()
    if not body:
        raise HelpdeskError("message_required")
    if len(body) > MAX_MESSAGE_LENGTH:
        raise HelpdeskError("too_long")
    return body


def _refuse_if_closed(inquiry: Inquiry) -> None:
    if inquiry.status == InquiryStatus.CLOSED:
        raise HelpdeskError("inquiry_closed")


def _save(inquiry: Inquiry, *fields: str) -> None:
    inquiry.save(update_fields=[*fields, "updated_at"])


@transaction.atomic
def reply_to_inquiry(*, inquiry: Inquiry, actor, body: str) -> InquiryMessage:
    """Answer the requester: the reply is on their follow-up page and sent to them by e-mail, in their language.
    The inquiry then waits for the requester; the first reply stops the queue's SLA timer."""
    inquiry = _locked(inquiry)
    _refuse_if_closed(inquiry)
    message = InquiryMessage.objects.create(
        inquiry=inquiry, direction=MessageDirection.REPLY, author=actor, body=_check_body(body)
    )
    inquiry.status = InquiryStatus.WAITING
    fields = ["status"]
    if inquiry.first_response_at is None:
        inquiry.first_response_at = message.created_at
        fields.append("first_response_at")
    if inquiry.assignee_id is None:
        inquiry.assignee = actor
        fields.append("assignee")
    _save(inquiry, *fields)
    log_action(inquiry, "helpdesk.inquiry.replied", actor=actor, congress_id=inquiry.congress_id)
    send_reply(inquiry=inquiry, message=message)
    return message


@transaction.atomic
def add_note(*, inquiry: Inquiry, actor, body: str) -> InquiryMessage:
    """An internal note: seen by the team that holds the inquiry (and any team it is transferred to), never sent.

    Not on an inquiry handed to the safeguarding officers: its conversation is no longer the desk's."""
    inquiry = _locked(inquiry)
    if inquiry.moved_to_concern_id is not None:
        raise HelpdeskError("inquiry_moved_to_concern")
    message = InquiryMessage.objects.create(
        inquiry=inquiry, direction=MessageDirection.NOTE, author=actor, body=_check_body(body)
    )
    log_action(inquiry, "helpdesk.inquiry.noted", actor=actor, congress_id=inquiry.congress_id)
    return message


@transaction.atomic
def assign_inquiry(*, inquiry: Inquiry, actor, assignee) -> Inquiry:
    """Give the inquiry to one member of its team (or to nobody, `assignee=None`)."""
    inquiry = _locked(inquiry)
    _refuse_if_closed(inquiry)
    if assignee is not None and not assignee.staff_memberships.filter(team_id=inquiry.team_id).exists():
        raise HelpdeskError("assignee_not_in_team")
    before = inquiry.assignee_id
    inquiry.assignee = assignee
    fields = ["assignee"]
    if assignee is not None and inquiry.status == InquiryStatus.NEW:
        inquiry.status = InquiryStatus.OPEN
        fields.append("status")
    _save(inquiry, *fields)
    log_action(
        inquiry,
        "helpdesk.inquiry.assigned",
        actor=actor,
        congress_id=inquiry.congress_id,
        data={"assignee": [before, assignee.pk if assignee else None]},
    )
    return inquiry


@transaction.atomic
def transfer_inquiry(*, inquiry: Inquiry, actor, team: StaffTeam, note: str) -> Inquiry:
    """Hand the inquiry to another team's queue, with a note for that team; the requester is told who answers now.

    The inquiry keeps its history; it is no longer assigned (the new team chooses who answers) and, unless it was
    closed, it is new again in the new queue. The SLA keeps counting from the question: the requester has waited."""
    inquiry = _locked(inquiry)
    _refuse_if_closed(inquiry)
    if team.congress_id != inquiry.congress_id:
        raise HelpdeskError("team_of_another_congress")
    if team.pk == inquiry.team_id:
        raise HelpdeskError("same_team")
    note = _check_body(note)
    before = inquiry.team
    InquiryMessage.objects.create(inquiry=inquiry, direction=MessageDirection.NOTE, author=actor, body=note)
    inquiry.team = team
    inquiry.assignee = None
    inquiry.status = InquiryStatus.NEW
    _save(inquiry, "team", "assignee", "status")
    log_action(
        inquiry,
        "helpdesk.inquiry.transferred",
        actor=actor,
        congress_id=inquiry.congress_id,
        data={"team": [before.slug if before else None, team.slug]},
    )
    send_transferred(inquiry=inquiry)
    return inquiry


@transaction.atomic
def merge_inquiries(*, duplicate: Inquiry, into: Inquiry, actor) -> Inquiry:
    """Merge a duplicate into the inquiry that stays: the duplicate's messages move over (in date order with the
    others) and the duplicate is closed, pointing to the one that stays. Both must be in the same queue."""
    if duplicate.pk == into.pk:
        raise HelpdeskError("merge_into_itself")
    # Lock in a fixed order (by id): two handlers merging the same pair both ways cannot deadlock.
    locked = {
        row.pk: row
        for row in Inquiry.objects.select_for_update().filter(pk__in=[duplicate.pk, into.pk]).order_by("pk")
    }
    duplicate, into = locked[duplicate.pk], locked[into.pk]
    if duplicate.congress_id != into.congress_id or duplicate.team_id != into.team_id:
        raise HelpdeskError("merge_other_queue")
    if into.merged_into_id is not None:
        raise HelpdeskError("merge_into_merged")
    # It would be reopened below, and the duplicate's messages would go where the desk no longer reads.
    if into.moved_to_concern_id is not None:
        raise HelpdeskError("inquiry_moved_to_concern")
    _refuse_if_closed(duplicate)
    moved = duplicate.messages.update(inquiry=into)
    InquiryMessage.objects.create(
        inquiry=into,
        direction=MessageDirection.NOTE,
        author=actor,
        body=f"{duplicate.reference} → {into.reference}",
    )
    duplicate.merged_into = into
    duplicate.status = InquiryStatus.CLOSED
    duplicate.closed_at = timezone.now()
    _save(duplicate, "merged_into", "status", "closed_at")
    if into.status == InquiryStatus.CLOSED:
        _reopen(into)
    log_action(
        duplicate,
        "helpdesk.inquiry.merged",
        actor=actor,
        congress_id=duplicate.congress_id,
        data={"into": into.reference, "messages": moved},
    )
    return into


@transaction.atomic
def close_inquiry(*, inquiry: Inquiry, actor) -> Inquiry:
    inquiry = _locked(inquiry)
    _refuse_if_closed(inquiry)
    inquiry.status = InquiryStatus.CLOSED
    inquiry.closed_at = timezone.now()
    _save(inquiry, "status", "closed_at")
    log_action(inquiry, "helpdesk.inquiry.closed", actor=actor, congress_id=inquiry.congress_id)
    return inquiry


@transaction.atomic
def reopen_inquiry(*, inquiry: Inquiry, actor) -> Inquiry:
    inquiry = _locked(inquiry)
    if inquiry.status != InquiryStatus.CLOSED:
        raise HelpdeskError("inquiry_not_closed")
    if inquiry.merged_into_id is not None:
        raise HelpdeskError("inquiry_merged")
    if inquiry.moved_to_concern_id is not None:
        raise HelpdeskError("inquiry_moved_to_concern")
    _reopen(inquiry)
    log_action(inquiry, "helpdesk.inquiry.reopened", actor=actor, congress_id=inquiry.congress_id)
    return inquiry


def _reopen(inquiry: Inquiry) -> None:
    inquiry.status = InquiryStatus.OPEN
    inquiry.closed_at = None
    _save(inquiry, "status", "closed_at")


@transaction.atomic
def add_requester_message(
    *, inquiry: Inquiry, body: str, user=None, email_message_id: str = ""
) -> InquiryMessage | None:
    """The requester writes again (on the follow-up page, or by e-mail). The inquiry goes back to its team's
    attention: waiting or closed becomes open. An inquiry merged into another receives the message there.

    An e-mail delivered twice (same Message-ID) is stored once: the second call returns None."""
    inquiry = _locked(inquiry)
    # The one that stays may itself have been merged later (A into B, then B into C): follow to the end. There is
    # no cycle: an inquiry is never merged into one that was merged.
    while inquiry.merged_into_id is not None:
        inquiry = _locked(Inquiry(pk=inquiry.merged_into_id))
    if inquiry.moved_to_concern_id is not None:
        raise HelpdeskError("inquiry_moved_to_concern")
    if email_message_id and inquiry.messages.filter(email_message_id=email_message_id).exists():
        return None
    message = InquiryMessage.objects.create(
        inquiry=inquiry,
        direction=MessageDirection.FROM_REQUESTER,
        author=user if getattr(user, "is_authenticated", False) else None,
        body=_check_body(body),
        email_message_id=email_message_id[:255],
    )
    was = inquiry.status
    if was in (InquiryStatus.WAITING, InquiryStatus.CLOSED):
        _reopen(inquiry)
    else:
        _save(inquiry)
    log_action(
        inquiry,
        "helpdesk.inquiry.requester_wrote",
        actor=message.author,
        congress_id=inquiry.congress_id,
        data={"by_email": bool(email_message_id), "reopened": was == InquiryStatus.CLOSED},
    )
    return message


# The longest text a concern's "what happened" holds (as on the safeguarding form).
CONCERN_TEXT_LENGTH = 5000

# Who reported it, as the safeguarding form asks: a young person's or a parent's inquiry is theirs.
REPORTER_ROLE_BY_REQUESTER = {
    RequesterType.YOUNG_PERSON_OR_PARENT: ReporterRole.OTHER,
}


@transaction.atomic
def move_to_concern(*, inquiry: Inquiry, actor, note: str) -> Concern:
    """The inquiry is a concern about a child's safety: it does not stay at the desk. A concern is opened for the
    safeguarding officers with the requester's messages and the handler's note, the inquiry is closed and its
    conversation kept from the desk's teams from now on; the requester is told that the officers will answer."""
    inquiry = _locked(inquiry)
    _refuse_if_closed(inquiry)
    note = _check_body(note)
    asked = "\n\n".join(
        message.body
        for message in inquiry.messages.filter(direction=MessageDirection.FROM_REQUESTER).order_by(
            "created_at", "pk"
        )
    )
    # The handler's note is kept whole: when the messages are too long, they are cut, not the note.
    signed_note = f"\n\n— {inquiry.reference}: {note}"[:CONCERN_TEXT_LENGTH]
    asked = asked[: CONCERN_TEXT_LENGTH - len(signed_note)]
    report = ConcernReport(
        what_happened=f"{asked}{signed_note}",
        child_in_danger=ChildInDanger.UNSURE,
        reporter_role=REPORTER_ROLE_BY_REQUESTER.get(inquiry.requester_type, ReporterRole.OTHER),
        language=inquiry.language,
        contact_name=inquiry.requester_name,
        contact_email=inquiry.requester_email,
    )
    concern = report_concern(congress=inquiry.congress, report=report)
    inquiry.moved_to_concern = concern
    inquiry.status = InquiryStatus.CLOSED
    inquiry.closed_at = timezone.now()
    _save(inquiry, "moved_to_concern", "status", "closed_at")
    log_action(
        inquiry,
        "helpdesk.inquiry.moved_to_concern",
        actor=actor,
        congress_id=inquiry.congress_id,
        data={"concern": concern.reference},
    )
    send_moved_to_concern(inquiry=inquiry)
    return concern
