"""Files that a requester sends with a question or a reply (on the "Ask the organisers" form, on the follow-up page).

The files were checked by their content before they get here (`forms_public.AttachmentsField`); they are stored
encrypted outside the web root (`PrivateStorage`), under the name of the type they really are.
"""

from collections.abc import Sequence

from django.db import transaction

from plenaria.common.audit import log_action
from plenaria.common.uploads import UploadPolicy
from plenaria.congresses.models import Congress

from ..enums import MessageDirection
from ..errors import HelpdeskError
from ..models import Inquiry, InquiryAttachment, InquiryMessage
from .handling import add_requester_message
from .inquiries import InquiryRequest, email_digest, submit_inquiry

MAX_ATTACHMENTS = 3
# What a requester may attach, on the form or by e-mail: documents and pictures, checked by their content.
ATTACHMENT_POLICY = UploadPolicy(kinds={"pdf", "jpeg", "png", "txt"}, max_bytes=5 * 1024 * 1024)


def add_attachments(*, message: InquiryMessage, files: Sequence) -> list[InquiryAttachment]:
    """Store the checked uploads on `message`. Each keeps the name its sender gave it, with the extension of what
    it really is (`scan.jpg` that is a PDF is handed out as `scan.pdf`, as application/pdf)."""
    if not files:
        return []
    if len(files) > MAX_ATTACHMENTS:
        raise HelpdeskError("too_many_attachments")
    attachments = []
    for upload in files:
        detected = upload.detected_type
        attachment = InquiryAttachment(
            message=message,
            original_name=detected.rename(getattr(upload, "original_name", upload.name))[:250],
            content_type=detected.mime,
            size=upload.size,
        )
        attachment.file.save(upload.name, upload, save=False)
        attachment.save()
        attachments.append(attachment)
    # The types and sizes, never the names: a file's name can say more than the audit log's readers may know.
    log_action(
        message.inquiry,
        "helpdesk.inquiry.attachments_added",
        actor=message.author,
        congress_id=message.inquiry.congress_id,
        data={"files": [[attachment.content_type, attachment.size] for attachment in attachments]},
    )
    return attachments


def submit_inquiry_with_attachments(
    *, congress: Congress, request: InquiryRequest, submission_key: str, files: Sequence, user=None
) -> Inquiry:
    """`submit_inquiry`, and the files on the question, in one transaction: the inquiry never exists without the
    files its requester sent, nor the confirmation e-mail without the inquiry.

    Sending the same form twice (same key) returns the first inquiry and stores its files once. A key that belongs
    to someone else's inquiry (another congress or e-mail address) is refused: it must not reveal that inquiry."""
    if not files:  # most questions: `submit_inquiry`'s own transaction is enough
        return _own_inquiry(congress, request, submission_key, user)
    with transaction.atomic():
        inquiry = _own_inquiry(congress, request, submission_key, user)
        inquiry = Inquiry.objects.select_for_update().get(pk=inquiry.pk)
        question = (
            inquiry.messages.filter(direction=MessageDirection.FROM_REQUESTER)
            .order_by("created_at", "pk")
            .first()
        )
        if question is not None and not question.attachments.exists():
            add_attachments(message=question, files=files)
        return inquiry


def _own_inquiry(congress: Congress, request: InquiryRequest, submission_key: str, user) -> Inquiry:
    inquiry = submit_inquiry(congress=congress, request=request, submission_key=submission_key, user=user)
    if inquiry.congress_id != congress.pk or inquiry.requester_email_digest != email_digest(request.email):
        raise HelpdeskError("submission_key_used")
    return inquiry


@transaction.atomic
def add_requester_reply(*, inquiry: Inquiry, body: str, files: Sequence, user=None) -> InquiryMessage:
    """The requester writes again on the follow-up page, with files (see `add_requester_message`)."""
    message = add_requester_message(inquiry=inquiry, body=body, user=user)
    add_attachments(message=message, files=files)
    return message
