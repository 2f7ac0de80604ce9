"""The e-mails the desk sends to the requester, in the requester's language, through the outbox.

Each subject carries the inquiry's reference in brackets and each e-mail asks for replies at the desk's inbound
address: a reply by e-mail is threaded back into the inquiry by that reference (`services.inbound`)."""

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from plenaria.common.mail import queue_templated_email

from ..models import Inquiry, InquiryMessage


def follow_up_url(*, inquiry: Inquiry, language: str | None = None) -> str:
    """The requester's private page of the inquiry, as a full address for an e-mail."""
    with translation.override(language or inquiry.language):
        path = reverse(
            "helpdesk:follow-up",
            kwargs={"congress_slug": inquiry.congress.slug, "token": inquiry.follow_up_token},
        )
    return f"{settings.SITE_URL}{path}"


def _send(inquiry: Inquiry, template: str, purpose: str, **context) -> None:
    queue_templated_email(
        to=inquiry.requester_email,
        template=f"helpdesk/email/{template}",
        context={
            "reference": inquiry.reference,
            "subject": inquiry.subject,
            "congress": inquiry.congress,
            "team": inquiry.team,
            "requester_name": inquiry.requester_name,
            "follow_up_url": follow_up_url(inquiry=inquiry),
            **context,
        },
        language=inquiry.language,
        purpose=purpose,
        congress_id=inquiry.congress_id,
        reply_to=settings.INQUIRY_REPLY_ADDRESS,
    )


def send_confirmation(*, inquiry: Inquiry) -> None:
    """The question arrived: its reference, who will answer, and the private link to follow it."""
    _send(inquiry, "inquiry_received", "inquiry_received")


def send_reply(*, inquiry: Inquiry, message: InquiryMessage) -> None:
    """A handler's answer, in full: many requesters read their e-mail and never open the link."""
    _send(inquiry, "inquiry_reply", "inquiry_reply", body=message.body)


def send_transferred(*, inquiry: Inquiry) -> None:
    """Another co-organiser now answers: the requester knows whom to expect a reply from."""
    _send(inquiry, "inquiry_transferred", "inquiry_transferred")


def send_moved_to_concern(*, inquiry: Inquiry) -> None:
    """The question is now with the safeguarding officers. Says nothing of the content: e-mail travels."""
    _send(inquiry, "inquiry_moved_to_concern", "inquiry_moved_to_concern")
