from email import message_from_bytes, policy

import pytest
from aiosmtpd.controller import Controller

from plenaria.common.enums import EmailStatus
from plenaria.common.mail import deliver_email, queue_email, queue_templated_email, relay_outbox, retry_email
from plenaria.common.models import ActionLog, OutboundEmail
from plenaria.common.tasks import task_send_email, task_send_queued_email
from plenaria.congresses.services import add_team_member
from tests.factories.accounts import UserFactory
from tests.factories.congresses import StaffTeamFactory

pytestmark = [pytest.mark.integration, pytest.mark.django_db]

SMTP_HOST = "127.0.0.1"
TRANSIENT_REPLY = "451 4.3.0 try again later"


class RecordingHandler:
    """An aiosmtpd handler that keeps what it receives and can refuse the next deliveries as a busy server does."""

    def __init__(self):
        self.messages = []
        self.recipients = []
        self.refusals_left = 0

    async def handle_DATA(self, server, session, envelope):
        if self.refusals_left > 0:
            self.refusals_left -= 1
            return TRANSIENT_REPLY
        self.messages.append(message_from_bytes(envelope.content, policy=policy.default))
        self.recipients.append(list(envelope.rcpt_tos))
        return "250 OK"


class SmtpServer:
    """A real SMTP server on a local port, started and stopped by the test."""

    def __init__(self, port: int):
        self.port = port
        self.handler = RecordingHandler()
        self._controller = None

    @property
    def messages(self):
        return self.handler.messages

    @property
    def recipients(self):
        return self.handler.recipients

    def refuse_next(self, count: int) -> None:
        self.handler.refusals_left = count

    def start(self) -> None:
        self._controller = Controller(self.handler, hostname=SMTP_HOST, port=self.port)
        self._controller.start()

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None


@pytest.fixture
def stopped_smtp_server(settings, unused_port):
    """The SMTP settings point to a local port on which nothing listens until the test calls `start()`."""
    server = SmtpServer(port=unused_port)
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = SMTP_HOST
    settings.EMAIL_PORT = server.port
    settings.EMAIL_HOST_USER = ""
    settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_USE_SSL = False
    settings.EMAIL_TIMEOUT = 5
    settings.DEFAULT_FROM_EMAIL = "Plenaria <no-reply@plenaria.invalid>"
    yield server
    server.stop()


@pytest.fixture
def smtp_server(stopped_smtp_server):
    stopped_smtp_server.start()
    return stopped_smtp_server


def _subject(message) -> str:
    # Django folds an encoded Subject onto a continuation line, which the parser keeps as a leading space.
    return str(message["Subject"]).strip()


def _text(message) -> str:
    return message.get_body(preferencelist=("plain",)).get_content()


def _queue(**overrides) -> OutboundEmail:
    fields = {
        "to": "delegate@example.org",
        "subject": "Your accreditation",
        "body_text": "Welcome to Yokohama.",
        "language": "en",
        "purpose": "test",
    }
    return queue_email(**{**fields, **overrides})


