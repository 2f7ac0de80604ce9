"""Receiving a question from the "Ask the organisers" form (or an e-mail that starts a new inquiry)."""

import secrets
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.utils.crypto import salted_hmac

from plenaria.common.audit import log_action
from plenaria.congresses.models import Congress
from plenaria.registration.selectors import live_registration_of

from ..enums import InquiryStatus, InquiryTopic, MessageDirection, RequesterType
from ..errors import HelpdeskError
from ..models import Inquiry, InquiryMessage
from ..selectors import fallback_team, route_for
from .notifications import send_confirmation

# No 0/O or 1/I: the reference is read aloud on the telephone and copied by hand.
REFERENCE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
MAX_MESSAGE_LENGTH = 10_000
MAX_SUBJECT_LENGTH = 200
REFERENCE_ATTEMPTS = 5


@dataclass(frozen=True)
class InquiryRequest:
    """What the requester typed and chose on the form."""

    requester_type: str
    topic: str
    language: str
    name: str
    email: str
    message: str
    subject: str = ""


def new_inquiry_reference() -> str:
    """A reference such as "Q-7Q4M-2HXD": short, unambiguous, not guessable. 32⁸ (10¹²) of them: a new one is
    almost never taken; the unique constraint catches the rare one that is, and `submit_inquiry` draws again."""
    body = "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(8))
    return f"Q-{body[:4]}-{body[4:]}"


def email_digest(email: str) -> str:
    """A keyed hash of an e-mail address (case-insensitive): finds a person's inquiries without decrypting."""
    return salted_hmac("plenaria.helpdesk.requester_email", email.strip().lower()).hexdigest()


def validate_inquiry(request: InquiryRequest) -> None:
    """Refuse what the form should already have refused: the API and inbound e-mail call the service too."""
    if request.requester_type not in RequesterType.values:
        raise HelpdeskError("invalid_requester_type")
    if request.topic not in InquiryTopic.values:
        raise HelpdeskError("invalid_topic")
    if request.language not in dict(settings.LANGUAGES):
        raise HelpdeskError("invalid_language")
    if not request.name.strip():
        raise HelpdeskError("name_required")
    try:
        validate_email(request.email.strip())
    except ValidationError:
        raise HelpdeskError("invalid_email") from None
    if not request.message.strip():
        raise HelpdeskError("message_required")
    if len(request.message) > MAX_MESSAGE_LENGTH or len(request.name) > 200:
        raise HelpdeskError("too_long")


def submit_inquiry(*, congress: Congress, request: InquiryRequest, submission_key: str, user=None) -> Inquiry:
    """Store a question in the queue of the team that answers it, and confirm it to the requester by e-mail.

    The queue comes from the congress's routing rules; a pair without a rule goes to the secretariat's queue
    (`fallback_team`), which transfers it. A signed-in participant's registration is linked, so handlers see it;
    an inquiry is never linked to a registration by the e-mail address alone (anyone can type one).

    `submission_key` comes from the form: submitting the same form twice (a double click, a retried request)
    returns the inquiry created the first time instead of creating a second one."""
    validate_inquiry(request)
    # No look-up first: the unique constraints on the key and the reference decide, in the insert itself. This is
    # the path of every question, and a look-up would cost a query on each of them for a rare double click.
    for attempt in range(1, REFERENCE_ATTEMPTS + 1):
        try:
            with transaction.atomic():
                return _create_inquiry(congress, request, submission_key, user)
        except IntegrityError:
            existing = Inquiry.objects.filter(submission_key=submission_key).first()
            if existing is not None:  # the same form again, or the same key won a race in another request
                return existing
            if attempt == REFERENCE_ATTEMPTS:  # not the reference's bad luck: something else is wrong
                raise
            # Otherwise the reference was taken: draw another.
    raise AssertionError("unreachable")


def _create_inquiry(congress, request: InquiryRequest, submission_key: str, user) -> Inquiry:
    team = route_for(congress=congress, requester_type=request.requester_type, topic=request.topic)
    routed_by_rule = team is not None
    if team is None:
        team = fallback_team(congress=congress)
    user = user if getattr(user, "is_authenticated", False) else None
    message = request.message.strip()
    inquiry = Inquiry.objects.create(
        congress=congress,
        reference=new_inquiry_reference(),
        requester_type=request.requester_type,
        topic=request.topic,
        language=request.language,
        requester_name=request.name.strip(),
        requester_email=request.email.strip(),
        requester_email_digest=email_digest(request.email),
        participant=live_registration_of(user=user, congress=congress) if user else None,
        user=user,
        subject=_subject(request, message),
        status=InquiryStatus.NEW,
        team=team,
        follow_up_token=secrets.token_urlsafe(32),
        submission_key=submission_key,
    )
    InquiryMessage.objects.create(
        inquiry=inquiry, direction=MessageDirection.FROM_REQUESTER, author=user, body=message
    )
    # Never the name, the e-mail address or the message: the audit log is read more widely than the inquiry.
    log_action(
        inquiry,
        "helpdesk.inquiry.submitted",
        actor=user,
        data={
            "requester_type": inquiry.requester_type,
            "topic": inquiry.topic,
            "language": inquiry.language,
            "team": team.slug if team else None,
            "routed_by": "rule" if routed_by_rule else "fallback",
            "participant": inquiry.participant.reference if inquiry.participant else None,
        },
    )
    # In the same transaction: the outbox row commits (or rolls back) with the inquiry.
    send_confirmation(inquiry=inquiry)
    return inquiry


def _subject(request: InquiryRequest, message: str) -> str:
    """The subject typed, or else the first line of the message, cut to fit."""
    subject = " ".join(request.subject.split()) or " ".join(message.splitlines()[0].split())
    if len(subject) > MAX_SUBJECT_LENGTH:
        subject = subject[: MAX_SUBJECT_LENGTH - 1].rstrip() + "…"
    return subject
