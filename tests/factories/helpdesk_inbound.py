"""E-mails as a requester's mail program sends them, and inquiries created through the real service."""

from email import policy
from email.message import EmailMessage
from email.utils import make_msgid

from plenaria.helpdesk.enums import InquiryTopic, RequesterType
from plenaria.helpdesk.models import Inquiry
from plenaria.helpdesk.services.inquiries import InquiryRequest, submit_inquiry

DESK = "inquiries@plenaria.invalid"
ANA = "Ana Souza <ana.souza@example.org>"


def build_email(
    *,
    sender: str = ANA,
    to: str = DESK,
    subject: str = "Workshop",
    body: str = "Thank you.",
    message_id: str | None = None,
    headers: dict | None = None,
) -> EmailMessage:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    message["Subject"] = subject
    message["Message-ID"] = message_id or make_msgid(domain="example.org")
    for name, value in (headers or {}).items():
        message[name] = value
    message.set_content(body)
    return message


def as_bytes(message: EmailMessage) -> bytes:
    """The message as it travels over SMTP (CRLF line ends, encoded headers)."""
    return message.as_bytes(policy=policy.SMTP)


def ask_question(congress, *, email="Ana.Souza@example.org", language="en", key="k1") -> Inquiry:
    """Ana's question about a workshop, submitted as the form submits it."""
    request = InquiryRequest(
        requester_type=RequesterType.NGO,
        topic=InquiryTopic.PROGRAMME,
        language=language,
        name="Ana Souza",
        email=email,
        subject="Workshop on the Stockholm Agenda",
        message="Can NGOs propose a workshop for the second day?",
    )
    return submit_inquiry(congress=congress, request=request, submission_key=key)
