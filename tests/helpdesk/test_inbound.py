"""E-mailed replies: threading by reference and sender, new inquiries, duplicates, mail loops."""

import pytest

from plenaria.common.models import ActionLog, OutboundEmail
from plenaria.helpdesk.enums import InquiryStatus, MessageDirection
from plenaria.helpdesk.errors import HelpdeskError
from plenaria.helpdesk.models import Inquiry
from plenaria.helpdesk.services.handling import (
    close_inquiry,
    merge_inquiries,
    move_to_concern,
    reply_to_inquiry,
)
from plenaria.helpdesk.services.inbound import InboundOutcome, receive_email
from tests.factories.accounts import UserFactory
from tests.factories.congresses import CongressFactory
from tests.factories.helpdesk_inbound import ANA, DESK, as_bytes, ask_question, build_email

pytestmark = [pytest.mark.integration, pytest.mark.django_db]


@pytest.fixture
def handler(db):
    return UserFactory(email="handler@ngogroup.example")


@pytest.fixture
def answered(routed_congress, handler):
    """Ana's inquiry, answered by the NGO Group: it waits for her."""
    inquiry = ask_question(routed_congress)
    reply_to_inquiry(inquiry=inquiry, actor=handler, body="Yes: send us a short proposal by 1 November.")
    inquiry.refresh_from_db()
    return inquiry


def bodies(inquiry: Inquiry) -> list[tuple[str, str]]:
    return [(m.direction, m.body) for m in inquiry.messages.order_by("created_at", "pk")]


def test_receive_email_reference_in_subject_threads_into_the_inquiry(answered):
    message = build_email(
        subject=f"Re: [{answered.reference}] Congress: the answer", body="I will send it tomorrow."
    )

    result = receive_email(as_bytes(message))

    answered.refresh_from_db()
    assert (result.outcome, result.inquiry) == (InboundOutcome.THREADED, answered)
    assert bodies(answered)[-1] == (MessageDirection.FROM_REQUESTER, "I will send it tomorrow.")
    assert answered.messages.last().email_message_id == message["Message-ID"]
    assert answered.status == InquiryStatus.OPEN
    assert Inquiry.objects.count() == 1


def test_receive_email_reference_only_in_body_threads(answered):
    body = f"About my inquiry {answered.reference.lower()}: I will send it tomorrow."

    result = receive_email(as_bytes(build_email(subject="Our workshop", body=body)))

    assert (result.outcome, result.inquiry) == (InboundOutcome.THREADED, answered)
    assert bodies(answered)[-1] == (MessageDirection.FROM_REQUESTER, body)


def test_receive_email_sender_address_in_other_case_threads(answered):
    message = build_email(
        sender="ANA.SOUZA@EXAMPLE.ORG", subject=f"Re: [{answered.reference}]", body="Noted."
    )

    result = receive_email(as_bytes(message))

    assert (result.outcome, result.inquiry) == (InboundOutcome.THREADED, answered)


def test_receive_email_stranger_with_a_reference_gets_a_new_inquiry_and_the_original_is_untouched(
    answered, teams
):
    before = bodies(answered)
    message = build_email(
        sender="Mallory <mallory@example.net>",
        subject=f"Re: [{answered.reference}] Congress: the answer",
        body="Please send me all the details of this conversation.",
    )

    result = receive_email(as_bytes(message))

    answered.refresh_from_db()
    new = result.inquiry
    assert result.outcome == InboundOutcome.NEW_INQUIRY
    assert new != answered
    assert bodies(answered) == before
    assert answered.status == InquiryStatus.WAITING
    assert (new.requester_email, new.requester_name) == ("mallory@example.net", "Mallory")
    assert (new.requester_type, new.topic, new.language) == ("other", "other", "en")
    assert new.team == teams["secretariat"]  # other × other → the secretariat
    assert new.subject == "Congress: the answer"  # without Re: and without Ana's reference
    assert bodies(new) == [
        (MessageDirection.FROM_REQUESTER, "Please send me all the details of this conversation.")
    ]
    confirmation = OutboundEmail.objects.get(purpose="inquiry_received", to="mallory@example.net")
    assert answered.reference not in confirmation.subject + confirmation.body_text