def test_queue_email_on_commit_delivers_to_smtp_server(smtp_server, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        email = _queue(body_html="<p>Welcome to Yokohama.</p>")

    email.refresh_from_db()
    message = smtp_server.messages[0]
    assert email.status == EmailStatus.SENT
    assert email.sent_at is not None
    assert email.attempt_count == 1
    assert email.last_error == ""
    assert len(smtp_server.messages) == 1
    assert smtp_server.recipients == [["delegate@example.org"]]
    assert _subject(message) == "Your accreditation"
    assert message["To"] == "delegate@example.org"
    assert message["From"] == "Plenaria <no-reply@plenaria.invalid>"
    assert _text(message).strip() == "Welcome to Yokohama."
    assert message.get_body(preferencelist=("html",)).get_content().strip() == "<p>Welcome to Yokohama.</p>"


def test_queue_email_before_commit_stays_queued(smtp_server, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        email = _queue()

    email.refresh_from_db()
    assert email.status == EmailStatus.QUEUED
    assert email.attempt_count == 0
    assert len(callbacks) == 1
    assert smtp_server.messages == []


def test_add_team_member_french_user_mail_rendered_in_french(
    smtp_server, congress, django_capture_on_commit_callbacks
):
    team = StaffTeamFactory(congress=congress, name={"en": "Secretariat", "fr": "Secrétariat"})
    manager = UserFactory()

    with django_capture_on_commit_callbacks(execute=True):
        add_team_member(team=team, email="Amelie@Example.org", actor=manager, language="fr")

    email = OutboundEmail.objects.get()
    message = smtp_server.messages[0]
    body = _text(message)
    assert email.language == "fr"
    assert email.purpose == "team_membership"
    assert email.congress_id == congress.pk
    assert email.status == EmailStatus.SENT
    assert smtp_server.recipients == [["amelie@example.org"]]
    assert "Secrétariat" in _subject(message)
    assert "Secretariat" not in _subject(message) + body
    assert "http://127.0.0.1:8000/fr/accounts/password/reset/" in body


def test_queue_templated_email_plain_text_is_not_html_escaped(
    smtp_server, django_capture_on_commit_callbacks
):
    team = StaffTeamFactory(name={"en": "Media & <Press>"})

    with django_capture_on_commit_callbacks(execute=True):
        email = queue_templated_email(
            to="press@example.org",
            template="congresses/email/team_membership",
            context={"team": team, "congress": team.congress, "is_new_user": False, "site_url": ""},
            language="en",
        )

    message = smtp_server.messages[0]
    assert email.subject == "You have been added to the team “Media & <Press>”"
    assert _subject(message) == "You have been added to the team “Media & <Press>”"
    assert "“Media & <Press>”" in _text(message)


def test_deliver_email_transient_refusal_keeps_email_queued_with_error(
    smtp_server, django_capture_on_commit_callbacks
):
    smtp_server.refuse_next(1)

    with django_capture_on_commit_callbacks(execute=True):
        email = _queue()

    email.refresh_from_db()
    assert email.status == EmailStatus.QUEUED
    assert email.attempt_count == 1
    assert email.sent_at is None
    assert email.last_error.startswith("SMTPDataError: (451")
    assert "try again later" in email.last_error
    assert smtp_server.messages == []


def test_send_queued_email_after_transient_refusal_delivers_exactly_once(
    smtp_server, django_capture_on_commit_callbacks
):
    smtp_server.refuse_next(1)
    with django_capture_on_commit_callbacks(execute=True):
        email = _queue()

    sent_count = task_send_queued_email.delay().get()
    second_sweep_count = task_send_queued_email.delay().get()

    email.refresh_from_db()
    assert sent_count == 1
    assert second_sweep_count == 0
    assert email.status == EmailStatus.SENT
    assert email.attempt_count == 2
    assert email.last_error == ""
    assert [_subject(m) for m in smtp_server.messages] == ["Your accreditation"]


def test_send_queued_email_server_down_then_up_delivers_every_email(
    stopped_smtp_server, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        first = _queue(subject="First")
        second = _queue(subject="Second")
    while_down_count = task_send_queued_email.delay().get()
    first.refresh_from_db()
    second.refresh_from_db()
    assert while_down_count == 0
    assert (first.status, second.status) == (EmailStatus.QUEUED, EmailStatus.QUEUED)
    assert first.last_error.startswith("ConnectionRefusedError")

    stopped_smtp_server.start()
    sent_count = task_send_queued_email.delay().get()

    assert sent_count == 2
    assert sorted(OutboundEmail.objects.values_list("subject", "status")) == [
        ("First", EmailStatus.SENT),
        ("Second", EmailStatus.SENT),
    ]
    assert sorted(_subject(m) for m in stopped_smtp_server.messages) == ["First", "Second"]


def test_send_queued_email_malformed_address_fails_without_blocking_the_queue(smtp_server):
    malformed = _queue(to="two@at@example.org", subject="Malformed")
    valid = _queue(subject="Valid")

    sent_count = task_send_queued_email.delay().get()

    malformed.refresh_from_db()
    valid.refresh_from_db()
    assert sent_count == 1
    assert (malformed.status, malformed.attempt_count) == (EmailStatus.FAILED, 1)
    assert malformed.last_error == 'ValueError: Invalid address "two@at@example.org"'
    assert valid.status == EmailStatus.SENT
    assert [_subject(m) for m in smtp_server.messages] == ["Valid"]


def test_deliver_email_already_sent_is_not_sent_again(smtp_server, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        email = _queue()

    task_send_email.delay(email_id=email.pk)
    deliver_email(email=email)

    email.refresh_from_db()
    assert email.attempt_count == 1
    assert len(smtp_server.messages) == 1


def test_deliver_email_max_attempts_reached_marks_failed(
    smtp_server, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_MAX_ATTEMPTS = 2
    smtp_server.refuse_next(5)
    with django_capture_on_commit_callbacks(execute=True):
        email = _queue()

    task_send_queued_email.delay().get()
    task_send_queued_email.delay().get()
    task_send_email.delay(email_id=email.pk)

    email.refresh_from_db()
    assert email.status == EmailStatus.FAILED
    assert email.attempt_count == 2
    assert "try again later" in email.last_error
    assert smtp_server.handler.refusals_left == 3
    assert smtp_server.messages == []


def test_retry_email_failed_email_is_requeued_and_delivered(
    smtp_server, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_MAX_ATTEMPTS = 1
    staff = UserFactory()
    smtp_server.refuse_next(1)
    with django_capture_on_commit_callbacks(execute=True):
        email = _queue(congress_id=7)
    email.refresh_from_db()
    assert email.status == EmailStatus.FAILED

    with django_capture_on_commit_callbacks(execute=True):
        retry_email(email=email, actor=staff)

    email.refresh_from_db()
    entry = ActionLog.objects.get(action="common.email.requeued")
    assert email.status == EmailStatus.SENT
    assert email.attempt_count == 1
    assert email.last_error == ""
    assert len(smtp_server.messages) == 1
    assert (entry.actor, entry.object_id, entry.congress_id) == (staff, str(email.pk), 7)


def test_retry_email_already_sent_is_not_sent_again(smtp_server, django_capture_on_commit_callbacks):
    staff = UserFactory()
    with django_capture_on_commit_callbacks(execute=True):
        email = _queue()
    stale_copy = OutboundEmail.objects.get(pk=email.pk)

    with django_capture_on_commit_callbacks(execute=True):
        retry_email(email=stale_copy, actor=staff)

    email.refresh_from_db()
    assert email.status == EmailStatus.SENT
    assert email.attempt_count == 1
    assert len(smtp_server.messages) == 1
    assert ActionLog.objects.filter(action="common.email.requeued").count() == 0


def test_password_reset_request_mail_goes_through_outbox_in_user_language(
    client, smtp_server, django_capture_on_commit_callbacks
):
    UserFactory(email="rosa@example.org", language="fr")

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/en/accounts/password/reset/", {"email": "rosa@example.org"})

    email = OutboundEmail.objects.get()
    message = smtp_server.messages[0]
    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/password/reset/done/"
    assert email.to == "rosa@example.org"
    assert email.language == "fr"
    assert email.purpose == "password_reset_key"
    assert email.status == EmailStatus.SENT
    assert email.subject == "[Plenaria] E-mail de réinitialisation de mot de passe"
    assert _subject(message) == "[Plenaria] E-mail de réinitialisation de mot de passe"
    assert "/fr/accounts/password/reset/key/" in _text(message)


def test_relay_outbox_sends_every_queued_email(smtp_server):
    emails = [_queue(to=f"delegate{number}@example.org") for number in range(5)]

    sent = relay_outbox()

    assert sent == 5
    assert sorted(r[0] for r in smtp_server.recipients) == sorted(email.to for email in emails)
    assert set(OutboundEmail.objects.values_list("status", flat=True)) == {EmailStatus.SENT}


def test_relay_outbox_stops_at_a_transient_refusal_and_leaves_the_rest_for_the_sweep(smtp_server):
    for number in range(4):
        _queue(to=f"delegate{number}@example.org")
    smtp_server.refuse_next(1)

    sent_while_busy = relay_outbox()

    assert sent_while_busy == 0
    assert OutboundEmail.objects.filter(status=EmailStatus.QUEUED).count() == 4
    assert task_send_queued_email.delay().get() == 4
    assert len(smtp_server.messages) == 4


def test_relay_outbox_with_the_server_down_keeps_everything_queued(stopped_smtp_server):
    _queue()

    assert relay_outbox() == 0

    assert OutboundEmail.objects.get().status == EmailStatus.QUEUED
