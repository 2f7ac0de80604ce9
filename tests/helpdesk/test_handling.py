"""What the organisers do with an inquiry (services/handling.py): reply, note, assign, transfer, merge, close, reopen,
hand to safeguarding; and what the requester adds to it."""

import socket
from email import message_from_bytes, policy

import pytest
from aiosmtpd.controller import Controller
from django.conf import settings
from django.utils import timezone

from plenaria.common.mail import deliver_email
from plenaria.common.models import ActionLog, OutboundEmail
from plenaria.concerns.models import Concern
from plenaria.helpdesk.enums import InquiryStatus, MessageDirection
from plenaria.helpdesk.errors import HelpdeskError
from plenaria.helpdesk.models import Inquiry, InquiryMessage
from plenaria.helpdesk.services import handling
from tests.concurrency import POSTGRESQL_ONLY, run_at_once
from tests.factories.congresses import CongressFactory, StaffTeamFactory
from tests.factories.helpdesk import InquiryFactory, InquiryMessageFactory
from tests.factories.helpdesk_desk import desk_member

pytestmark = [pytest.mark.integration, pytest.mark.django_db]

QUESTION = "Our NGO would like to send three people. Is there a limit per organisation?"


@pytest.fixture
def handler(teams):
    return desk_member(teams["ngo-group"], full_name="Hana Handler")


@pytest.fixture
def inquiry(routed_congress, teams):
    return InquiryFactory(congress=routed_congress, team=teams["ngo-group"], language="fr")


def actions_of(inquiry) -> list[str]:
    return list(
        ActionLog.objects.filter(object_id=str(inquiry.pk), action__startswith="helpdesk.inquiry.")
        .order_by("pk")
        .values_list("action", flat=True)
    )


def conversation_of(inquiry) -> list[tuple[str, str]]:
    return [
        (message.direction, message.body) for message in Inquiry.objects.get(pk=inquiry.pk).messages.all()
    ]


def error_code(call) -> str:
    with pytest.raises(HelpdeskError) as error:
        call()
    return error.value.code


# --- Reply ------------------------------------------------------------------------------------------------------


def test_reply_to_inquiry_emails_the_requester_in_their_language_with_the_reference(inquiry, handler):
    handling.reply_to_inquiry(inquiry=inquiry, actor=handler, body="Up to three people per organisation.")

    email = OutboundEmail.objects.get()
    assert (email.to, email.language, email.purpose) == (inquiry.requester_email, "fr", "inquiry_reply")
    assert f"[{inquiry.reference}]" in email.subject
    assert "Congrès mondial" in email.subject  # the congress's name in French
    assert email.reply_to == settings.INQUIRY_REPLY_ADDRESS
    assert "Up to three people per organisation." in email.body_text
    assert email.congress_id == inquiry.congress_id


def test_reply_to_inquiry_is_kept_in_the_conversation_and_waits_for_the_requester(inquiry, handler):
    message = handling.reply_to_inquiry(inquiry=inquiry, actor=handler, body="  Up to three people.  ")

    inquiry.refresh_from_db()
    assert inquiry.status == InquiryStatus.WAITING
    assert conversation_of(inquiry) == [
        (MessageDirection.FROM_REQUESTER, QUESTION),
        (MessageDirection.REPLY, "Up to three people."),
    ]
    assert message.author == handler
    assert inquiry.assignee == handler  # an unassigned inquiry is taken by whoever answers it
    assert actions_of(inquiry) == ["helpdesk.inquiry.replied"]


def test_reply_to_inquiry_sets_the_first_response_time_once(inquiry, handler):
    first = handling.reply_to_inquiry(inquiry=inquiry, actor=handler, body="Up to three people.")
    handling.add_requester_message(inquiry=inquiry, body="And observers?")

    handling.reply_to_inquiry(inquiry=inquiry, actor=handler, body="Observers too.")

    inquiry.refresh_from_db()
    assert inquiry.first_response_at == first.created_at
    assert OutboundEmail.objects.filter(purpose="inquiry_reply").count() == 2


def test_reply_to_inquiry_keeps_the_assignee_it_has(inquiry, handler, teams):
    colleague = desk_member(teams["ngo-group"])
    handling.assign_inquiry(inquiry=inquiry, actor=handler, assignee=colleague)

    handling.reply_to_inquiry(inquiry=inquiry, actor=handler, body="Up to three people.")

    inquiry.refresh_from_db()
    assert inquiry.assignee == colleague


