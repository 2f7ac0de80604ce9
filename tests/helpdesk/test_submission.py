import re

import pytest
from django.db import connection

from plenaria.common.models import ActionLog, OutboundEmail
from plenaria.helpdesk.enums import InquiryStatus, MessageDirection
from plenaria.helpdesk.errors import HelpdeskError
from plenaria.helpdesk.models import Inquiry, RoutingRule
from plenaria.helpdesk.services import inquiries
from plenaria.helpdesk.services.inquiries import InquiryRequest, email_digest, submit_inquiry
from plenaria.registration.enums import RegistrationStatus
from tests.factories.accounts import UserFactory
from tests.factories.registration import CategoryFactory, ParticipantFactory

pytestmark = [pytest.mark.django_db]


def ask(**changes) -> InquiryRequest:
    fields = {
        "requester_type": "ngo",
        "topic": "programme",
        "language": "en",
        "name": "Ana Souza",
        "email": "Ana.Souza@example.org",
        "subject": "Workshop on the Stockholm Agenda",
        "message": "Can NGOs propose a workshop for the second day?",
    }
    return InquiryRequest(**{**fields, **changes})


def test_submit_inquiry_is_stored_in_the_routed_teams_queue(routed_congress, teams):
    inquiry = submit_inquiry(congress=routed_congress, request=ask(), submission_key="k1")

    inquiry.refresh_from_db()
    assert re.fullmatch(r"Q-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}", inquiry.reference)
    assert inquiry.team == teams["ngo-group"]
    assert inquiry.status == InquiryStatus.NEW
    assert (inquiry.requester_name, inquiry.requester_email) == ("Ana Souza", "Ana.Souza@example.org")
    assert inquiry.subject == "Workshop on the Stockholm Agenda"
    assert [(m.direction, m.body) for m in inquiry.messages.all()] == [
        (MessageDirection.FROM_REQUESTER, "Can NGOs propose a workshop for the second day?")
    ]


def test_submit_inquiry_gives_a_secret_follow_up_token(routed_congress):
    first = submit_inquiry(congress=routed_congress, request=ask(), submission_key="k1")
    second = submit_inquiry(congress=routed_congress, request=ask(), submission_key="k2")

    assert len(first.follow_up_token) >= 40
    assert first.follow_up_token != second.follow_up_token
    assert first.reference != second.reference


def test_submit_inquiry_contact_details_are_encrypted_at_rest(routed_congress):
    inquiry = submit_inquiry(congress=routed_congress, request=ask(), submission_key="k1")

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT requester_name, requester_email, requester_email_digest FROM helpdesk_inquiry WHERE id = %s",
            [inquiry.pk],
        )
        name, email, digest = cursor.fetchone()
    assert "Ana" not in str(name)
    assert "example.org" not in str(email)
    assert digest == email_digest("ana.souza@example.org ")


def test_submit_inquiry_confirmation_email_in_the_requesters_language(routed_congress):
    inquiry = submit_inquiry(congress=routed_congress, request=ask(language="fr"), submission_key="k1")

    email = OutboundEmail.objects.get()
    assert (email.to, email.language, email.purpose) == ("Ana.Souza@example.org", "fr", "inquiry_received")
    assert email.congress_id == routed_congress.pk
    assert inquiry.reference in email.subject
    assert "Congrès mondial" in email.subject  # the congress's name in French
    assert email.body_text.startswith("Bonjour Ana Souza,")  # the interface's French
    assert "Groupe des ONG pour la Convention relative aux droits de l'enfant" in email.body_text
    assert "Can NGOs propose" not in email.body_text  # the question itself stays behind the link


def test_submit_inquiry_audited_without_personal_data(routed_congress):
    inquiry = submit_inquiry(congress=routed_congress, request=ask(), submission_key="k1")

    entry = ActionLog.objects.get(action="helpdesk.inquiry.submitted")
    assert (entry.object_id, entry.object_repr, entry.congress_id) == (
        str(inquiry.pk),
        inquiry.reference,
        routed_congress.pk,
    )
    assert entry.data == {
        "requester_type": "ngo",
        "topic": "programme",
        "language": "en",
        "team": "ngo-group",
        "routed_by": "rule",
        "participant": None,
    }
    assert "Ana" not in str(entry.data)


