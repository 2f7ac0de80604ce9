"""Receiving an e-mail: threading it into its inquiry, or making it a new inquiry; dropping auto-replies.

A message is threaded only when it comes from the address that asked (its keyed digest): a reference alone proves
nothing, anyone can type one. Every other message becomes a new inquiry, so nothing sent to the desk is lost.
"""

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import parseaddr
from enum import StrEnum

from django.conf import settings
from django.db import IntegrityError, transaction
from django.template.defaultfilters import filesizeformat
from django.utils import translation
from django.utils.crypto import constant_time_compare
from django.utils.translation import gettext as _

from plenaria.common.audit import log_action
from plenaria.congresses.models import Congress
from plenaria.congresses.selectors import featured_congress, published_congresses

from ...enums import InquiryTopic, MessageDirection, RequesterType
from ...errors import HelpdeskError
from ...models import Inquiry, InquiryMessage
from ..attachments import add_attachments
from ..handling import add_requester_message
from ..inquiries import (
    MAX_MESSAGE_LENGTH,
    MAX_SUBJECT_LENGTH,
    REFERENCE_ALPHABET,
    InquiryRequest,
    email_digest,
    submit_inquiry,
)
from .language import guess_language
from .parsing import EMAIL_ATTACHMENTS, MAX_EMAIL_ATTACHMENTS, ParsedEmail, header_text, parse_email

REFERENCE = re.compile(
    rf"(?<![A-Z0-9])Q-([{REFERENCE_ALPHABET}]{{4}})-([{REFERENCE_ALPHABET}]{{4}})(?![A-Z0-9])", re.IGNORECASE
)
_REPLY_PREFIX = re.compile(
    r"^\s*((re|fwd?|aw|wg|tr|rv|sv|vs|回复|答复|返信|転送)\s*(\[\d+\])?\s*[:：]\s*)+", re.I
)
_BRACKETED_REFERENCE = re.compile(rf"\[\s*{REFERENCE.pattern}\s*\]", re.IGNORECASE)
BOUNCE_SENDERS = frozenset({"mailer-daemon", "postmaster"})


class InboundOutcome(StrEnum):
    THREADED = "threaded"  # added to the inquiry whose reference it carries
    NEW_INQUIRY = "new_inquiry"
    DUPLICATE = "duplicate"  # the same e-mail delivered again: stored the first time only
    DROPPED = "dropped"  # an auto-reply or a bounce: answering it could start a mail loop


@dataclass(frozen=True)
class InboundResult:
    outcome: InboundOutcome
    inquiry: Inquiry | None = None
    message: InquiryMessage | None = None
    reason: str = ""  # why a message was dropped
    attachments_stored: int = 0
    attachments_refused: tuple[str, ...] = ()

    def __str__(self) -> str:
        """For the service's log: the outcome and the reference, never the content or the sender."""
        return " ".join(
            filter(None, [str(self.outcome), self.inquiry and self.inquiry.reference, self.reason])
        )


def receive_email(raw: bytes, *, envelope_from: str = "", recipients: Sequence[str] = ()) -> InboundResult:
    """Thread one received e-mail into its inquiry, or make it a new inquiry; drop auto-replies and bounces.

    `envelope_from` is the SMTP sender ("<>" for a bounce, "" when unknown); `recipients` the SMTP recipients
    (the message's own To/Cc headers are read when they are not given). An e-mail larger than
    settings.INBOUND_EMAIL_MAX_BYTES is refused (HelpdeskError "email_too_large"). A message delivered twice
    (the same Message-ID) is stored once."""
    if len(raw) > settings.INBOUND_EMAIL_MAX_BYTES:
        raise HelpdeskError("email_too_large")
    message = BytesParser(policy=policy.default).parsebytes(raw)
    email = parse_email(message, raw=raw, envelope_from=envelope_from, recipients=recipients)
    reason = _loop_reason(message, email, envelope_from) or _empty_reason(email)
    if reason:
        return InboundResult(InboundOutcome.DROPPED, reason=reason)
    inquiry = _inquiry_to_thread(email)
    if inquiry is not None:
        result = _thread(inquiry, email)
        if result is not None:
            return result
    return _new_inquiry(email)