@pytest.mark.parametrize(("body", "code"), [("   ", "message_required"), ("x" * 10_001, "too_long")])
def test_reply_to_inquiry_refuses_an_empty_or_too_long_answer(inquiry, handler, body, code):
    assert error_code(lambda: handling.reply_to_inquiry(inquiry=inquiry, actor=handler, body=body)) == code

    inquiry.refresh_from_db()
    assert (inquiry.status, inquiry.first_response_at) == (InquiryStatus.NEW, None)
    assert OutboundEmail.objects.count() == 0


def test_reply_to_inquiry_closed_is_refused(inquiry, handler):
    handling.close_inquiry(inquiry=inquiry, actor=handler)

    code = error_code(lambda: handling.reply_to_inquiry(inquiry=inquiry, actor=handler, body="Too late?"))

    assert code == "inquiry_closed"
    assert InquiryMessage.objects.filter(direction=MessageDirection.REPLY).count() == 0


@pytest.fixture
def smtp_server(settings):
    """A real SMTP server (aiosmtpd) on a free local port, keeping what it receives."""
    received = []

    class Handler:
        async def handle_DATA(self, server, session, envelope):
            received.append(message_from_bytes(envelope.content, policy=policy.default))
            return "250 OK"

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    controller = Controller(Handler(), hostname="127.0.0.1", port=port)
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", port
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    yield received
    controller.stop()


def test_reply_to_inquiry_arrives_by_smtp_with_the_desk_as_reply_to(inquiry, handler, smtp_server):
    handling.reply_to_inquiry(inquiry=inquiry, actor=handler, body="Up to three people per organisation.")

    deliver_email(email=OutboundEmail.objects.get())

    [message] = smtp_server
    assert message["To"] == inquiry.requester_email
    assert message["Reply-To"] == settings.INQUIRY_REPLY_ADDRESS
    assert f"[{inquiry.reference}]" in str(message["Subject"])
    assert "Up to three people per organisation." in message.get_body(preferencelist=("plain",)).get_content()


# --- Notes and assignment ---------------------------------------------------------------------------------------


def test_add_note_is_kept_but_never_emailed(inquiry, handler):
    handling.add_note(inquiry=inquiry, actor=handler, body="Ask the programme team about observers.")

    inquiry.refresh_from_db()
    assert conversation_of(inquiry)[-1] == (MessageDirection.NOTE, "Ask the programme team about observers.")
    assert OutboundEmail.objects.count() == 0
    assert (inquiry.status, inquiry.first_response_at) == (InquiryStatus.NEW, None)
    assert actions_of(inquiry) == ["helpdesk.inquiry.noted"]


def test_assign_inquiry_to_a_team_member_opens_it(inquiry, handler, teams):
    colleague = desk_member(teams["ngo-group"])

    handling.assign_inquiry(inquiry=inquiry, actor=handler, assignee=colleague)

    inquiry.refresh_from_db()
    assert (inquiry.assignee, inquiry.status) == (colleague, InquiryStatus.OPEN)
    log = ActionLog.objects.get(action="helpdesk.inquiry.assigned")
    assert log.data == {"assignee": [None, colleague.pk]}


def test_assign_inquiry_to_someone_of_another_team_is_refused(inquiry, handler, teams):
    outsider = desk_member(teams["unicef"])

    code = error_code(lambda: handling.assign_inquiry(inquiry=inquiry, actor=handler, assignee=outsider))

    assert code == "assignee_not_in_team"
    inquiry.refresh_from_db()
    assert (inquiry.assignee, inquiry.status) == (None, InquiryStatus.NEW)


def test_assign_inquiry_to_nobody_clears_the_assignee(inquiry, handler):
    handling.assign_inquiry(inquiry=inquiry, actor=handler, assignee=handler)

    handling.assign_inquiry(inquiry=inquiry, actor=handler, assignee=None)

    inquiry.refresh_from_db()
    assert inquiry.assignee is None


# --- Transfer ---------------------------------------------------------------------------------------------------


def test_transfer_inquiry_moves_it_to_the_new_queue_with_the_note(inquiry, handler, teams):
    handling.assign_inquiry(inquiry=inquiry, actor=handler, assignee=handler)

    handling.transfer_inquiry(
        inquiry=inquiry, actor=handler, team=teams["ecpat"], note="A travel company asks: ECPAT's code."
    )

    inquiry.refresh_from_db()
    assert (inquiry.team, inquiry.assignee, inquiry.status) == (teams["ecpat"], None, InquiryStatus.NEW)
    assert conversation_of(inquiry)[-1] == (MessageDirection.NOTE, "A travel company asks: ECPAT's code.")
    assert ActionLog.objects.get(action="helpdesk.inquiry.transferred").data == {
        "team": ["ngo-group", "ecpat"]
    }


