"""The same e-mail delivered several times at once (a mail server retrying while the first delivery is still being
stored) is stored once. Only PostgreSQL runs the deliveries truly at once; SQLite serialises whole transactions."""

import pytest

from plenaria.common.models import OutboundEmail
from plenaria.helpdesk.models import Inquiry, InquiryAttachment, InquiryMessage
from plenaria.helpdesk.services.inbound import InboundOutcome, receive_email
from tests.concurrency import POSTGRESQL_ONLY, run_at_once
from tests.factories.helpdesk_inbound import as_bytes, ask_question, build_email

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True), POSTGRESQL_ONLY]

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


@pytest.fixture(autouse=True)
def _private_media(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path


def deliver_at_once(message: bytes, times: int = 6) -> list[InboundOutcome]:
    outcomes = []
    errors = run_at_once([lambda: outcomes.append(receive_email(message).outcome) for _ in range(times)])
    assert errors == []
    return sorted(outcomes)


def test_reply_delivered_six_times_at_once_is_threaded_once(routed_congress):
    inquiry = ask_question(routed_congress)
    message = build_email(subject=f"Re: [{inquiry.reference}]", body="Here is the programme.")
    message.add_attachment(PDF, maintype="application", subtype="pdf", filename="programme.pdf")

    outcomes = deliver_at_once(as_bytes(message))

    assert outcomes == [InboundOutcome.DUPLICATE] * 5 + [InboundOutcome.THREADED]
    assert InquiryMessage.objects.filter(email_message_id=message["Message-ID"]).count() == 1
    assert InquiryAttachment.objects.count() == 1


def test_new_question_delivered_six_times_at_once_creates_one_inquiry(routed_congress):
    message = build_email(sender="kenji@example.jp", subject="Hotel", body="Any rooms left?")
    message.add_attachment(PDF, maintype="application", subtype="pdf", filename="booking.pdf")

    outcomes = deliver_at_once(as_bytes(message))

    assert outcomes == [InboundOutcome.DUPLICATE] * 5 + [InboundOutcome.NEW_INQUIRY]
    assert Inquiry.objects.count() == 1
    assert InquiryAttachment.objects.count() == 1
    assert OutboundEmail.objects.filter(purpose="inquiry_received").count() == 1
