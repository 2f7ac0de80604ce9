import threading

import pytest
from django.db import connection, transaction

from plenaria.common.enums import EmailStatus
from plenaria.common.mail import hold_outgoing_email, queue_email, queue_templated_email, retry_email
from plenaria.common.models import OutboundEmail
from plenaria.common.tasks import task_send_queued_email
from tests.common.test_mail import SMTP_HOST, SmtpServer
from tests.factories.accounts import UserFactory

pytestmark = [pytest.mark.integration]

HELD = "Not delivered: demo data"


@pytest.fixture
def smtp_server(settings, unused_port):
    """A real SMTP server: what the hold keeps back never reaches it."""
    server = SmtpServer(port=unused_port)
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = SMTP_HOST, server.port
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_TIMEOUT = 5
    server.start()
    yield server
    server.stop()


def _queue(to: str) -> OutboundEmail:
    return queue_email(to=to, subject="Your nomination", body_text="Complete your details.", language="en")


def _outbox() -> list[tuple[str, str, str]]:
    return list(OutboundEmail.objects.order_by("to").values_list("to", "status", "last_error"))


@pytest.mark.django_db
def test_hold_outgoing_email_stores_the_emails_marked_sent_and_delivers_none(
    smtp_server, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True), hold_outgoing_email(reason="demo data"):
        queued = _queue("a@example.org")
        templated = queue_templated_email(
            to="b@example.org", template="congresses/email/team_membership", context={}, language="fr"
        )

    assert _outbox() == [
        ("a@example.org", EmailStatus.SENT, HELD),
        ("b@example.org", EmailStatus.SENT, HELD),
    ]
    assert templated.subject != ""  # rendered and stored like any other e-mail
    assert (queued.attempt_count, queued.sent_at) == (0, None)
    assert smtp_server.messages == []


@pytest.mark.django_db
def test_hold_outgoing_email_held_email_is_never_sent_by_the_sweep_or_send_again(smtp_server):
    with hold_outgoing_email(reason="demo data"):
        email = _queue("a@example.org")

    swept = task_send_queued_email()
    retry_email(email=email, actor=UserFactory())

    assert swept == 0
    assert _outbox() == [("a@example.org", EmailStatus.SENT, HELD)]
    assert smtp_server.messages == []


@pytest.mark.django_db
def test_hold_outgoing_email_after_the_block_delivery_works_normally(
    smtp_server, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        with hold_outgoing_email(reason="demo data"):
            _queue("held@example.org")
        _queue("after@example.org")

    assert _outbox() == [
        ("after@example.org", EmailStatus.SENT, ""),
        ("held@example.org", EmailStatus.SENT, HELD),
    ]
    assert smtp_server.recipients == [["after@example.org"]]


@pytest.mark.django_db(transaction=True)
def test_hold_outgoing_email_holds_what_commit_callbacks_registered_inside_it_queue(smtp_server):
    # Services often e-mail from on-commit callbacks, which run once the block is over.
    with transaction.atomic():
        transaction.on_commit(lambda: _queue("before@example.org"))
        with hold_outgoing_email(reason="demo data"):
            transaction.on_commit(lambda: _queue("inside@example.org"))
        transaction.on_commit(lambda: _queue("after@example.org"))
    _queue("later@example.org")

    assert _outbox() == [
        ("after@example.org", EmailStatus.SENT, ""),
        ("before@example.org", EmailStatus.SENT, ""),
        ("inside@example.org", EmailStatus.SENT, HELD),
        ("later@example.org", EmailStatus.SENT, ""),
    ]
    assert sorted(smtp_server.recipients) == [
        ["after@example.org"],
        ["before@example.org"],
        ["later@example.org"],
    ]


@pytest.mark.django_db(transaction=True)
def test_hold_outgoing_email_rolled_back_leaves_no_hold_behind(smtp_server):
    def failing_job() -> None:
        with transaction.atomic(), hold_outgoing_email(reason="demo data"):
            _queue("rolled-back@example.org")
            transaction.on_commit(lambda: _queue("never@example.org"))
            raise RuntimeError("the job fails")

    with pytest.raises(RuntimeError):
        failing_job()

    _queue("next@example.org")

    assert _outbox() == [("next@example.org", EmailStatus.SENT, "")]
    assert smtp_server.recipients == [["next@example.org"]]


@pytest.mark.django_db(transaction=True)
def test_hold_outgoing_email_does_not_hold_other_threads(smtp_server):
    def queue_in_other_thread() -> None:
        try:
            _queue("other-thread@example.org")
        finally:
            connection.close()  # the thread's own connection

    with hold_outgoing_email(reason="demo data"):
        _queue("held@example.org")
        other = threading.Thread(target=queue_in_other_thread)
        other.start()
        other.join(timeout=30)

    assert _outbox() == [
        ("held@example.org", EmailStatus.SENT, HELD),
        ("other-thread@example.org", EmailStatus.SENT, ""),
    ]
    assert smtp_server.recipients == [["other-thread@example.org"]]
