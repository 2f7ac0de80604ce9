"""Reading a received e-mail: who wrote, about what, the new text, and the attachments (checked by content)."""

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import getaddresses, parseaddr
from pathlib import PurePath

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.validators import validate_email

from plenaria.common.uploads import check_upload

from ..attachments import ATTACHMENT_POLICY, MAX_ATTACHMENTS
from .text import html_to_text, strip_quoted

# What the "Ask the organisers" form accepts (forms_public.ATTACHMENT), checked by content the same way.
EMAIL_ATTACHMENTS = ATTACHMENT_POLICY
MAX_EMAIL_ATTACHMENTS = MAX_ATTACHMENTS


@dataclass
class ParsedEmail:
    sender: str  # the address, "" when there is no usable one
    sender_name: str
    subject: str
    message_id: str
    in_reply_to: list[str]
    text: str  # the whole text of the body
    new_text: str  # without the quoted history
    recipients: list[str]
    attachments: list = field(default_factory=list)  # checked files, ready to store
    refused: list[str] = field(default_factory=list)  # names of the attachments not accepted


def parse_email(
    message: EmailMessage, *, raw: bytes, envelope_from: str = "", recipients: Sequence[str] = ()
) -> ParsedEmail:
    """Who wrote, about what, the text (new and whole) and the attachments (checked by content)."""
    sender, sender_name = _sender(message, envelope_from)
    text, body_part = _body_text(message)
    accepted, refused = _attachments(message, body_part)
    return ParsedEmail(
        sender=sender,
        sender_name=sender_name,
        subject=" ".join(header_text(message, "Subject").split()),
        message_id=_message_id(message, raw),
        in_reply_to=re.findall(
            r"<[^<>\s]+>", f"{header_text(message, 'In-Reply-To')} {header_text(message, 'References')}"
        ),
        text=text,
        new_text=strip_quoted(text),
        recipients=list(recipients) or _header_recipients(message),
        attachments=accepted,
        refused=refused,
    )


def header_text(message: EmailMessage, name: str) -> str:
    try:
        return str(message.get(name, "") or "")
    except (ValueError, LookupError, TypeError):  # a header too malformed to decode
        return ""


def _addresses(message: EmailMessage, name: str) -> list[tuple[str, str]]:
    """(display name, address) pairs of an address header; tolerant of what the strict parser refuses."""
    try:
        header = message.get(name)
        addresses = getattr(header, "addresses", None)
        if addresses is not None:
            return [(a.display_name, a.addr_spec) for a in addresses if isinstance(a, Address)]
    except (ValueError, LookupError, TypeError, IndexError):
        pass
    return getaddresses([header_text(message, name)])


def _valid(address: str) -> bool:
    try:
        validate_email(address)
    except ValidationError:
        return False
    return True


def _sender(message: EmailMessage, envelope_from: str) -> tuple[str, str]:
    """The From address (else the envelope sender) and a name to address the person by."""
    name, address = next(iter(_addresses(message, "From")), ("", ""))
    address = address.strip()
    if not _valid(address):
        name, address = "", parseaddr(envelope_from)[1].strip()
    if not _valid(address):
        return "", ""
    name = " ".join(name.replace('"', " ").split()) or address.partition("@")[0]
    return address, name[:200]


def _message_id(message: EmailMessage, raw: bytes) -> str:
    """The Message-ID; a message without one gets one from its content, so a repeated delivery is still seen."""
    message_id = "".join(header_text(message, "Message-ID").split())
    if not message_id:
        message_id = f"<{hashlib.sha256(raw).hexdigest()[:40]}@inbound.plenaria.invalid>"
    return message_id[:255]


def _header_recipients(message: EmailMessage) -> list[str]:
    names = ("Delivered-To", "X-Original-To", "To", "Cc")
    return [address for name in names for _, address in _addresses(message, name) if address]


def _decoded(part: EmailMessage) -> str:
    try:
        content = part.get_content()
    except (LookupError, UnicodeError, ValueError, AssertionError):  # an unknown or broken charset
        content = (part.get_payload(decode=True) or b"").decode("utf-8", "replace")
    return content if isinstance(content, str) else content.decode("utf-8", "replace")


def _body_text(message: EmailMessage) -> tuple[str, EmailMessage | None]:
    """The text of the message: its text/plain part, else its text/html part without the markup."""
    body = message.get_body(preferencelist=("plain", "html"))
    if body is None:
        return "", None
    text = _decoded(body)
    if body.get_content_subtype() == "html":
        text = html_to_text(text)
    lines = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "").split("\n")
    return "\n".join(line.rstrip() for line in lines).strip(), body


def _attachment_parts(message: EmailMessage, body_part) -> Iterable[EmailMessage]:
    for part in message.walk():
        if part.is_multipart() or part is body_part:
            continue
        if (
            part.get_content_maintype() == "text"
            and part.get_content_disposition() != "attachment"
            and not part.get_filename()
        ):
            continue  # the other alternative of the body (HTML beside the text), not a file
        yield part


def _file_name(part: EmailMessage, number: int) -> str:
    try:
        name = part.get_filename() or ""
    except (ValueError, LookupError):
        name = ""
    name = re.sub(r"[\x00-\x1f\x7f]", "", PurePath(name.replace("\\", "/")).name).strip()
    return name[:200] or f"attachment-{number}"


def _attachments(message: EmailMessage, body_part) -> tuple[list, list[str]]:
    """The attachments accepted (checked by content, at most MAX_EMAIL_ATTACHMENTS) and the names of the others."""
    accepted, refused = [], []
    for number, part in enumerate(_attachment_parts(message, body_part), start=1):
        name = _file_name(part, number)
        if len(accepted) >= MAX_EMAIL_ATTACHMENTS:
            refused.append(name)
            continue
        data = part.get_payload(decode=True) or b""
        try:
            accepted.append(
                check_upload(SimpleUploadedFile(name, data, part.get_content_type()), EMAIL_ATTACHMENTS)
            )
        except ValidationError:
            refused.append(name)
    return accepted, refused
