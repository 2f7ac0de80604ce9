"""Outgoing e-mail: rendered in the recipient's language, stored in the outbox, sent by a background task."""

import logging
import smtplib
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar, Token
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import transaction
from django.db.models import QuerySet
from django.template import Context, TemplateDoesNotExist
from django.template.loader import get_template, render_to_string
from django.utils import timezone, translation

from .audit import log_action
from .enums import EmailStatus
from .models import OutboundEmail
from .tasks import task_relay_outbox, task_send_email

logger = logging.getLogger(__name__)

# Errors after which a later attempt may succeed (server down, busy, greylisting).
TRANSIENT_SMTP_ERRORS = (smtplib.SMTPException, OSError)

# Set while a relay of the outbox is scheduled and has not started yet: the e-mails queued meanwhile ride with it.
RELAY_SCHEDULED_KEY = "mail:outbox-relay-scheduled"
# An upper bound, should the worker never start the relay (it deletes the key when it does); the periodic sweep
# (`send_queued_email`) is the last resort.
RELAY_SCHEDULED_SECONDS = 10
# The relay starts this long after the first e-mail of a burst: a second's worth of e-mails then costs one task.
RELAY_DELAY_SECONDS = 1
RELAY_BATCH = 200

# Why the e-mails queued now are kept from delivery (see `hold_outgoing_email`); None: they are delivered.
# A ContextVar, not a global: a hold in one thread (or asyncio task) never holds another's e-mails.
_hold_reason: ContextVar[str | None] = ContextVar("plenaria_email_hold_reason", default=None)


@dataclass(frozen=True)
class RenderedEmail:
    subject: str
    body_text: str
    body_html: str


def _render_plain_text(template_name: str, context: dict) -> str:
    # Subject and text part are not HTML: autoescaping would turn "Media & Press" into "Media &amp; Press".
    return get_template(template_name).template.render(Context(context, autoescape=False))


def render_email(*, template: str, context: dict, language: str) -> RenderedEmail:
    """Render `<template>_subject.txt`, `.txt` and (if present) `.html` inside the recipient's language."""
    with translation.override(language):
        subject = _render_plain_text(f"{template}_subject.txt", context).strip()
        body_text = _render_plain_text(f"{template}.txt", context)
        try:
            body_html = render_to_string(f"{template}.html", context)
        except TemplateDoesNotExist:
            body_html = ""
    return RenderedEmail(subject=" ".join(subject.splitlines()), body_text=body_text, body_html=body_html)


def queue_email(
    *,
    to: str,
    subject: str,
    body_text: str,
    body_html: str = "",
    language: str,
    purpose: str = "",
    congress_id: int | None = None,
    reply_to: str = "",
) -> OutboundEmail:
    """Store an e-mail in the outbox and send it in the background once the transaction commits (unless it is
    queued under `hold_outgoing_email`)."""
    hold_reason = _hold_reason.get()
    email = OutboundEmail.objects.create(
        to=to,
        subject=subject[:250],
        body_text=body_text,
        body_html=body_html,
        language=language,
        purpose=purpose,
        congress_id=congress_id,
        reply_to=reply_to,
        **({} if hold_reason is None else _held_fields(hold_reason)),
    )
    if hold_reason is None:
        transaction.on_commit(lambda: schedule_delivery(email_id=email.pk))
    return email


def schedule_delivery(*, email_id: int) -> None:
    """Have a committed e-mail delivered in the background.

    Without a worker (tasks run eagerly) it is delivered here and now. With one, a burst of e-mails (a thousand
    confirmations in a minute) must not become a thousand tasks: the first e-mail schedules a relay of the whole
    outbox a second later, and those queued before the relay starts ride with it. The relay deletes the flag before
    it reads the outbox, so an e-mail committed after that schedules the next relay: none is left waiting."""
    if task_relay_outbox.app.conf.task_always_eager:
        task_send_email.delay(email_id=email_id)
    elif cache.add(RELAY_SCHEDULED_KEY, email_id, timeout=RELAY_SCHEDULED_SECONDS):
        task_relay_outbox.apply_async(countdown=RELAY_DELAY_SECONDS)


def relay_outbox() -> int:
    """Deliver every queued e-mail, oldest first, until none is left; returns how many were sent.

    Batches of RELAY_BATCH rows are locked (rows locked by another relay or the sweep are skipped, so no e-mail is
    sent twice) and handed to the SMTP server over one connection. Stops at the first transient failure (the
    server is unwell): the rest stays queued for the periodic sweep."""
    cache.delete(RELAY_SCHEDULED_KEY)  # first: see `schedule_delivery`
    sent = 0
    while True:
        with transaction.atomic():
            batch = list(
                OutboundEmail.objects.select_for_update(skip_locked=True)
                .filter(status=EmailStatus.QUEUED)
                .order_by("pk")[:RELAY_BATCH]
            )
            if not batch:
                return sent
            try:
                with get_connection() as smtp:
                    for email in batch:
                        if _send(email, connection=smtp) is not None:
                            return sent
                        sent += email.status == EmailStatus.SENT
            except TRANSIENT_SMTP_ERRORS:  # no connection to the server at all
                return sent


def queue_templated_email(
    *,
    to: str,
    template: str,
    context: dict,
    language: str,
    purpose: str = "",
    congress_id: int | None = None,
    reply_to: str = "",
) -> OutboundEmail:
    """Render a template in the recipient's language and queue the result."""
    rendered = render_email(template=template, context=context, language=language)
    return queue_email(
        to=to,
        subject=rendered.subject,
        body_text=rendered.body_text,
        body_html=rendered.body_html,
        language=language,
        purpose=purpose,
        congress_id=congress_id,
        reply_to=reply_to,
    )


