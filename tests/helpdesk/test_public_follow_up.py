"""The requester's private follow-up page: the conversation without internal notes, files of that inquiry only,
replies (which reopen a closed inquiry), merged inquiries and inquiries handed to the safeguarding officers."""

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse

from plenaria.common.models import ActionLog
from plenaria.common.uploads import check_upload
from plenaria.helpdesk.enums import InquiryStatus, MessageDirection
from plenaria.helpdesk.forms_public import ATTACHMENT
from plenaria.helpdesk.models import InquiryAttachment, InquiryMessage
from plenaria.helpdesk.services.attachments import submit_inquiry_with_attachments
from plenaria.helpdesk.services.handling import (
    add_note,
    close_inquiry,
    merge_inquiries,
    move_to_concern,
    reply_to_inquiry,
    transfer_inquiry,
)
from plenaria.helpdesk.services.inquiries import InquiryRequest
from tests.factories.accounts import UserFactory
from tests.factories.congresses import CongressFactory, StaffTeamFactory
from tests.factories.helpdesk_public import PDF_BYTES, pdf, submitted_inquiry, upload

pytestmark = [pytest.mark.integration, pytest.mark.django_db]


@pytest.fixture(autouse=True)
def _private_media(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path


@pytest.fixture
def handler(db):
    return UserFactory(full_name="Yuki Handler")


@pytest.fixture
def inquiry(routed_congress):
    return submitted_inquiry(routed_congress)


def url_of(inquiry) -> str:
    return reverse(
        "helpdesk:follow-up",
        kwargs={"congress_slug": inquiry.congress.slug, "token": inquiry.follow_up_token},
    )


def attachment_url(inquiry, attachment) -> str:
    return reverse(
        "helpdesk:follow-up-attachment",
        kwargs={
            "congress_slug": inquiry.congress.slug,
            "token": inquiry.follow_up_token,
            "pk": attachment.pk,
        },
    )


def with_pdf(congress, **changes):
    """An inquiry asked with a PDF attachment, as the form sends it."""
    fields = {
        "requester_type": "ngo",
        "topic": "registration",
        "language": "en",
        "name": "Lina Haddad",
        "email": "lina@example.org",
        "message": "Here is our letter of nomination.",
        **changes,
    }
    return submit_inquiry_with_attachments(
        congress=congress,
        request=InquiryRequest(**fields),
        submission_key=fields["email"],
        files=[check_upload(pdf("nomination.pdf"), ATTACHMENT)],
    )


def test_follow_up_page_shows_the_question_and_the_reply_but_never_an_internal_note(client, inquiry, handler):
    add_note(inquiry=inquiry, actor=handler, body="INTERNAL: ask ECPAT whether they know this NGO.")
    reply_to_inquiry(inquiry=inquiry, actor=handler, body="Yes: send us a proposal before 1 November.")

    response = client.get(url_of(inquiry))

    html = response.content.decode()
    assert response.status_code == 200
    assert "Can NGOs propose a workshop for the second day?" in html
    assert "Yes: send us a proposal before 1 November." in html
    assert "INTERNAL" not in html
    assert "Yuki Handler" not in html
    assert inquiry.reference in html
    assert "NGO Group for the Convention on the Rights of the Child" in html  # who answers
    assert (
        '<span class="tag desk-status desk-status-waiting">Answered</span>' in html
    )  # in the requester's words


def test_follow_up_page_is_private_never_cached_indexed_or_given_as_referrer(client, inquiry):
    response = client.get(url_of(inquiry))

    assert "no-store" in response["Cache-Control"]
    assert response["Referrer-Policy"] == "no-referrer"
    assert response["X-Robots-Tag"] == "noindex, nofollow"
    assert '<meta name="robots" content="noindex, nofollow">' in response.content.decode()


def test_follow_up_page_unknown_token_is_not_found(client, routed_congress):
    url = reverse("helpdesk:follow-up", kwargs={"congress_slug": routed_congress.slug, "token": "guess"})

    assert client.get(url).status_code == 404
    assert client.post(url, {"message": "Hello?"}).status_code == 404


def test_follow_up_page_token_under_another_congress_is_not_found(client, inquiry):
    other = CongressFactory(slug="kawasaki-youth")

    url = reverse(
        "helpdesk:follow-up", kwargs={"congress_slug": other.slug, "token": inquiry.follow_up_token}
    )

    assert client.get(url).status_code == 404


def test_follow_up_attachment_is_downloaded_by_whoever_has_the_link(client, routed_congress):
    inquiry = with_pdf(routed_congress)
    attachment = InquiryAttachment.objects.get()

    page = client.get(url_of(inquiry)).content.decode()
    response = client.get(attachment_url(inquiry, attachment))

    assert f'href="{attachment_url(inquiry, attachment)}"' in page
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF_BYTES
    assert response["Content-Type"] == "application/pdf"
    assert 'filename="nomination.pdf"' in response["Content-Disposition"]
    assert response["Referrer-Policy"] == "no-referrer"


def test_follow_up_attachment_of_another_inquiry_is_not_reachable_with_this_link(client, routed_congress):
    mine = submitted_inquiry(routed_congress)
    theirs = with_pdf(routed_congress)
    attachment = InquiryAttachment.objects.get(message__inquiry=theirs)

    response = client.get(attachment_url(mine, attachment))

    assert response.status_code == 404


def test_follow_up_attachment_of_an_internal_note_is_not_reachable(client, inquiry, handler):
    note = add_note(inquiry=inquiry, actor=handler, body="Scan of their passport, for us only.")
    attachment = InquiryAttachment(
        message=note, original_name="passport.pdf", content_type="application/pdf", size=9
    )
    attachment.file.save("passport.pdf", ContentFile(PDF_BYTES), save=True)

    response = client.get(attachment_url(inquiry, attachment))

    assert response.status_code == 404
    assert "passport.pdf" not in client.get(url_of(inquiry)).content.decode()


def test_follow_up_reply_reopens_a_closed_inquiry_with_its_files(client, inquiry, handler):
    reply_to_inquiry(inquiry=inquiry, actor=handler, body="Yes, before 1 November.")
    close_inquiry(inquiry=inquiry, actor=handler)

    response = client.post(
        url_of(inquiry), {"message": "Thank you, here is our proposal.", "attachments": [pdf("proposal.pdf")]}
    )

    inquiry.refresh_from_db()
    message = inquiry.messages.last()
    assert response["Location"] == f"{url_of(inquiry)}#conversation-end"
    assert inquiry.status == InquiryStatus.OPEN
    assert (message.direction, message.body) == (
        MessageDirection.FROM_REQUESTER,
        "Thank you, here is our proposal.",
    )
    assert [a.original_name for a in message.attachments.all()] == ["proposal.pdf"]
    assert "Your message has been sent." in client.get(response["Location"]).content.decode()
    assert ActionLog.objects.filter(action="helpdesk.inquiry.requester_wrote").get().data["reopened"] is True


def test_follow_up_reply_refused_keeps_the_text_and_names_the_file(client, inquiry):
    fake = upload("photo.png", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff")

    response = client.post(url_of(inquiry), {"message": "Here is my photo.", "attachments": [fake]})

    html = response.content.decode()
    assert response.status_code == 200
    assert inquiry.messages.count() == 1
    assert "photo.png: The file type" in html
    assert "Here is my photo." in html
    assert "please choose your attachments again" in html


def test_follow_up_reply_empty_message_is_refused(client, inquiry):
    response = client.post(url_of(inquiry), {"message": "  "})

    assert "Write your question." in response.content.decode()
    assert inquiry.messages.count() == 1


def test_follow_up_merged_inquiry_of_the_same_person_links_to_the_one_that_continues(
    client, routed_congress, handler
):
    kept = submitted_inquiry(routed_congress)
    duplicate = submitted_inquiry(routed_congress, email="ANA.SOUZA@example.org")
    merge_inquiries(duplicate=duplicate, into=kept, actor=handler)

    html = client.get(url_of(duplicate)).content.decode()

    assert f"Merged into {kept.reference}" in html
    assert f"http://testserver{url_of(kept)}" in html
    assert 'name="message"' not in html


def test_follow_up_merged_into_someone_elses_inquiry_never_links_to_it(client, routed_congress, handler):
    kept = submitted_inquiry(routed_congress, email="someone.else@example.org")
    duplicate = submitted_inquiry(routed_congress)
    merge_inquiries(duplicate=duplicate, into=kept, actor=handler)

    html = client.get(url_of(duplicate)).content.decode()

    assert f"Merged into {kept.reference}" in html
    assert kept.follow_up_token not in html


def test_follow_up_moved_to_concern_shows_no_conversation_and_takes_no_reply(client, inquiry, handler):
    reply_to_inquiry(inquiry=inquiry, actor=handler, body="We are looking into it.")
    move_to_concern(inquiry=inquiry, actor=handler, note="A child may be at risk.")

    page = client.get(url_of(inquiry))
    refused = client.post(url_of(inquiry), {"message": "Any news?"})

    html = page.content.decode()
    assert "The safeguarding officers are handling this" in html
    assert "Can NGOs propose a workshop" not in html
    assert "We are looking into it." not in html
    assert 'name="message"' not in html
    assert refused.status_code == 302
    assert not InquiryMessage.objects.filter(body="Any news?").exists()


def test_follow_up_page_after_a_transfer_shows_who_answers_now(client, inquiry, routed_congress, handler):
    new_team = StaffTeamFactory(congress=routed_congress, organisation={"en": "ECPAT International"})

    transfer_inquiry(inquiry=inquiry, actor=handler, team=new_team, note="Theirs: the private sector.")

    assert "ECPAT International" in client.get(url_of(inquiry)).content.decode()
