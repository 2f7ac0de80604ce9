"""One inquiry in the back office: what its handlers see, and the actions they take on it."""

import pytest

from plenaria.common.models import ActionLog, OutboundEmail
from plenaria.concerns.models import Concern
from plenaria.helpdesk.enums import InquiryStatus, MessageDirection
from plenaria.helpdesk.services import handling
from tests.factories.helpdesk import InquiryFactory
from tests.factories.helpdesk_desk import desk_member
from tests.factories.helpdesk_manage import PDF_BYTES, action_url, attach_pdf, inquiry_url, manage_url

pytestmark = [pytest.mark.integration, pytest.mark.django_db]

QUESTION = "Our NGO would like to send three people. Is there a limit per organisation?"


@pytest.fixture(autouse=True)
def _private_media(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path


@pytest.fixture
def handler(teams):
    return desk_member(teams["ngo-group"], full_name="Hana Handler")


@pytest.fixture
def inquiry(routed_congress, teams):
    return InquiryFactory(
        congress=routed_congress,
        team=teams["ngo-group"],
        language="fr",
        requester_name="Amélie Durand",
        requester_email="amelie.durand@example.fr",
        subject="Places for our NGO",
    )


def test_inquiry_page_shows_the_requester_and_the_whole_conversation(client_for, inquiry, handler):
    handling.reply_to_inquiry(inquiry=inquiry, actor=handler, body="Up to three people per organisation.")
    handling.add_note(inquiry=inquiry, actor=handler, body="Checked with the secretariat.")
    attachment = attach_pdf(inquiry, "statutes.pdf")

    response = client_for(handler).get(inquiry_url(inquiry))

    body = response.content.decode()
    assert response.status_code == 200
    for shown in (
        "Places for our NGO",
        inquiry.reference,
        "Amélie Durand",
        "amelie.durand@example.fr",
        "NGO",
        "Français",
        QUESTION,
        "Up to three people per organisation.",
        "Checked with the secretariat.",
        "statutes.pdf",
        manage_url("attachment", inquiry.congress, reference=inquiry.reference, pk=attachment.pk),
    ):
        assert shown in body, shown
    assert body.count("conversation-note") == 1  # the note is marked apart from what the requester sees
    assert "Internal note" in body


def test_inquiry_page_attachment_downloads_for_the_team(client_for, inquiry, handler):
    attachment = attach_pdf(inquiry, "statutes.pdf")

    response = client_for(handler).get(
        manage_url("attachment", inquiry.congress, reference=inquiry.reference, pk=attachment.pk)
    )

    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF_BYTES
    assert "attachment" in response["Content-Disposition"]
    assert "statutes.pdf" in response["Content-Disposition"]


def test_inquiry_page_unknown_reference_is_not_found(client_for, routed_congress, handler):
    response = client_for(handler).get(manage_url("inquiry", routed_congress, reference="Q-NONE-NONE"))

    assert response.status_code == 404


def test_inquiry_page_action_address_opened_directly_goes_to_the_page(client_for, inquiry, handler):
    response = client_for(handler).get(action_url(inquiry, "reply"))

    assert (response.status_code, response["Location"]) == (302, inquiry_url(inquiry))


# --- Actions ----------------------------------------------------------------------------------------------------


def post(client, inquiry, action: str, data: dict | None = None):
    return client.post(
        action_url(inquiry, action), {f"{action}-{key}": value for key, value in (data or {}).items()}
    )


def test_reply_is_sent_and_the_page_says_so(client_for, inquiry, handler):
    client = client_for(handler)

    response = post(client, inquiry, "reply", {"body": "Up to three people per organisation."})

    assert (response.status_code, response["Location"]) == (302, inquiry_url(inquiry))
    page = client.get(inquiry_url(inquiry)).content.decode()
    assert "Your answer was sent to the requester." in page
    inquiry.refresh_from_db()
    assert inquiry.status == InquiryStatus.WAITING
    email = OutboundEmail.objects.get()
    assert (email.to, email.language) == ("amelie.durand@example.fr", "fr")


def test_reply_refused_keeps_what_was_typed(client_for, inquiry, handler):
    handling.close_inquiry(inquiry=inquiry, actor=handler)

    response = post(client_for(handler), inquiry, "reply", {"body": "My long, careful answer."})

    body = response.content.decode()
    assert response.status_code == 200
    assert "This inquiry is closed. Reopen it first." in body
    assert "My long, careful answer." in body
    assert OutboundEmail.objects.count() == 0


def test_reply_empty_says_what_is_missing(client_for, inquiry, handler):
    response = post(client_for(handler), inquiry, "reply", {"body": ""})

    assert response.status_code == 200
    assert "This field is required." in response.content.decode()
    assert inquiry.messages.filter(direction=MessageDirection.REPLY).count() == 0


def test_note_is_added_and_not_emailed(client_for, inquiry, handler):
    response = post(client_for(handler), inquiry, "note", {"body": "Ask the programme team."})

    assert response.status_code == 302
    assert inquiry.messages.get(direction=MessageDirection.NOTE).body == "Ask the programme team."
    assert OutboundEmail.objects.count() == 0


def test_assign_to_a_colleague_and_refuse_an_outsider(client_for, inquiry, handler, teams):
    colleague = desk_member(teams["ngo-group"], full_name="Kenji Colleague")
    outsider = desk_member(teams["unicef"])
    client = client_for(handler)

    assigned = post(client, inquiry, "assign", {"assignee": colleague.pk})
    refused = post(client, inquiry, "assign", {"assignee": outsider.pk})

    assert assigned.status_code == 302
    assert refused.status_code == 200
    assert "Select a valid choice" in refused.content.decode()
    inquiry.refresh_from_db()
    assert inquiry.assignee == colleague


def test_transfer_to_another_team_with_a_note(client_for, inquiry, handler, teams):
    client = client_for(handler)

    response = post(
        client, inquiry, "transfer", {"team": teams["ecpat"].pk, "note": "A tour operator: ECPAT."}
    )

    assert response.status_code == 302
    inquiry.refresh_from_db()
    assert inquiry.team == teams["ecpat"]
    assert inquiry.messages.get(direction=MessageDirection.NOTE).body == "A tour operator: ECPAT."
    assert OutboundEmail.objects.get().purpose == "inquiry_transferred"
    # The inquiry is no longer the handler's team's: its page is now closed to them.
    assert client.get(inquiry_url(inquiry)).status_code == 403


def test_transfer_without_a_note_keeps_the_chosen_team(client_for, inquiry, handler, teams):
    response = post(client_for(handler), inquiry, "transfer", {"team": teams["ecpat"].pk, "note": " "})

    body = response.content.decode()
    assert response.status_code == 200
    assert f'<option value="{teams["ecpat"].pk}" selected>' in body
    inquiry.refresh_from_db()
    assert inquiry.team == teams["ngo-group"]


def test_merge_by_reference_opens_the_one_that_stays(client_for, inquiry, handler, routed_congress, teams):
    duplicate = InquiryFactory(
        congress=routed_congress, team=teams["ngo-group"], first_message="Again, sorry."
    )
    client = client_for(handler)

    response = post(client, duplicate, "merge", {"reference": f" {inquiry.reference.lower()} "})

    assert (response.status_code, response["Location"]) == (302, inquiry_url(inquiry))
    duplicate.refresh_from_db()
    assert duplicate.merged_into == inquiry
    assert "Again, sorry." in client.get(inquiry_url(inquiry)).content.decode()


def test_merge_with_another_teams_reference_is_refused_as_unknown(
    client_for, inquiry, handler, routed_congress, teams
):
    ecpat_inquiry = InquiryFactory(congress=routed_congress, team=teams["ecpat"])

    response = post(client_for(handler), inquiry, "merge", {"reference": ecpat_inquiry.reference})

    body = response.content.decode()
    assert response.status_code == 200
    assert "There is no inquiry with this reference in a queue you work." in body
    assert ecpat_inquiry.reference in body  # what was typed is kept
    inquiry.refresh_from_db()
    assert inquiry.merged_into is None


def test_merge_across_two_queues_of_the_same_handler_is_refused(client_for, inquiry, routed_congress, teams):
    both = desk_member(teams["ngo-group"], teams["ecpat"])
    ecpat_inquiry = InquiryFactory(congress=routed_congress, team=teams["ecpat"])

    response = post(client_for(both), inquiry, "merge", {"reference": ecpat_inquiry.reference})

    assert "Only inquiries in the same queue can be merged." in response.content.decode()


def test_close_then_reopen(client_for, inquiry, handler):
    client = client_for(handler)

    closed = post(client, inquiry, "close")
    closed_page = client.get(inquiry_url(inquiry)).content.decode()
    reopened = post(client, inquiry, "reopen")

    assert (closed.status_code, reopened.status_code) == (302, 302)
    assert "The inquiry was closed." in closed_page
    assert 'id="reply"' not in closed_page  # no answer to a closed inquiry: reopen first
    inquiry.refresh_from_db()
    assert inquiry.status == InquiryStatus.OPEN
    assert [log.action for log in ActionLog.objects.filter(action__startswith="helpdesk.inquiry.")] == [
        "helpdesk.inquiry.reopened",
        "helpdesk.inquiry.closed",
    ]


def test_unknown_action_is_not_found(client_for, inquiry, handler):
    response = client_for(handler).post(action_url(inquiry, "delete"))

    assert response.status_code == 404


# --- Hand to the safeguarding officers --------------------------------------------------------------------------


def test_concern_needs_a_note(client_for, inquiry, handler):
    response = post(client_for(handler), inquiry, "concern", {"note": ""})

    assert response.status_code == 200
    assert "This field is required." in response.content.decode()
    assert Concern.objects.count() == 0


def test_concern_afterwards_the_page_shows_only_that_it_was_moved(client_for, inquiry, handler):
    attachment = attach_pdf(inquiry, "photo-of-the-child.pdf")
    client = client_for(handler)

    response = post(client, inquiry, "concern", {"note": "A child may be at risk."})
    page = client.get(inquiry_url(inquiry)).content.decode()
    download = client.get(
        manage_url("attachment", inquiry.congress, reference=inquiry.reference, pk=attachment.pk)
    )

    assert response.status_code == 302
    assert Concern.objects.count() == 1
    assert "Handed to the safeguarding officers" in page
    for hidden in (
        QUESTION,
        "A child may be at risk.",
        "Places for our NGO",
        "Amélie Durand",
        "amelie.durand@example.fr",
        "photo-of-the-child.pdf",
    ):
        assert hidden not in page, hidden
    assert 'id="reply"' not in page
    assert download.status_code == 404
    assert post(client, inquiry, "note", {"body": "Still here?"}).status_code == 200
    assert inquiry.messages.filter(body="Still here?").count() == 0


def test_concern_an_officer_of_the_team_still_reads_it_and_finds_the_concern(client_for, inquiry, teams):
    teams["ngo-group"].is_safeguarding_officer = True
    teams["ngo-group"].save()
    officer = desk_member(teams["ngo-group"])
    concern = handling.move_to_concern(inquiry=inquiry, actor=officer, note="A child may be at risk.")

    page = client_for(officer).get(inquiry_url(inquiry)).content.decode()

    assert QUESTION in page
    assert concern.reference in page