def _refused_note(refused: list[str]) -> str:
    if not refused:
        return ""
    names = ", ".join(refused[:10]) + (", …" if len(refused) > 10 else "")
    return _(
        "[Not received: {names}. Attachments must be PDF, JPEG, PNG or plain text files, at most {count} of "
        "{size} each.]"
    ).format(
        names=names[:1000],
        count=MAX_EMAIL_ATTACHMENTS,
        size=filesizeformat(EMAIL_ATTACHMENTS.limit),
    )


def _message_body(email: ParsedEmail, language: str) -> str:
    """The text to store: the new text (cut to fit if need be), and a note on the attachments not accepted, in
    the language of the inquiry, so both the handler and the requester see what did not arrive."""
    with translation.override(language):
        note = _refused_note(email.refused)
        text = email.new_text or email.subject
        if not text and (email.attachments or email.refused):
            text = _("(No text: see the attachments.)")
    room = MAX_MESSAGE_LENGTH - len(note) - 4
    if len(text) > room:
        text = text[: room - 1].rstrip() + "…"
    return "\n\n".join(filter(None, [text, note]))


# --- Loops, threading, new inquiries --------------------------------------------------------------------------------


def _own_addresses() -> set[str]:
    return {
        parseaddr(address)[1].lower()
        for address in (settings.INQUIRY_REPLY_ADDRESS, settings.DEFAULT_FROM_EMAIL, settings.SERVER_EMAIL)
    }


def _loop_reason(message: EmailMessage, email: ParsedEmail, envelope_from: str) -> str:
    """Why the message must not be answered ("" when it may): auto-replies, bounces and list traffic would start a
    mail loop with the confirmation the desk sends to every new inquiry."""
    auto_submitted = header_text(message, "Auto-Submitted").strip().lower()
    if auto_submitted and auto_submitted != "no":
        return "auto_submitted"
    if header_text(message, "Precedence").strip().lower() in {"bulk", "junk", "list", "auto_reply"}:
        return "precedence"
    for name in ("X-Autoreply", "X-Autorespond"):
        if message.get(name) is not None and header_text(message, name).strip().lower() != "no":
            return "auto_reply"
    if message.get_content_type() == "multipart/report":
        return "delivery_report"
    envelope_local = parseaddr(envelope_from)[1].partition("@")[0].lower()
    if envelope_from.strip() == "<>" or envelope_local in BOUNCE_SENDERS:
        return "bounce"
    if not email.sender:
        return "no_sender"
    if email.sender.partition("@")[0].lower() in BOUNCE_SENDERS:
        return "bounce"
    if email.sender.lower() in _own_addresses():
        return "own_address"
    return ""


def _empty_reason(email: ParsedEmail) -> str:
    """ "empty" for a message with nothing to store: no text, no subject, no attachment."""
    return "" if email.new_text or email.subject or email.attachments or email.refused else "empty"


def references_in(text: str) -> list[str]:
    """The inquiry references in `text`, in order, each once, in their canonical form ("Q-7Q4M-2HXD")."""
    found = [f"Q-{first.upper()}-{second.upper()}" for first, second in REFERENCE.findall(text)]
    return list(dict.fromkeys(found))


def _inquiry_to_thread(email: ParsedEmail) -> Inquiry | None:
    """The inquiry the message replies to: by a reference in the subject, then in the text, then by the e-mail it
    answers (In-Reply-To). Only an inquiry asked from the sender's address counts."""
    digest = email_digest(email.sender)
    candidates = list(dict.fromkeys(references_in(email.subject) + references_in(email.text)))[:20]
    inquiries = {inquiry.reference: inquiry for inquiry in Inquiry.objects.filter(reference__in=candidates)}
    for reference in candidates:
        inquiry = inquiries.get(reference)
        if (
            inquiry is not None
            and constant_time_compare(inquiry.requester_email_digest, digest)
            and inquiry.moved_to_concern_id is None
        ):
            return inquiry
    if email.in_reply_to:
        earlier = (
            InquiryMessage.objects.filter(
                email_message_id__in=email.in_reply_to[-20:], inquiry__requester_email_digest=digest
            )
            .select_related("inquiry")
            .first()
        )
        if earlier is not None and earlier.inquiry.moved_to_concern_id is None:
            return earlier.inquiry
    return None