@contextmanager
def hold_outgoing_email(*, reason: str) -> Iterator[None]:
    """Keep the e-mails queued inside the block in the outbox without ever delivering them: for bulk jobs that
    write to people who must not (or cannot) receive anything, such as the demo seeding's fictional delegates.

    A held e-mail is stored marked sent, with `reason` in `last_error` (the outbox has no "held" status), and no
    delivery task is scheduled: neither the periodic sweep nor "send again" in the back office ever sends it.

    Services often queue their e-mails in on-commit callbacks, which run after the block. Inside a transaction,
    two more callbacks switch the hold on and off again around those registered inside the block (callbacks run
    in the order they were registered), so their e-mails are held too, and nothing queued later is. Should one of
    those callbacks raise, Django drops the rest, the switch-off included, and the hold stays on in that thread:
    hold e-mail in jobs that end there (management commands), not in request handling."""
    in_transaction = transaction.get_connection().in_atomic_block
    commit_tokens: list[Token] = []

    def hold_at_commit() -> None:
        commit_tokens.append(_hold_reason.set(reason))

    def release_at_commit() -> None:
        if commit_tokens:
            _hold_reason.reset(commit_tokens.pop())

    if in_transaction:
        transaction.on_commit(hold_at_commit)
    token = _hold_reason.set(reason)
    try:
        yield
    finally:
        _hold_reason.reset(token)
        if in_transaction:
            transaction.on_commit(release_at_commit, robust=True)


def _held_fields(reason: str) -> dict:
    return {"status": EmailStatus.SENT, "last_error": f"Not delivered: {reason}"[:2000]}


def _record_failure(email: OutboundEmail, error: Exception, *, permanent: bool) -> None:
    email.last_error = f"{type(error).__name__}: {error}"[:2000]
    if permanent or email.attempt_count >= settings.EMAIL_MAX_ATTEMPTS:
        email.status = EmailStatus.FAILED
    email.save(update_fields=["attempt_count", "last_error", "status", "updated_at"])
    logger.warning(
        "E-mail %s to %s not sent (attempt %s): %s", email.pk, email.to, email.attempt_count, error
    )


def deliver_email(*, email: OutboundEmail) -> OutboundEmail:
    """Hand one queued e-mail to the SMTP server. On a transient failure the error is recorded and re-raised,
    so the caller (the task) can retry; the e-mail stays queued until it is sent or runs out of attempts.
    An e-mail that can never be sent (a malformed address) is marked failed at once, so it cannot block the queue.

    The row stays locked while it is handed over (PostgreSQL), and a locked row is skipped: a task retry and the
    periodic sweep can never send the same e-mail twice."""
    with transaction.atomic():
        locked = (
            OutboundEmail.objects.select_for_update(skip_locked=True)
            .filter(pk=email.pk, status=EmailStatus.QUEUED)
            .first()
        )
        if locked is None:  # sent already, being sent, or failed for good until staff sends it again
            email.refresh_from_db()
            return email
        transient_error = _send(locked)
    email.refresh_from_db()
    if transient_error is not None:
        raise transient_error
    return email


def _send(email: OutboundEmail, connection=None) -> Exception | None:
    """Send (over `connection`, else a new one) and record the outcome; returns the transient error, if any, for
    the caller to raise."""
    message = EmailMultiAlternatives(
        subject=email.subject,
        body=email.body_text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[email.to],
        reply_to=[email.reply_to] if email.reply_to else None,
        connection=connection,
    )
    if email.body_html:
        message.attach_alternative(email.body_html, "text/html")
    email.attempt_count += 1
    try:
        message.send(fail_silently=False)
    except TRANSIENT_SMTP_ERRORS as error:
        _record_failure(email, error, permanent=False)
        return error
    except ValueError as error:  # Django's "Invalid address" and header checks: no retry can help
        _record_failure(email, error, permanent=True)
        return None
    email.status = EmailStatus.SENT
    email.sent_at = timezone.now()
    email.last_error = ""
    email.save(update_fields=["attempt_count", "last_error", "status", "sent_at", "updated_at"])
    return None


def queued_emails() -> QuerySet[OutboundEmail]:
    """E-mails still waiting to be sent, oldest first."""
    return OutboundEmail.objects.filter(status=EmailStatus.QUEUED).order_by("created_at", "pk")


def emails_for_congress(*, congress_id: int) -> QuerySet[OutboundEmail]:
    """What was sent (or is waiting) for one congress, newest first."""
    return OutboundEmail.objects.filter(congress_id=congress_id)


def retry_email(*, email: OutboundEmail, actor) -> OutboundEmail:
    """Put a failed or waiting e-mail back in the queue (back office button). A sent one is never sent again,
    even when the button is pressed twice or on a page that is out of date."""
    requeued = (
        OutboundEmail.objects.filter(pk=email.pk)
        .exclude(status=EmailStatus.SENT)
        .update(status=EmailStatus.QUEUED, attempt_count=0, updated_at=timezone.now())
    )
    email.refresh_from_db()
    if not requeued:
        return email
    log_action(email, "common.email.requeued", actor=actor, congress_id=email.congress_id)
    transaction.on_commit(lambda: task_send_email.delay(email_id=email.pk))
    return email
