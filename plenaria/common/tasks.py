import logging

from celery import shared_task

logger = logging.getLogger(__name__)


@shared_task(name="common.send_email", bind=True, max_retries=6)
def task_send_email(self, *, email_id: int) -> None:
    from .mail import TRANSIENT_SMTP_ERRORS, deliver_email
    from .models import OutboundEmail

    email = OutboundEmail.objects.filter(pk=email_id).first()
    if email is None:
        logger.warning("E-mail %s disappeared before sending", email_id)
        return
    try:
        deliver_email(email=email)
    except TRANSIENT_SMTP_ERRORS as error:
        if self.request.is_eager:
            return  # stays queued; the periodic task `send_queued_email` tries again
        raise self.retry(exc=error, countdown=min(30 * 2**self.request.retries, 1800)) from error


@shared_task(name="common.relay_outbox")
def task_relay_outbox() -> int:
    """Deliver the outbox until it is empty: one task for a burst of e-mails (see `mail.schedule_delivery`)."""
    from .mail import relay_outbox

    return relay_outbox()


@shared_task(name="common.send_queued_email")
def task_send_queued_email() -> int:
    """Periodic sweep: try every e-mail still queued (also those queued while no worker was running)."""
    from .enums import EmailStatus
    from .mail import TRANSIENT_SMTP_ERRORS, deliver_email, queued_emails

    sent = 0
    for email in queued_emails()[:500]:
        try:
            delivered = deliver_email(email=email)
        except TRANSIENT_SMTP_ERRORS:
            break  # the server is still unwell; the next sweep goes on
        if delivered.status == EmailStatus.SENT:
            sent += 1
    return sent