def test_transfer_inquiry_tells_the_requester_which_organisation_answers_now(routed_congress, handler, teams):
    inquiry = InquiryFactory(congress=routed_congress, team=teams["ngo-group"], language="en")

    handling.transfer_inquiry(
        inquiry=inquiry, actor=handler, team=teams["secretariat"], note="Visa question."
    )

    email = OutboundEmail.objects.get()
    assert (email.to, email.purpose, email.language) == (inquiry.requester_email, "inquiry_transferred", "en")
    assert "Ministry of Foreign Affairs of Japan" in email.body_text
    assert "Visa question." not in email.body_text  # the note is for the team, not for the requester
    assert email.reply_to == settings.INQUIRY_REPLY_ADDRESS


def test_transfer_inquiry_refusals(inquiry, handler, teams):
    elsewhere = StaffTeamFactory(congress=CongressFactory())

    def transfer(team, note):
        return error_code(
            lambda: handling.transfer_inquiry(inquiry=inquiry, actor=handler, team=team, note=note)
        )

    codes = [
        transfer(teams["ngo-group"], "Already ours."),
        transfer(elsewhere, "Another congress."),
        transfer(teams["ecpat"], "  "),
    ]

    assert codes == ["same_team", "team_of_another_congress", "message_required"]
    inquiry.refresh_from_db()
    assert inquiry.team == teams["ngo-group"]
    assert OutboundEmail.objects.count() == 0


# --- Merge ------------------------------------------------------------------------------------------------------


@pytest.fixture
def duplicate(routed_congress, teams):
    return InquiryFactory(
        congress=routed_congress, team=teams["ngo-group"], first_message="Sorry, again: how many may we send?"
    )


def test_merge_inquiries_moves_the_messages_and_closes_the_duplicate(inquiry, duplicate, handler):
    handling.merge_inquiries(duplicate=duplicate, into=inquiry, actor=handler)

    duplicate.refresh_from_db()
    assert duplicate.status == InquiryStatus.CLOSED
    assert duplicate.closed_at is not None
    assert duplicate.merged_into == inquiry
    assert duplicate.messages.count() == 0
    assert [body for _direction, body in conversation_of(inquiry)] == [
        QUESTION,
        "Sorry, again: how many may we send?",
        f"{duplicate.reference} → {inquiry.reference}",
    ]
    assert actions_of(duplicate) == ["helpdesk.inquiry.merged"]


def test_merge_inquiries_into_a_closed_one_reopens_it(inquiry, duplicate, handler):
    handling.close_inquiry(inquiry=inquiry, actor=handler)

    handling.merge_inquiries(duplicate=duplicate, into=inquiry, actor=handler)

    inquiry.refresh_from_db()
    assert (inquiry.status, inquiry.closed_at) == (InquiryStatus.OPEN, None)


def test_merge_inquiries_of_different_queues_is_refused(inquiry, routed_congress, handler, teams):
    other_queue = InquiryFactory(congress=routed_congress, team=teams["unicef"])

    code = error_code(lambda: handling.merge_inquiries(duplicate=other_queue, into=inquiry, actor=handler))

    assert code == "merge_other_queue"
    other_queue.refresh_from_db()
    assert (other_queue.status, other_queue.merged_into, other_queue.messages.count()) == (
        InquiryStatus.NEW,
        None,
        1,
    )


def test_merge_inquiries_refusals(inquiry, duplicate, routed_congress, handler, teams):
    third = InquiryFactory(congress=routed_congress, team=teams["ngo-group"])
    handling.merge_inquiries(duplicate=third, into=inquiry, actor=handler)

    codes = [
        error_code(lambda: handling.merge_inquiries(duplicate=inquiry, into=inquiry, actor=handler)),
        error_code(lambda: handling.merge_inquiries(duplicate=duplicate, into=third, actor=handler)),
        error_code(lambda: handling.merge_inquiries(duplicate=third, into=duplicate, actor=handler)),
    ]

    assert codes == ["merge_into_itself", "merge_into_merged", "inquiry_closed"]


def test_merge_inquiries_into_one_handed_to_safeguarding_is_refused(inquiry, duplicate, handler):
    handling.move_to_concern(inquiry=inquiry, actor=handler, note="A child at risk.")

    code = error_code(lambda: handling.merge_inquiries(duplicate=duplicate, into=inquiry, actor=handler))

    assert code == "inquiry_moved_to_concern"
    inquiry.refresh_from_db()
    duplicate.refresh_from_db()
    assert inquiry.status == InquiryStatus.CLOSED
    assert (duplicate.status, duplicate.messages.count()) == (InquiryStatus.NEW, 1)


