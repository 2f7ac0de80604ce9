"""End to end: replies sent by SMTP to the real inbound service (aiosmtpd on a local port) reach their inquiries.

The service stores messages from its own threads with their own database connections, so these tests commit
for real (transactional_db) instead of running inside one test transaction."""

import smtplib
import socket
import time
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

import pytest
from aiosmtpd.controller import Controller

from plenaria.common.enums import EmailStatus
from plenaria.common.models import OutboundEmail
from plenaria.helpdesk.enums import InquiryStatus, MessageDirection
from plenaria.helpdesk.inbound_server import InboundSmtpServer
from plenaria.helpdesk.models import Inquiry, InquiryMessage
from plenaria.helpdesk.services.handling import reply_to_inquiry
from tests.factories.accounts import UserFactory
from tests.factories.congresses import CongressFactory
from tests.factories.helpdesk_inbound import as_bytes, ask_question, build_email

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]

HOST = "127.0.0.1"
REQUESTER = "ana.souza@example.org"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


@pytest.fixture
def inbound():
    """The inbound SMTP service, as `run_inbound_smtp` runs it, on a free local port."""
    server = InboundSmtpServer(host=HOST, port=free_port(), workers=2)
    server.start()
    yield server
    server.stop()


class Sink:
    """The organisation's outgoing mail server: keeps every message the outbox delivers to it."""

    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(message_from_bytes(envelope.content, policy=policy.default))
        return "250 OK"


@pytest.fixture
def outgoing(settings):
    sink = Sink()
    controller = Controller(sink, hostname=HOST, port=free_port())
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = HOST, controller.port
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_TIMEOUT = 5
    settings.DEFAULT_FROM_EMAIL = "Plenaria <no-reply@plenaria.invalid>"
    settings.INQUIRY_REPLY_ADDRESS = "inquiries@plenaria.invalid"
    controller.start()
    yield sink
    controller.stop()


def send(server: InboundSmtpServer, message: EmailMessage, *, to: str = "inquiries@plenaria.invalid"):
    with smtplib.SMTP(server.host, server.port, timeout=10) as client:
        return client.sendmail(REQUESTER, [to], as_bytes(message))


def wait_for(condition, seconds: float = 10.0):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if result := condition():
            return result
        time.sleep(0.05)
    raise AssertionError("the message did not arrive in time")


def test_reply_sent_over_smtp_is_threaded_into_the_inquiry(routed_congress, inbound):
    inquiry = ask_question(routed_congress)
    reply = build_email(
        subject=f"Re: [{inquiry.reference}] Second World Congress: the answer to your question",
        body="Thank you, I will send the proposal tomorrow.\n\nOn Mon, 17 Dec 2001, Plenaria wrote:\n> Dear Ana",
    )

    refused = send(inbound, reply)

    message = wait_for(lambda: InquiryMessage.objects.filter(email_message_id=reply["Message-ID"]).first())
    assert refused == {}
    assert message.inquiry_id == inquiry.pk
    assert (message.direction, message.body) == (
        MessageDirection.FROM_REQUESTER,
        "Thank you, I will send the proposal tomorrow.",
    )
    assert Inquiry.objects.count() == 1


def test_mail_without_a_reference_over_smtp_becomes_a_new_inquiry(routed_congress, inbound):
    question = build_email(sender="Kenji Sato <kenji@example.jp>", subject="Hotel", body="Any rooms left?")

    send(inbound, question, to="inquiries+yokohama-2001@plenaria.invalid")

    inquiry = wait_for(lambda: Inquiry.objects.first())
    assert (inquiry.congress, inquiry.requester_name, inquiry.subject) == (
        routed_congress,
        "Kenji Sato",
        "Hotel",
    )


def test_too_large_mail_is_refused_with_552(routed_congress, settings):
    settings.INBOUND_EMAIL_MAX_BYTES = 4000
    server = InboundSmtpServer(host=HOST, port=free_port(), workers=1)
    server.start()
    try:
        with pytest.raises((smtplib.SMTPSenderRefused, smtplib.SMTPDataError)) as refused:
            send(server, build_email(body="x" * 8000))
    finally:
        server.stop()

    assert refused.value.smtp_code == 552
    assert Inquiry.objects.count() == 0


def test_mail_that_cannot_be_stored_yet_gets_451_and_is_taken_on_the_retry(inbound):
    """With no congress to receive it, the sending server is told to try again later (451), not to give up."""
    question = build_email(sender="kenji@example.jp", subject="Hotel", body="Any rooms left?")

    with pytest.raises(smtplib.SMTPDataError) as deferred:
        send(inbound, question)
    congress = CongressFactory(slug="yokohama-2001")
    send(inbound, question)  # the sending server's retry

    assert deferred.value.smtp_code == 451
    inquiry = wait_for(lambda: Inquiry.objects.first())
    assert inquiry.congress == congress


def test_round_trip_the_handlers_answer_is_delivered_and_the_requesters_reply_is_threaded(
    routed_congress, inbound, outgoing
):
    """The requester answers the e-mail the outbox really delivered, as a mail program does: to its Reply-To,
    with "Re:" and its subject, quoting it below."""
    inquiry = ask_question(routed_congress, email=REQUESTER)
    handler = UserFactory(email="handler@ngogroup.example")
    reply_to_inquiry(inquiry=inquiry, actor=handler, body="Yes: send us a short proposal by 1 November.")
    delivered = wait_for(lambda: [m for m in outgoing.messages if "answer" in str(m["Subject"])])[0]
    assert OutboundEmail.objects.filter(status=EmailStatus.SENT).count() == 2  # confirmation and answer

    answer = EmailMessage()
    answer["From"] = f"Ana Souza <{REQUESTER}>"
    answer["To"] = str(delivered["Reply-To"])
    answer["Subject"] = "Re: " + " ".join(str(delivered["Subject"]).split())
    answer["Date"] = formatdate()
    answer["Message-ID"] = make_msgid(domain="example.org")
    answer["In-Reply-To"] = str(delivered["Message-ID"])
    quoted = "\n".join(f"> {line}" for line in delivered.get_body(("plain",)).get_content().splitlines())
    answer.set_content(
        "Here is our proposal: a workshop on child-safe tourism.\n\n"
        f"On {delivered['Date']}, {delivered['From']} wrote:\n{quoted}\n"
    )
    send(inbound, answer, to=str(delivered["Reply-To"]))

    message = wait_for(lambda: InquiryMessage.objects.filter(email_message_id=answer["Message-ID"]).first())
    inquiry.refresh_from_db()
    assert str(delivered["Reply-To"]) == "inquiries@plenaria.invalid"
    assert inquiry.reference in str(delivered["Subject"])
    assert message.inquiry_id == inquiry.pk
    assert message.body == "Here is our proposal: a workshop on child-safe tourism."
    assert inquiry.status == InquiryStatus.OPEN
    assert Inquiry.objects.count() == 1
