import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from plenaria.helpdesk.enums import HelpdeskRole, InquiryStatus, MessageDirection
from plenaria.helpdesk.models import InquiryMessage, RoutingRule
from plenaria.helpdesk.services.inquiries import InquiryRequest, submit_inquiry

pytestmark = [pytest.mark.django_db]


@pytest.fixture
def inquiry(routed_congress):
    request = InquiryRequest(
        requester_type="media",
        topic="media_accreditation",
        language="ja",
        name="Sato Hiroshi",
        email="sato@example.jp",
        message="How do I get a press badge?",
    )
    return submit_inquiry(congress=routed_congress, request=request, submission_key="k1")


def refused(save) -> bool:
    try:
        with transaction.atomic():
            save()
    except IntegrityError:
        return True
    return False


def test_routing_rule_once_per_congress_type_and_topic(routed_congress, teams):
    duplicate = RoutingRule(
        congress=routed_congress,
        requester_type="media",
        topic="programme",
        team=teams["secretariat"],
        helpdesk_role=HelpdeskRole.SECRETARIAT,
    )

    assert refused(duplicate.save)


def test_inquiry_closed_needs_closed_at(inquiry):
    inquiry.status = InquiryStatus.CLOSED

    assert refused(inquiry.save)


def test_inquiry_open_cannot_keep_closed_at(inquiry):
    inquiry.closed_at = timezone.now()

    assert refused(inquiry.save)


def test_inquiry_closed_with_closed_at_is_stored(inquiry):
    inquiry.status, inquiry.closed_at = InquiryStatus.CLOSED, timezone.now()

    assert not refused(inquiry.save)


def test_inquiry_merged_must_be_closed(inquiry, routed_congress):
    other = submit_inquiry(
        congress=routed_congress,
        request=InquiryRequest("media", "other", "en", "Sato", "sato@example.jp", "Same question again"),
        submission_key="k2",
    )
    other.merged_into = inquiry

    assert refused(other.save)
    other.status, other.closed_at = InquiryStatus.CLOSED, timezone.now()
    assert not refused(other.save)


def test_inquiry_cannot_be_merged_into_itself(inquiry):
    inquiry.status, inquiry.closed_at, inquiry.merged_into = InquiryStatus.CLOSED, timezone.now(), inquiry

    assert refused(inquiry.save)


def test_inquiry_message_not_empty(inquiry):
    assert refused(
        lambda: InquiryMessage.objects.create(inquiry=inquiry, direction=MessageDirection.REPLY, body="")
    )


def test_inquiry_message_same_email_stored_once_per_inquiry(inquiry):
    def deliver():
        InquiryMessage.objects.create(
            inquiry=inquiry,
            direction=MessageDirection.FROM_REQUESTER,
            body="Thank you!",
            email_message_id="<abc@example.jp>",
        )

    assert not refused(deliver)
    assert refused(deliver)
    assert inquiry.messages.count() == 2  # the question, and the first delivery


def test_inquiry_messages_without_email_are_not_unique(inquiry):
    InquiryMessage.objects.create(inquiry=inquiry, direction=MessageDirection.NOTE, body="Checked")

    assert not refused(
        lambda: InquiryMessage.objects.create(inquiry=inquiry, direction=MessageDirection.NOTE, body="Again")
    )


def test_inquiry_reference_unique(inquiry, routed_congress):
    other = submit_inquiry(
        congress=routed_congress,
        request=InquiryRequest("media", "other", "en", "Sato", "sato@example.jp", "Another question"),
        submission_key="k2",
    )
    other.reference = inquiry.reference

    assert refused(other.save)