# --- Close and reopen -------------------------------------------------------------------------------------------


def test_close_and_reopen_inquiry(inquiry, handler):
    handling.close_inquiry(inquiry=inquiry, actor=handler)
    inquiry.refresh_from_db()
    closed = (inquiry.status, inquiry.closed_at is not None)

    handling.reopen_inquiry(inquiry=inquiry, actor=handler)

    inquiry.refresh_from_db()
    assert closed == (InquiryStatus.CLOSED, True)
    assert (inquiry.status, inquiry.closed_at) == (InquiryStatus.OPEN, None)
    assert actions_of(inquiry) == ["helpdesk.inquiry.closed", "helpdesk.inquiry.reopened"]


def test_close_and_reopen_refusals(inquiry, duplicate, handler):
    handling.merge_inquiries(duplicate=duplicate, into=inquiry, actor=handler)

    codes = [
        error_code(lambda: handling.reopen_inquiry(inquiry=inquiry, actor=handler)),
        error_code(lambda: handling.reopen_inquiry(inquiry=duplicate, actor=handler)),
        error_code(lambda: handling.close_inquiry(inquiry=duplicate, actor=handler)),
    ]

    assert codes == ["inquiry_not_closed", "inquiry_merged", "inquiry_closed"]


# --- The requester writes again ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "after"),
    [
        (InquiryStatus.NEW, InquiryStatus.NEW),
        (InquiryStatus.OPEN, InquiryStatus.OPEN),
        (InquiryStatus.WAITING, InquiryStatus.OPEN),
        (InquiryStatus.CLOSED, InquiryStatus.OPEN),
    ],
)
def test_add_requester_message_brings_the_inquiry_back_to_the_team(inquiry, status, after):
    closed_at = timezone.now() if status == InquiryStatus.CLOSED else None
    Inquiry.objects.filter(pk=inquiry.pk).update(status=status, closed_at=closed_at)

    message = handling.add_requester_message(inquiry=inquiry, body="Any news?")

    inquiry.refresh_from_db()
    assert (inquiry.status, inquiry.closed_at) == (after, None)
    assert (message.direction, message.author) == (MessageDirection.FROM_REQUESTER, None)
    assert conversation_of(inquiry)[-1] == (MessageDirection.FROM_REQUESTER, "Any news?")


def test_add_requester_message_same_email_twice_is_stored_once(inquiry):
    first = handling.add_requester_message(
        inquiry=inquiry, body="Any news?", email_message_id="<a1@example.org>"
    )

    second = handling.add_requester_message(
        inquiry=inquiry, body="Any news?", email_message_id="<a1@example.org>"
    )

    assert first is not None
    assert second is None
    assert inquiry.messages.filter(email_message_id="<a1@example.org>").count() == 1


def test_add_requester_message_to_a_merged_inquiry_goes_to_the_one_that_stays(inquiry, duplicate, handler):
    handling.merge_inquiries(duplicate=duplicate, into=inquiry, actor=handler)

    handling.add_requester_message(inquiry=duplicate, body="Here is our list of names.")

    assert conversation_of(inquiry)[-1] == (MessageDirection.FROM_REQUESTER, "Here is our list of names.")
    assert duplicate.messages.count() == 0


def test_add_requester_message_follows_a_chain_of_merges(inquiry, duplicate, routed_congress, handler, teams):
    first = InquiryFactory(congress=routed_congress, team=teams["ngo-group"])
    handling.merge_inquiries(duplicate=first, into=duplicate, actor=handler)
    handling.merge_inquiries(duplicate=duplicate, into=inquiry, actor=handler)

    handling.add_requester_message(inquiry=first, body="Replying to my first e-mail.")

    inquiry.refresh_from_db()
    duplicate.refresh_from_db()
    assert conversation_of(inquiry)[-1] == (MessageDirection.FROM_REQUESTER, "Replying to my first e-mail.")
    assert duplicate.status == InquiryStatus.CLOSED


# --- Hand to the safeguarding officers --------------------------------------------------------------------------