def _thread(inquiry: Inquiry, email: ParsedEmail) -> InboundResult | None:
    """Add the message to the inquiry (None when the inquiry cannot take it: it went to the safeguarding
    officers meanwhile)."""
    try:
        with transaction.atomic():
            message = add_requester_message(
                inquiry=inquiry,
                body=_message_body(email, inquiry.language),
                email_message_id=email.message_id,
            )
            if message is None:
                return InboundResult(InboundOutcome.DUPLICATE, inquiry=inquiry)
            add_attachments(message=message, files=email.attachments)
            _log_received(message, email, new_inquiry=False)
    except IntegrityError:  # the same e-mail, delivered twice at once: the other delivery stored it
        return InboundResult(InboundOutcome.DUPLICATE, inquiry=inquiry)
    except HelpdeskError as error:
        if error.code == "inquiry_moved_to_concern":
            return None
        raise
    return _stored(InboundOutcome.THREADED, message, email)


def _new_inquiry(email: ParsedEmail) -> InboundResult:
    congress = congress_for_recipients(email.recipients)
    if congress is None:
        raise HelpdeskError("inbound_no_congress")
    # From the Message-ID: the same e-mail delivered again finds the inquiry it created the first time.
    submission_key = "email-" + hashlib.sha256(email.message_id.encode()).hexdigest()[:58]
    existing = Inquiry.objects.filter(submission_key=submission_key).first()
    if existing is not None:
        return InboundResult(InboundOutcome.DUPLICATE, inquiry=existing)
    language = guess_language(f"{email.subject}\n{email.new_text}")
    request = InquiryRequest(
        requester_type=RequesterType.OTHER,
        topic=InquiryTopic.OTHER,
        language=language,
        name=email.sender_name,
        email=email.sender,
        message=_message_body(email, language),
        subject=_new_subject(email.subject),
    )
    with transaction.atomic():
        inquiry = submit_inquiry(congress=congress, request=request, submission_key=submission_key)
        first = inquiry.messages.filter(direction=MessageDirection.FROM_REQUESTER).order_by("pk").first()
        # Claims the message: of two deliveries of the same e-mail at once, only one stores the attachments.
        claimed = InquiryMessage.objects.filter(pk=first.pk, email_message_id="").update(
            email_message_id=email.message_id
        )
        if not claimed:
            return InboundResult(InboundOutcome.DUPLICATE, inquiry=inquiry)
        add_attachments(message=first, files=email.attachments)
        _log_received(first, email, new_inquiry=True)
    return _stored(InboundOutcome.NEW_INQUIRY, first, email)


def _stored(outcome: InboundOutcome, message: InquiryMessage, email: ParsedEmail) -> InboundResult:
    return InboundResult(
        outcome,
        inquiry=message.inquiry,
        message=message,
        attachments_stored=len(email.attachments),
        attachments_refused=tuple(email.refused),
    )


def _log_received(message: InquiryMessage, email: ParsedEmail, *, new_inquiry: bool) -> None:
    # Counts only: the audit log is read more widely than the inquiry.
    log_action(
        message.inquiry,
        "helpdesk.inquiry.email_received",
        congress_id=message.inquiry.congress_id,
        data={
            "new_inquiry": new_inquiry,
            "attachments": len(email.attachments),
            "attachments_refused": len(email.refused),
        },
    )


def _new_subject(subject: str) -> str:
    """The e-mail's subject without "Re:"/"Fwd:" and without another inquiry's reference."""
    subject = _BRACKETED_REFERENCE.sub(" ", _REPLY_PREFIX.sub("", subject))
    return " ".join(subject.split())[:MAX_SUBJECT_LENGTH]


def congress_for_recipients(recipients: Iterable[str]) -> Congress | None:
    """The congress an e-mail was sent to: "<slug>@…" or "inquiries+<slug>@…", else the congress the site shows
    first (the desk's general address)."""
    slugs = []
    for address in recipients:
        local = parseaddr(address)[1].rpartition("@")[0].lower()
        slugs += [local.partition("+")[2], local] if "+" in local else [local]
    slugs = [slug for slug in slugs if slug]
    if slugs:
        found = {congress.slug: congress for congress in published_congresses().filter(slug__in=slugs)}
        for slug in slugs:
            if slug in found:
                return found[slug]
    return featured_congress()