def test_receive_email_unknown_reference_becomes_a_new_inquiry(routed_congress):
    message = build_email(
        sender="Kenji Sato <kenji@example.jp>", subject="Re: [Q-2345-6789] Hotel", body="Any rooms?"
    )

    result = receive_email(as_bytes(message))

    assert result.outcome == InboundOutcome.NEW_INQUIRY
    assert result.inquiry.congress == routed_congress
    assert (result.inquiry.requester_name, result.inquiry.subject) == ("Kenji Sato", "Hotel")


def test_receive_email_without_display_name_is_named_after_the_address(routed_congress):
    result = receive_email(
        as_bytes(build_email(sender="kenji.sato@example.jp", body="Is there a shuttle bus?"))
    )

    assert result.inquiry.requester_name == "kenji.sato"


def test_receive_email_reply_to_a_closed_inquiry_reopens_it(answered, handler):
    close_inquiry(inquiry=answered, actor=handler)

    result = receive_email(
        as_bytes(build_email(subject=f"Re: [{answered.reference}]", body="One more question."))
    )

    answered.refresh_from_db()
    assert result.outcome == InboundOutcome.THREADED
    assert (answered.status, answered.closed_at) == (InquiryStatus.OPEN, None)
    log = ActionLog.objects.filter(action="helpdesk.inquiry.requester_wrote").latest("pk")
    assert log.data == {"by_email": True, "reopened": True}


def test_receive_email_reply_to_a_merged_inquiry_goes_to_the_one_that_stays(routed_congress, handler):
    duplicate = ask_question(routed_congress, key="k1")
    kept = ask_question(routed_congress, key="k2")
    merge_inquiries(duplicate=duplicate, into=kept, actor=handler)

    result = receive_email(as_bytes(build_email(subject=f"Re: [{duplicate.reference}]", body="Any news?")))

    assert (result.outcome, result.inquiry) == (InboundOutcome.THREADED, kept)
    assert bodies(kept)[-1] == (MessageDirection.FROM_REQUESTER, "Any news?")


def test_receive_email_reply_to_an_inquiry_moved_to_a_concern_becomes_a_new_inquiry(answered, handler):
    move_to_concern(inquiry=answered, actor=handler, note="For the safeguarding officers.")
    before = bodies(answered)

    result = receive_email(
        as_bytes(build_email(subject=f"Re: [{answered.reference}]", body="Has anyone read this?"))
    )

    assert result.outcome == InboundOutcome.NEW_INQUIRY
    assert result.inquiry != answered
    assert bodies(answered) == before


def test_receive_email_in_reply_to_an_earlier_email_threads_without_a_reference(answered):
    first = build_email(subject=f"Re: [{answered.reference}]", body="I will send it tomorrow.")
    receive_email(as_bytes(first))
    follow_up = build_email(
        subject="Re: my message", body="Here it is.", headers={"In-Reply-To": first["Message-ID"]}
    )

    result = receive_email(as_bytes(follow_up))

    assert (result.outcome, result.inquiry) == (InboundOutcome.THREADED, answered)


def test_receive_email_same_message_id_twice_is_stored_once(answered):
    message = as_bytes(build_email(subject=f"Re: [{answered.reference}]", body="I will send it tomorrow."))

    first = receive_email(message)
    second = receive_email(message)

    assert (first.outcome, second.outcome) == (InboundOutcome.THREADED, InboundOutcome.DUPLICATE)
    assert [body for _, body in bodies(answered)].count("I will send it tomorrow.") == 1


def test_receive_email_new_inquiry_delivered_twice_is_created_once(routed_congress):
    message = as_bytes(build_email(sender="kenji@example.jp", subject="Hotel", body="Any rooms left?"))

    first = receive_email(message)
    second = receive_email(message)

    assert (first.outcome, second.outcome) == (InboundOutcome.NEW_INQUIRY, InboundOutcome.DUPLICATE)
    assert second.inquiry == first.inquiry
    assert Inquiry.objects.count() == 1
    assert OutboundEmail.objects.filter(purpose="inquiry_received").count() == 1


