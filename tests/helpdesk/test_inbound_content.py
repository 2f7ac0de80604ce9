"""What an e-mailed reply stores: the new text only (without the quoted history), in any charset, and the
attachments checked by content."""

import base64
import io
from email.header import Header
from pathlib import Path

import pytest
from PIL import Image

from plenaria.common.models import OutboundEmail
from plenaria.helpdesk.enums import MessageDirection
from plenaria.helpdesk.models import InquiryAttachment
from plenaria.helpdesk.services.inbound import (
    InboundOutcome,
    guess_language,
    html_to_text,
    receive_email,
    strip_quoted,
)
from tests.factories.helpdesk_inbound import as_bytes, ask_question, build_email

pytestmark = [pytest.mark.integration, pytest.mark.django_db]

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), "navy").save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.fixture
def inquiry(routed_congress):
    return ask_question(routed_congress)


@pytest.fixture
def private_media(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path


def last_body(inquiry) -> str:
    return inquiry.messages.order_by("created_at", "pk").last().body


GMAIL_REPLY = """I will send the proposal tomorrow.
Best regards,
Ana

On Mon, 17 Dec 2001 at 10:00, Plenaria <no-reply@plenaria.invalid>
wrote:

> Dear Ana Souza,
>
> Yes: send us a short proposal by 1 November.
"""

OUTLOOK_REPLY = """Thank you, that is clear.

-----Original Message-----
From: Plenaria <no-reply@plenaria.invalid>
Sent: Monday, December 17, 2001 10:00 AM
To: Ana Souza
Subject: [Q-2345-6789] the answer to your question

Dear Ana Souza, yes.
"""

INLINE_REPLY = """> Can NGOs propose a workshop?
Yes, we would like to.
> On which day?
The second day, if possible.
"""


@pytest.mark.parametrize(
    ("body", "stored"),
    [
        (GMAIL_REPLY, "I will send the proposal tomorrow.\nBest regards,\nAna"),
        (OUTLOOK_REPLY, "Thank you, that is clear."),
        (INLINE_REPLY, "Yes, we would like to.\nThe second day, if possible."),
        ("> only\n> a quote", "> only\n> a quote"),  # nothing new: the whole text is kept
    ],
    ids=["gmail", "outlook", "inline", "all-quoted"],
)
def test_receive_email_stores_only_the_new_text(inquiry, body, stored):
    receive_email(as_bytes(build_email(subject=f"Re: [{inquiry.reference}]", body=body)))

    assert last_body(inquiry) == stored


def test_receive_email_reference_in_the_quoted_text_threads(inquiry):
    body = f"Here is my proposal.\n\nOn Mon, 17 Dec 2001, Plenaria wrote:\n> Reference {inquiry.reference}.\n"

    result = receive_email(as_bytes(build_email(subject="Re: the answer to your question", body=body)))

    assert (result.outcome, result.inquiry) == (InboundOutcome.THREADED, inquiry)
    assert last_body(inquiry) == "Here is my proposal."


def iso_2022_jp_email(*, reference: str, sender: str, body: str) -> bytes:
    subject = Header(f"Re: [{reference}] 第2回世界会議: ご質問への回答", "iso-2022-jp").encode()
    name = Header("田中花子", "iso-2022-jp").encode()
    head = (
        f"From: {name} <{sender}>\r\n"
        "To: inquiries@plenaria.invalid\r\n"
        f"Subject: {subject}\r\n"
        "Message-ID: <jp-1@example.jp>\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=ISO-2022-JP\r\n"
        "Content-Transfer-Encoding: 7bit\r\n\r\n"
    )
    return head.encode("ascii") + body.replace("\n", "\r\n").encode("iso-2022-jp")


def test_receive_email_japanese_reply_in_iso_2022_jp_is_decoded_and_threaded(routed_congress):
    inquiry = ask_question(routed_congress, email="hanako@example.jp", language="ja")
    body = (
        "ありがとうございます。ビザの件、了解しました。\n\n"
        "2001年12月17日(月) 10:00 Plenaria <no-reply@plenaria.invalid>:\n"
        "> 田中花子様\n> ビザ申請用の書簡をお送りします。\n"
    )

    result = receive_email(
        iso_2022_jp_email(reference=inquiry.reference, sender="hanako@example.jp", body=body)
    )

    assert (result.outcome, result.inquiry) == (InboundOutcome.THREADED, inquiry)
    assert last_body(inquiry) == "ありがとうございます。ビザの件、了解しました。"


def test_receive_email_japanese_new_inquiry_in_utf8_is_answered_in_japanese(routed_congress):
    body = (
        "横浜のホテルについて質問があります。\n\n「Plenaria」<no-reply@plenaria.invalid>のメッセージ:\n>古い"
    )

    result = receive_email(
        as_bytes(build_email(sender="田中花子 <hanako@example.jp>", subject="ホテル", body=body))
    )

    inquiry = result.inquiry
    assert result.outcome == InboundOutcome.NEW_INQUIRY
    assert (inquiry.language, inquiry.requester_name, inquiry.subject) == ("ja", "田中花子", "ホテル")
    assert last_body(inquiry) == "横浜のホテルについて質問があります。"
    assert OutboundEmail.objects.get(purpose="inquiry_received").language == "ja"


def test_receive_email_html_only_is_stored_as_text_without_the_quote(inquiry):
    message = build_email(subject=f"Re: [{inquiry.reference}]")
    message.set_content(
        "<html><head><style>p {color: red}</style></head><body><p>Thank you &amp; see you in Yokohama.</p>"
        "<div>Ana</div><blockquote><p>Dear Ana Souza, yes.</p></blockquote><script>alert(1)</script></body></html>",
        subtype="html",
    )

    receive_email(as_bytes(message))

    assert last_body(inquiry) == "Thank you & see you in Yokohama.\n\nAna"


def test_receive_email_prefers_the_plain_text_part(inquiry):
    message = build_email(subject=f"Re: [{inquiry.reference}]", body="The plain text.")
    message.add_alternative("<p>The <b>HTML</b> text.</p>", subtype="html")

    receive_email(as_bytes(message))

    assert last_body(inquiry) == "The plain text."


def test_receive_email_attachments_are_stored_encrypted_with_their_names(inquiry, private_media):
    message = build_email(subject=f"Re: [{inquiry.reference}]", body="My proposal and a photo.")
    message.add_attachment(PDF, maintype="application", subtype="pdf", filename="proposal.pdf")
    message.add_attachment(png(), maintype="image", subtype="png", filename="venue.png")

    result = receive_email(as_bytes(message))

    stored = list(InquiryAttachment.objects.filter(message=result.message).order_by("pk"))
    assert [(a.original_name, a.content_type) for a in stored] == [
        ("proposal.pdf", "application/pdf"),
        ("venue.png", "image/png"),
    ]
    assert stored[0].file.open("rb").read() == PDF
    assert stored[0].size == len(PDF)
    assert b"%PDF" not in Path(stored[0].file.path).read_bytes()  # encrypted at rest
    assert result.message.body == "My proposal and a photo."


def test_receive_email_disguised_and_extra_attachments_are_refused_with_a_note(inquiry, private_media):
    message = build_email(subject=f"Re: [{inquiry.reference}]", body="Four files.")
    message.add_attachment(
        b"MZ\x90\x00" + bytes(200), maintype="application", subtype="pdf", filename="invoice.pdf"
    )
    message.add_attachment(
        b"<html><script>steal()</script></html>", maintype="application", subtype="pdf", filename="letter.pdf"
    )
    for number in (1, 2, 3, 4):
        message.add_attachment(PDF, maintype="application", subtype="pdf", filename=f"page-{number}.pdf")

    result = receive_email(as_bytes(message))

    stored = InquiryAttachment.objects.filter(message=result.message).order_by("pk")
    assert [a.original_name for a in stored] == ["page-1.pdf", "page-2.pdf", "page-3.pdf"]
    assert result.attachments_refused == ("invoice.pdf", "letter.pdf", "page-4.pdf")
    assert result.message.body == (
        "Four files.\n\n[Not received: invoice.pdf, letter.pdf, page-4.pdf. Attachments must be PDF, JPEG, PNG or "
        "plain text files, at most 3 of 5.0\xa0MB each.]"
    )


def test_receive_email_attachment_without_text_stores_the_subject_as_text(inquiry, private_media):
    message = build_email(subject=f"[{inquiry.reference}] visa letter", body="")
    message.add_attachment(PDF, maintype="application", subtype="pdf", filename="visa.pdf")

    result = receive_email(as_bytes(message))

    assert result.outcome == InboundOutcome.THREADED
    assert result.message.body == f"[{inquiry.reference}] visa letter"
    assert result.message.attachments.count() == 1


def test_receive_email_attachment_without_text_or_subject_says_so(routed_congress, private_media):
    message = build_email(sender="kenji@example.jp", subject="", body="")
    message.add_attachment(PDF, maintype="application", subtype="pdf", filename="visa.pdf")

    result = receive_email(as_bytes(message))

    assert result.outcome == InboundOutcome.NEW_INQUIRY
    assert result.message.body == "(No text: see the attachments.)"
    assert result.message.attachments.count() == 1


def test_receive_email_with_nothing_in_it_is_dropped(routed_congress):
    result = receive_email(as_bytes(build_email(sender="kenji@example.jp", subject="", body="")))

    assert (result.outcome, result.reason) == (InboundOutcome.DROPPED, "empty")


def test_receive_email_new_inquiry_keeps_its_attachments(routed_congress, private_media):
    message = build_email(sender="kenji@example.jp", subject="Visa letter", body="My passport scan.")
    message.add_attachment(png(), maintype="image", subtype="png", filename="passport.png")

    result = receive_email(as_bytes(message))

    first = result.inquiry.messages.get(direction=MessageDirection.FROM_REQUESTER)
    assert [a.original_name for a in first.attachments.all()] == ["passport.png"]


def test_receive_email_broken_charset_still_stored(inquiry):
    head = (
        f"From: ana.souza@example.org\r\nTo: inquiries@plenaria.invalid\r\nSubject: Re: [{inquiry.reference}]\r\n"
        "Message-ID: <broken@example.org>\r\nContent-Type: text/plain; charset=x-unknown-charset\r\n"
        "Content-Transfer-Encoding: base64\r\n\r\n"
    )

    result = receive_email(head.encode() + base64.b64encode("Merci beaucoup, à bientôt.".encode()) + b"\r\n")

    assert result.outcome == InboundOutcome.THREADED
    assert last_body(inquiry) == "Merci beaucoup, à bientôt."


@pytest.mark.unit
@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("ビザの申請について教えてください。", "ja"),
        ("请问签证申请需要哪些材料？", "zh-hans"),
        ("أود الاستفسار عن التأشيرة", "ar"),
        ("Здравствуйте, у меня вопрос о визе.", "ru"),
        ("Bonjour, je voudrais savoir où se trouve l'hôtel. Merci beaucoup.", "fr"),
        ("Hola, ¿cómo puedo solicitar el visado? Muchas gracias.", "es"),
        ("Hello, could you tell me where the hotel is?", "en"),
        ("12345", "en"),
    ],
)
def test_guess_language_by_script_and_common_words(text, language):
    assert guess_language(text) == language


@pytest.mark.unit
def test_html_to_text_marks_blockquotes_as_quoted():
    assert html_to_text("<p>New</p><blockquote>Old<br>older</blockquote>") == "New\n\n> Old\n> older"


@pytest.mark.unit
def test_strip_quoted_keeps_a_sentence_that_ends_in_wrote():
    text = "My colleague wrote:\nwe need two visas."

    assert strip_quoted(text) == text