def test_submit_inquiry_twice_with_the_same_key_gives_one_inquiry(routed_congress):
    first = submit_inquiry(congress=routed_congress, request=ask(), submission_key="k1")
    second = submit_inquiry(congress=routed_congress, request=ask(), submission_key="k1")

    assert second.pk == first.pk
    assert Inquiry.objects.count() == 1
    assert OutboundEmail.objects.count() == 1
    assert ActionLog.objects.filter(action="helpdesk.inquiry.submitted").count() == 1


def test_submit_inquiry_without_a_rule_goes_to_the_secretariat(routed_congress, teams):
    RoutingRule.objects.filter(congress=routed_congress, requester_type="ngo", topic="programme").delete()

    inquiry = submit_inquiry(congress=routed_congress, request=ask(), submission_key="k1")

    assert inquiry.team == teams["secretariat"]
    assert ActionLog.objects.get(action="helpdesk.inquiry.submitted").data["routed_by"] == "fallback"


def test_submit_inquiry_confirmation_email_in_japanese(routed_congress):
    submit_inquiry(congress=routed_congress, request=ask(language="ja"), submission_key="k1")

    email = OutboundEmail.objects.get()
    assert email.language == "ja"
    assert email.body_text.startswith("Ana Souza様")


def test_submit_inquiry_without_any_rule_waits_unrouted(congress):
    inquiry = submit_inquiry(congress=congress, request=ask(), submission_key="k1")

    assert inquiry.team is None
    assert "will answer you" not in OutboundEmail.objects.get().body_text


def test_submit_inquiry_links_the_signed_in_participants_registration(routed_congress):
    user = UserFactory()
    category = CategoryFactory(congress=routed_congress)
    ParticipantFactory(category=category, user=user, status=RegistrationStatus.WITHDRAWN)
    registration = ParticipantFactory(category=category, user=user)

    inquiry = submit_inquiry(congress=routed_congress, request=ask(), submission_key="k1", user=user)

    assert (inquiry.user, inquiry.participant) == (user, registration)
    assert inquiry.messages.get().author == user
    assert (
        ActionLog.objects.get(action="helpdesk.inquiry.submitted").data["participant"]
        == registration.reference
    )


def test_submit_inquiry_never_links_a_registration_by_email_alone(routed_congress):
    ParticipantFactory(category=CategoryFactory(congress=routed_congress), email="ana.souza@example.org")

    inquiry = submit_inquiry(congress=routed_congress, request=ask(), submission_key="k1")

    assert (inquiry.user, inquiry.participant) == (None, None)


def test_submit_inquiry_subject_defaults_to_the_first_line(routed_congress):
    inquiry = submit_inquiry(
        congress=routed_congress,
        request=ask(subject="", message="  Is there simultaneous interpretation?\nInto Arabic, I mean."),
        submission_key="k1",
    )

    assert inquiry.subject == "Is there simultaneous interpretation?"


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"requester_type": "diplomat"}, "invalid_requester_type"),
        ({"topic": "weather"}, "invalid_topic"),
        ({"language": "de"}, "invalid_language"),
        ({"name": "  "}, "name_required"),
        ({"email": "ana.souza"}, "invalid_email"),
        ({"message": " \n "}, "message_required"),
        ({"message": "x" * 10_001}, "too_long"),
    ],
)
def test_submit_inquiry_invalid_is_refused_and_nothing_stored(routed_congress, changes, code):
    with pytest.raises(HelpdeskError) as error:
        submit_inquiry(congress=routed_congress, request=ask(**changes), submission_key="k1")

    assert error.value.code == code
    assert not Inquiry.objects.exists()
    assert not OutboundEmail.objects.exists()


def test_submit_inquiry_draws_another_reference_when_the_first_is_taken(routed_congress, monkeypatch):
    taken = submit_inquiry(congress=routed_congress, request=ask(), submission_key="first").reference
    draws = iter([taken, "Q-2222-3333"])
    monkeypatch.setattr(inquiries, "new_inquiry_reference", lambda: next(draws))

    inquiry = submit_inquiry(congress=routed_congress, request=ask(), submission_key="second")

    assert inquiry.reference == "Q-2222-3333"
    assert Inquiry.objects.filter(reference=taken).count() == 1
    assert OutboundEmail.objects.count() == 2  # one confirmation each, none for the refused draw