def test_receive_email_without_message_id_delivered_twice_is_stored_once(answered):
    message = build_email(subject=f"Re: [{answered.reference}]", body="Noted, thank you.")
    del message["Message-ID"]

    receive_email(as_bytes(message))
    receive_email(as_bytes(message))

    assert [body for _, body in bodies(answered)].count("Noted, thank you.") == 1


@pytest.mark.parametrize(
    ("headers", "envelope_from", "sender", "reason"),
    [
        ({"Auto-Submitted": "auto-replied"}, "", ANA, "auto_submitted"),
        ({"Precedence": "bulk"}, "", ANA, "precedence"),
        ({"Precedence": "junk"}, "", ANA, "precedence"),
        ({"X-Autoreply": "yes"}, "", ANA, "auto_reply"),
        ({}, "<>", ANA, "bounce"),
        ({}, "", "Mail Delivery System <MAILER-DAEMON@mail.example.org>", "bounce"),
        ({}, "", "Plenaria <no-reply@plenaria.invalid>", "own_address"),
    ],
)
def test_receive_email_auto_replies_and_bounces_are_dropped(answered, headers, envelope_from, sender, reason):
    before = bodies(answered)
    sent_before = OutboundEmail.objects.count()
    message = build_email(
        sender=sender,
        subject=f"Out of office: [{answered.reference}]",
        body="I am out of the office until 7 January.",
        headers=headers,
    )

    result = receive_email(as_bytes(message), envelope_from=envelope_from)

    assert (result.outcome, result.reason, result.inquiry) == (InboundOutcome.DROPPED, reason, None)
    assert bodies(answered) == before
    assert Inquiry.objects.count() == 1
    assert OutboundEmail.objects.count() == sent_before  # nothing answers it: no mail loop


def test_receive_email_auto_submitted_no_is_an_ordinary_message(answered):
    message = build_email(
        subject=f"Re: [{answered.reference}]", body="Noted.", headers={"Auto-Submitted": "no"}
    )

    result = receive_email(as_bytes(message))

    assert result.outcome == InboundOutcome.THREADED


def test_receive_email_too_large_is_refused(answered, settings):
    settings.INBOUND_EMAIL_MAX_BYTES = 2000
    before = bodies(answered)

    with pytest.raises(HelpdeskError) as refused:
        receive_email(as_bytes(build_email(subject=f"Re: [{answered.reference}]", body="x" * 3000)))

    assert refused.value.code == "email_too_large"
    assert bodies(answered) == before


def test_receive_email_new_inquiry_goes_to_the_congress_of_the_plus_address(routed_congress):
    other = CongressFactory(slug="yokohama-follow-up")

    plus = receive_email(
        as_bytes(build_email(to="inquiries+yokohama-follow-up@plenaria.invalid", body="Question one."))
    )
    slug = receive_email(
        as_bytes(build_email(to="yokohama-follow-up@plenaria.invalid", body="Question two."))
    )
    general = receive_email(as_bytes(build_email(to=DESK, body="Question three.")))

    assert plus.inquiry.congress == other
    assert slug.inquiry.congress == other
    assert general.inquiry.congress == routed_congress  # the featured congress (the first published)


def test_receive_email_smtp_recipients_choose_the_congress_over_the_headers(routed_congress):
    other = CongressFactory(slug="yokohama-follow-up")

    result = receive_email(
        as_bytes(build_email(to=DESK, body="Question.")),
        recipients=["inquiries+yokohama-follow-up@plenaria.invalid"],
    )

    assert result.inquiry.congress == other


def test_receive_email_without_any_congress_is_deferred(db):
    with pytest.raises(HelpdeskError) as deferred:
        receive_email(as_bytes(build_email(body="Is anyone there?")))

    assert deferred.value.code == "inbound_no_congress"
    assert Inquiry.objects.count() == 0


def test_receive_email_is_audit_logged_without_content(answered):
    receive_email(
        as_bytes(build_email(subject=f"Re: [{answered.reference}]", body="My passport number is X1234567."))
    )

    log = ActionLog.objects.get(action="helpdesk.inquiry.email_received")
    assert log.object_repr == answered.reference
    assert log.data == {"new_inquiry": False, "attachments": 0, "attachments_refused": 0}
    assert "X1234567" not in str(ActionLog.objects.values_list("data", "object_repr"))
