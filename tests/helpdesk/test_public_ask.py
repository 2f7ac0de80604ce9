"""The "Ask the organisers" page: routing, the confirmation, the thank-you page, and every way a submission is
refused (kept what was typed, said why): the honeypot, rate limits, attachments checked by their content."""

import re
import uuid

import pytest
from django.urls import reverse

from plenaria.common.models import ActionLog, OutboundEmail
from plenaria.helpdesk.enums import InquiryStatus
from plenaria.helpdesk.models import Inquiry, InquiryAttachment
from tests.factories.accounts import UserFactory
from tests.factories.congresses import CongressFactory
from tests.factories.helpdesk_public import PDF_BYTES, ask_form_data, pdf, submitted_inquiry, upload

pytestmark = [pytest.mark.integration, pytest.mark.django_db]


@pytest.fixture(autouse=True)
def _private_media(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path


@pytest.fixture
def ask_url(routed_congress):
    return reverse("helpdesk:ask", kwargs={"congress_slug": routed_congress.slug})


@pytest.fixture
def sent_url(routed_congress):
    return reverse("helpdesk:ask-sent", kwargs={"congress_slug": routed_congress.slug})


def test_ask_page_points_concerns_about_a_child_to_the_safeguarding_form_and_is_never_cached(
    client, ask_url, routed_congress
):
    response = client.get(ask_url)

    html = response.content.decode()
    assert response.status_code == 200
    assert "Worried about a child's safety? Do not use this form." in html
    assert f'href="/en/{routed_congress.slug}/report-a-concern/"' in html
    assert "no-store" in response["Cache-Control"]


def test_ask_page_preselects_the_page_language_and_carries_a_fresh_submission_key(client, routed_congress):
    first = client.get(f"/ja/{routed_congress.slug}/ask/").content.decode()
    second = client.get(f"/ja/{routed_congress.slug}/ask/").content.decode()

    assert '<option value="ja" selected>' in first
    keys = [re.search(r'name="submission_key" value="([^"]+)"', html).group(1) for html in (first, second)]
    assert [str(uuid.UUID(key)) for key in keys] == keys
    assert keys[0] != keys[1]


def test_ask_page_prefills_name_and_email_of_a_signed_in_person(client_for, ask_url):
    user = UserFactory(full_name="Aiko Tanaka", email="aiko.tanaka@example.jp")

    html = client_for(user).get(ask_url).content.decode()

    assert 'value="Aiko Tanaka"' in html
    assert 'value="aiko.tanaka@example.jp"' in html


def test_ask_form_stores_the_inquiry_in_the_routed_teams_queue_and_confirms_by_email(
    client, ask_url, sent_url, teams
):
    response = client.post(ask_url, ask_form_data())

    inquiry = Inquiry.objects.get()
    assert response["Location"] == sent_url
    assert inquiry.team == teams["communications"]
    assert (inquiry.requester_type, inquiry.topic, inquiry.status) == (
        "media",
        "programme",
        InquiryStatus.NEW,
    )
    assert inquiry.subject == "Press conference schedule"
    email = OutboundEmail.objects.get()
    assert (email.to, email.purpose, email.language) == (
        "kenji.watanabe@example.jp",
        "inquiry_received",
        "en",
    )
    assert inquiry.reference in email.subject


def test_ask_sent_page_shows_reference_confirmation_who_answers_and_the_private_link(
    client, ask_url, sent_url
):
    client.post(ask_url, ask_form_data())

    response = client.get(sent_url)

    inquiry = Inquiry.objects.get()
    html = response.content.decode()
    assert f'<p class="reference-number">{inquiry.reference}</p>' in html
    assert "We have sent a confirmation to <strong>kenji.watanabe@example.jp</strong>" in html
    assert "<strong>Communications Advisor</strong> will answer you by e-mail." in html
    assert f"http://testserver/en/yokohama-2001/inquiries/{inquiry.follow_up_token}/" in html
    assert "no-store" in response["Cache-Control"]
    assert response["Referrer-Policy"] == "no-referrer"


def test_ask_sent_page_without_a_question_sent_from_this_browser_goes_back_to_the_form(
    client, ask_url, sent_url, routed_congress
):
    submitted_inquiry(routed_congress)

    response = client.get(sent_url)

    assert (response.status_code, response["Location"]) == (302, ask_url)


def test_ask_sent_page_refuses_a_forged_cookie_naming_someone_elses_inquiry(
    client, ask_url, sent_url, routed_congress
):
    other = submitted_inquiry(routed_congress)
    client.cookies["plenaria_inquiry_sent"] = f"{routed_congress.pk}:{other.pk}"

    response = client.get(sent_url)

    assert (response.status_code, response["Location"]) == (302, ask_url)


def test_ask_sent_page_shows_nothing_of_a_question_sent_to_another_congress(
    client, ask_url, sent_url, routed_congress
):
    other_congress = CongressFactory(slug="rio-2008", is_published=True)
    client.post(ask_url, ask_form_data())

    response = client.get(reverse("helpdesk:ask-sent", kwargs={"congress_slug": other_congress.slug}))

    assert response.status_code == 302
    assert Inquiry.objects.get().reference not in response.content.decode()


def test_ask_form_writes_no_session_for_an_anonymous_person(client, ask_url):
    response = client.post(ask_url, ask_form_data())

    assert response.status_code == 302
    assert "sessionid" not in response.cookies


def test_ask_form_signed_in_person_is_linked_to_the_inquiry(client_for, ask_url):
    user = UserFactory()

    client_for(user).post(ask_url, ask_form_data())

    assert Inquiry.objects.get().user == user


def test_ask_form_sent_twice_with_the_same_key_asks_once(client, ask_url):
    data = ask_form_data()

    first = client.post(ask_url, {**data, "attachments": [pdf()]})
    second = client.post(ask_url, {**data, "attachments": [pdf()]})

    assert first["Location"] == second["Location"]
    assert Inquiry.objects.count() == 1
    assert OutboundEmail.objects.count() == 1
    assert InquiryAttachment.objects.count() == 1


def test_ask_form_key_of_someone_elses_inquiry_is_refused_without_revealing_it(
    client, ask_url, routed_congress
):
    other = submitted_inquiry(routed_congress)

    response = client.post(ask_url, ask_form_data(submission_key=other.submission_key))

    html = response.content.decode()
    assert response.status_code == 200
    assert "This form was already used to send another question" in html
    assert other.reference not in html
    assert Inquiry.objects.count() == 1
    assert f'name="submission_key" value="{other.submission_key}"' not in html


def test_ask_form_with_missing_answers_says_what_is_missing_and_keeps_what_was_typed(client, ask_url):
    data = ask_form_data(requester_type="", topic="")

    response = client.post(ask_url, data)

    html = response.content.decode()
    assert response.status_code == 200
    assert Inquiry.objects.count() == 0
    assert "Choose who you are." in html
    assert "Choose what your question is about." in html
    assert data["message"] in html
    assert 'value="Press conference schedule"' in html
    assert f'value="{data["submission_key"]}"' in html


def test_ask_form_invalid_email_is_refused_with_the_rest_kept(client, ask_url):
    response = client.post(ask_url, ask_form_data(email="kenji-at-example"))

    html = response.content.decode()
    assert Inquiry.objects.count() == 0
    assert "Enter a valid email address." in html
    assert 'value="kenji-at-example"' in html


def test_ask_form_honeypot_filled_stores_nothing_and_keeps_the_text(client, ask_url):
    data = ask_form_data(homepage="https://spam.example")

    response = client.post(ask_url, data)

    html = response.content.decode()
    assert response.status_code == 200
    assert Inquiry.objects.count() == 0
    assert OutboundEmail.objects.count() == 0
    assert "we could not send this" in html
    assert data["message"] in html
    assert "spam.example" not in html


def test_ask_form_rate_limit_per_ip_refuses_says_why_and_keeps_the_text(client, ask_url, settings):
    settings.PLENARIA_INQUIRY_RATE_LIMITS = {"ip": (2, 3600)}

    statuses = [
        client.post(ask_url, ask_form_data(email=f"person{n}@example.org")).status_code for n in range(2)
    ]
    refused = client.post(ask_url, ask_form_data(email="person3@example.org"))

    html = refused.content.decode()
    assert statuses == [302, 302]
    assert refused.status_code == 200
    assert Inquiry.objects.count() == 2
    assert "Many questions were sent from here in a short time" in html
    assert ask_form_data()["message"] in html


def test_ask_form_rate_limit_per_email_ignores_case_and_other_addresses(client, ask_url, settings):
    settings.PLENARIA_INQUIRY_RATE_LIMITS = {"email": (1, 3600)}

    first = client.post(ask_url, ask_form_data(), REMOTE_ADDR="192.0.2.1")
    same = client.post(ask_url, ask_form_data(email="KENJI.Watanabe@example.jp"), REMOTE_ADDR="192.0.2.2")
    other = client.post(ask_url, ask_form_data(email="mari@example.jp"), REMOTE_ADDR="192.0.2.3")

    assert (first.status_code, same.status_code, other.status_code) == (302, 200, 302)
    assert Inquiry.objects.count() == 2


def test_ask_form_attachment_that_is_not_what_its_name_says_is_refused_by_name(client, ask_url):
    fake = upload("programme.pdf", b"<!doctype html><html><script>alert(1)</script></html>")

    response = client.post(ask_url, {**ask_form_data(), "attachments": [pdf("letter.pdf"), fake]})

    html = response.content.decode()
    assert response.status_code == 200
    assert Inquiry.objects.count() == 0
    assert "programme.pdf: The file type is HTML/XML; accepted types: PDF, JPEG, PNG, plain text." in html
    assert "letter.pdf:" not in html
    assert "please choose your attachments again" in html
    assert ask_form_data()["message"] in html


def test_ask_form_text_file_named_pdf_is_kept_as_the_text_it_is(client, ask_url):
    client.post(ask_url, {**ask_form_data(), "attachments": [upload("notes.pdf", b"Flight JL 407, 16 Dec")]})

    attachment = InquiryAttachment.objects.get()
    assert (attachment.original_name, attachment.content_type) == ("notes.txt", "text/plain")
    assert attachment.file.name.endswith(".txt")


def test_ask_form_more_than_three_attachments_are_refused(client, ask_url):
    files = [pdf(f"page{n}.pdf") for n in range(4)]

    response = client.post(ask_url, {**ask_form_data(), "attachments": files})

    assert Inquiry.objects.count() == 0
    assert "You can attach up to 3 files; you chose 4." in response.content.decode()


def test_ask_form_attachment_over_five_megabytes_is_refused(client, ask_url):
    big = upload("scan.pdf", PDF_BYTES + b"0" * (5 * 1024 * 1024))

    response = client.post(ask_url, {**ask_form_data(), "attachments": [big]})

    assert Inquiry.objects.count() == 0
    assert "scan.pdf: The file is 5.0\xa0MB; the limit is 5.0\xa0MB." in response.content.decode()


def test_ask_form_pdf_attachment_is_stored_encrypted_on_the_question(client, ask_url, settings):
    client.post(ask_url, {**ask_form_data(), "attachments": [pdf("invitation.PDF")]})

    attachment = InquiryAttachment.objects.get()
    stored = (settings.PRIVATE_MEDIA_ROOT / attachment.file.name).read_bytes()
    assert attachment.message == Inquiry.objects.get().messages.get()
    assert (attachment.original_name, attachment.content_type, attachment.size) == (
        "invitation.pdf",
        "application/pdf",
        len(PDF_BYTES),
    )
    assert b"%PDF" not in stored
    with attachment.file.open("rb") as file:
        assert file.read() == PDF_BYTES
    assert ActionLog.objects.filter(action="helpdesk.inquiry.attachments_added").get().data == {
        "files": [["application/pdf", len(PDF_BYTES)]]
    }


def test_ask_start_opens_the_featured_congress_form(client, routed_congress, ask_url):
    response = client.get(reverse("helpdesk:ask-start"))

    assert response["Location"] == ask_url


def test_ask_form_stores_a_question_in_one_transaction_of_four_inserts(
    client, ask_url, django_assert_num_queries
):
    """The path of every question: the congress and the routing table come from the cache once warm."""
    client.post(ask_url, ask_form_data(submission_key=str(uuid.uuid4())))

    with django_assert_num_queries(6):  # BEGIN; inquiry, message, audit entry, outbox e-mail; COMMIT
        response = client.post(ask_url, ask_form_data(submission_key=str(uuid.uuid4())))

    assert response.status_code == 302
    assert Inquiry.objects.count() == 2