def test_move_to_concern_opens_a_concern_for_the_officers_and_closes_the_inquiry(
    inquiry, handler, make_staff, routed_congress
):
    officer = make_staff(routed_congress, "is_safeguarding_officer")
    handling.add_requester_message(
        inquiry=inquiry, body="A delegate keeps asking our 15-year-old for photos."
    )

    concern = handling.move_to_concern(inquiry=inquiry, actor=handler, note="Possible grooming: urgent.")

    inquiry.refresh_from_db()
    assert Concern.objects.get() == concern
    assert concern.congress == routed_congress
    assert QUESTION in concern.what_happened
    assert "A delegate keeps asking our 15-year-old for photos." in concern.what_happened
    assert "Possible grooming: urgent." in concern.what_happened
    assert (concern.contact_name, concern.contact_email) == (inquiry.requester_name, inquiry.requester_email)
    assert (inquiry.status, inquiry.moved_to_concern) == (InquiryStatus.CLOSED, concern)
    assert OutboundEmail.objects.filter(purpose="concern_reported").get().to == officer.email
    assert ActionLog.objects.get(action="helpdesk.inquiry.moved_to_concern").data == {
        "concern": concern.reference
    }


def test_move_to_concern_tells_the_requester_without_the_content(inquiry, handler):
    handling.move_to_concern(inquiry=inquiry, actor=handler, note="Possible grooming: urgent.")

    email = OutboundEmail.objects.get(purpose="inquiry_moved_to_concern")
    assert (email.to, email.language) == (inquiry.requester_email, "fr")
    assert f"[{inquiry.reference}]" in email.subject
    for content in (QUESTION, "Possible grooming", inquiry.subject):
        assert content not in email.body_text
        assert content not in email.subject


def test_move_to_concern_long_messages_keep_the_handlers_note(inquiry, handler):
    handling.add_requester_message(inquiry=inquiry, body="A long account. " * 400)

    concern = handling.move_to_concern(inquiry=inquiry, actor=handler, note="Possible grooming: urgent.")

    assert "Possible grooming: urgent." in concern.what_happened
    assert len(concern.what_happened) <= 5000


def test_move_to_concern_afterwards_the_desk_cannot_continue(inquiry, handler):
    handling.move_to_concern(inquiry=inquiry, actor=handler, note="Possible grooming: urgent.")

    codes = [
        error_code(lambda: handling.reopen_inquiry(inquiry=inquiry, actor=handler)),
        error_code(lambda: handling.add_requester_message(inquiry=inquiry, body="Any news?")),
        error_code(lambda: handling.add_note(inquiry=inquiry, actor=handler, body="Still here?")),
        error_code(lambda: handling.move_to_concern(inquiry=inquiry, actor=handler, note="Again")),
    ]

    assert codes == ["inquiry_moved_to_concern"] * 3 + ["inquiry_closed"]
    assert Concern.objects.count() == 1


def test_move_to_concern_needs_a_note(inquiry, handler):
    code = error_code(lambda: handling.move_to_concern(inquiry=inquiry, actor=handler, note=" "))

    assert code == "message_required"
    assert Concern.objects.count() == 0
    assert Inquiry.objects.get(pk=inquiry.pk).status == InquiryStatus.NEW


# --- Two handlers at once (PostgreSQL) --------------------------------------------------------------------------


@POSTGRESQL_ONLY
@pytest.mark.django_db(transaction=True)
def test_reply_to_inquiry_two_handlers_at_once_both_replies_kept_first_response_is_the_first(teams):
    inquiry = InquiryFactory(congress=teams["ngo-group"].congress, team=teams["ngo-group"])
    hana, kenji = desk_member(teams["ngo-group"]), desk_member(teams["ngo-group"])
    InquiryMessageFactory(inquiry=inquiry, body="Any news?")

    errors = run_at_once(
        [
            lambda: handling.reply_to_inquiry(inquiry=inquiry, actor=hana, body="Hana's answer."),
            lambda: handling.reply_to_inquiry(inquiry=inquiry, actor=kenji, body="Kenji's answer."),
        ]
    )

    assert errors == []
    inquiry.refresh_from_db()
    replies = list(inquiry.messages.filter(direction=MessageDirection.REPLY).order_by("created_at", "pk"))
    assert sorted(reply.body for reply in replies) == ["Hana's answer.", "Kenji's answer."]
    assert inquiry.first_response_at == replies[0].created_at
    assert inquiry.first_response_at < replies[1].created_at
    assert inquiry.status == InquiryStatus.WAITING
    assert inquiry.assignee in (hana, kenji)
    assert OutboundEmail.objects.filter(purpose="inquiry_reply").count() == 2
    assert ActionLog.objects.filter(action="helpdesk.inquiry.replied").count() == 2
