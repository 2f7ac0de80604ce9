import json

import pytest
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from plenaria.common.models import OutboundEmail
from plenaria.helpdesk.enums import InquiryStatus, InquiryTopic, MessageDirection
from plenaria.helpdesk.models import Inquiry
from plenaria.helpdesk.services.handling import add_note, move_to_concern, reply_to_inquiry
from tests.factories.accounts import UserFactory
from tests.factories.congresses import StaffMembershipFactory
from tests.factories.helpdesk import InquiryFactory
from tests.factories.registration import ParticipantFactory

pytestmark = [pytest.mark.integration, pytest.mark.django_db]

QUESTION = {
    "requester_type": "ngo",
    "topic": "programme",
    "language": "fr",
    "name": "Awa Diallo",
    "email": "awa.diallo@example.org",
    "subject": "Atelier sur l'Agenda de Stockholm",
    "message": "Une ONG peut-elle proposer un atelier pour le deuxième jour ?",
}


def api_for(user=None) -> APIClient:
    client = APIClient()
    if user is not None:
        client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=user).key}")
    return client


def member_of(team):
    user = UserFactory()
    StaffMembershipFactory(team=team, user=user)
    return user


def list_url(congress) -> str:
    return f"/api/v1/congresses/{congress.slug}/inquiries/"


def detail_url(inquiry) -> str:
    return f"/api/v1/congresses/{inquiry.congress.slug}/inquiries/{inquiry.reference}/"


@pytest.fixture
def queues(routed_congress, teams):
    """One inquiry in UNICEF's queue and one in ECPAT's."""
    return {
        "unicef": InquiryFactory(congress=routed_congress, team=teams["unicef"], reference="Q-UNIC-EF01"),
        "ecpat": InquiryFactory(congress=routed_congress, team=teams["ecpat"], reference="Q-ECPA-T001"),
    }


# --- Asking ---------------------------------------------------------------------------------------------------


def test_api_ask_anonymously_is_routed_and_confirmed_by_email(routed_congress, settings):
    response = api_for().post(list_url(routed_congress), QUESTION, format="json")

    inquiry = Inquiry.objects.get()
    assert response.status_code == 201
    assert response.json() == {
        "reference": inquiry.reference,
        "status": "new",
        "team": {
            "slug": "ngo-group",
            "organisation": "NGO Group for the Convention on the Rights of the Child",
        },
        "follow_up_url": f"{settings.SITE_URL}/fr/yokohama-2001/inquiries/{inquiry.follow_up_token}/",
    }
    assert (inquiry.user, inquiry.language, inquiry.requester_email) == (None, "fr", "awa.diallo@example.org")
    assert [m.body for m in inquiry.messages.all()] == [QUESTION["message"]]
    email = OutboundEmail.objects.get()
    assert (email.to, email.purpose, email.language) == ("awa.diallo@example.org", "inquiry_received", "fr")
    assert inquiry.reference in email.subject


def test_api_ask_team_is_named_in_the_requests_language(routed_congress):
    response = api_for().post(list_url(routed_congress), QUESTION, format="json", HTTP_ACCEPT_LANGUAGE="fr")

    assert response.json()["team"]["organisation"] == (
        "Groupe des ONG pour la Convention relative aux droits de l'enfant"
    )


def test_api_ask_without_a_language_takes_the_requests_language(routed_congress):
    question = {key: value for key, value in QUESTION.items() if key != "language"}

    response = api_for().post(list_url(routed_congress), question, format="json", HTTP_ACCEPT_LANGUAGE="ja")

    assert response.status_code == 201
    assert Inquiry.objects.get().language == "ja"
    assert OutboundEmail.objects.get().language == "ja"


def test_api_ask_same_submission_key_twice_gives_one_inquiry(routed_congress):
    client = api_for()

    first = client.post(list_url(routed_congress), {**QUESTION, "submission_key": "retry-1"}, format="json")
    again = client.post(list_url(routed_congress), {**QUESTION, "submission_key": "retry-1"}, format="json")

    assert (first.status_code, again.status_code) == (201, 200)
    assert first.json() == again.json()
    assert Inquiry.objects.count() == 1
    assert OutboundEmail.objects.count() == 1


def test_api_ask_someone_elses_submission_key_does_not_reveal_their_inquiry(routed_congress):
    client = api_for()
    theirs = client.post(list_url(routed_congress), {**QUESTION, "submission_key": "1"}, format="json")

    mine = client.post(
        list_url(routed_congress),
        {**QUESTION, "email": "someone.else@example.org", "message": "Hello?", "submission_key": "1"},
        format="json",
    )

    assert mine.status_code == 201
    assert mine.json()["reference"] != theirs.json()["reference"]
    assert mine.json()["follow_up_url"] != theirs.json()["follow_up_url"]


def test_api_ask_without_a_name_is_refused_with_a_message_and_nothing_stored(routed_congress):
    response = api_for().post(list_url(routed_congress), {**QUESTION, "name": " "}, format="json")

    assert response.status_code == 400
    assert response.json() == {"code": "name_required", "detail": "Write your name."}
    assert Inquiry.objects.count() == 0
    assert OutboundEmail.objects.count() == 0


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"requester_type": "astronaut"}, "requester_type", "Choose who you are."),
        ({"topic": "weather"}, "topic", "Choose what your question is about."),
        ({"email": "not an address"}, "email", "Enter a valid e-mail address."),
        ({"language": "xx"}, "language", "Choose a language."),
    ],
)
def test_api_ask_invalid_choice_is_refused_with_the_forms_message(routed_congress, changes, field, message):
    response = api_for().post(list_url(routed_congress), {**QUESTION, **changes}, format="json")

    assert response.status_code == 400
    assert response.json() == {"code": "invalid", "detail": message, "fields": {field: [message]}}
    assert Inquiry.objects.count() == 0


def test_api_ask_signed_in_participant_links_registration_and_defaults_contact(routed_congress, teams):
    user = UserFactory(full_name="Amina Haddad", email="amina@example.org")
    registration = ParticipantFactory(category__congress=routed_congress, user=user)
    question = {key: value for key, value in QUESTION.items() if key not in ("name", "email")}

    response = api_for(user).post(list_url(routed_congress), question, format="json")

    inquiry = Inquiry.objects.get(reference=response.json()["reference"])
    assert response.status_code == 201
    assert (inquiry.user, inquiry.participant) == (user, registration)
    assert (inquiry.requester_name, inquiry.requester_email) == ("Amina Haddad", "amina@example.org")


def test_api_ask_too_often_from_one_address_is_refused(routed_congress, settings):
    settings.PLENARIA_INQUIRY_API_RATE_LIMITS = {"email": (2, 3600)}
    client = api_for()

    answers = [
        client.post(list_url(routed_congress), {**QUESTION, "message": f"Question {n}"}, format="json")
        for n in range(3)
    ]

    assert [a.status_code for a in answers] == [201, 201, 429]
    assert answers[2].json()["code"] == "rate_limited"
    assert Inquiry.objects.count() == 2


def test_api_ask_unpublished_congress_is_not_found(routed_congress):
    routed_congress.is_published = False
    routed_congress.save(update_fields=["is_published"])

    response = api_for().post(list_url(routed_congress), QUESTION, format="json")

    assert response.status_code == 404
    assert Inquiry.objects.count() == 0


# --- Reading --------------------------------------------------------------------------------------------------


def test_api_anonymous_cannot_list_or_read(routed_congress, queues):
    client = api_for()

    listed = client.get(list_url(routed_congress))
    read = client.get(detail_url(queues["unicef"]))

    assert (listed.status_code, read.status_code) == (401, 401)


def test_api_unicef_member_lists_only_the_unicef_queue(routed_congress, teams, queues):
    client = api_for(member_of(teams["unicef"]))

    response = client.get(list_url(routed_congress))

    assert response.status_code == 200
    assert [i["reference"] for i in response.json()["results"]] == ["Q-UNIC-EF01"]


def test_api_unicef_member_cannot_read_an_ecpat_inquiry(routed_congress, teams, queues):
    client = api_for(member_of(teams["unicef"]))

    response = client.get(detail_url(queues["ecpat"]))

    assert response.status_code == 404
    assert response.json() == {
        "code": "not_found",
        "detail": "There is no inquiry with this reference that you may see.",
    }


def test_api_secretariat_lists_the_unrouted_inquiries_too(routed_congress, teams, queues):
    unrouted = InquiryFactory(congress=routed_congress, team=None, reference="Q-NOTE-AM01")

    secretariat = api_for(member_of(teams["secretariat"])).get(list_url(routed_congress)).json()
    unicef = api_for(member_of(teams["unicef"])).get(detail_url(unrouted))

    assert [i["reference"] for i in secretariat["results"]] == ["Q-NOTE-AM01"]
    assert unicef.status_code == 404


def test_api_list_filters_by_status_topic_and_team(routed_congress, teams):
    member = UserFactory()
    for team in ("unicef", "ecpat"):
        StaffMembershipFactory(team=teams[team], user=member)
    InquiryFactory(congress=routed_congress, team=teams["unicef"], reference="Q-AAAA-0001")
    InquiryFactory(
        congress=routed_congress, team=teams["ecpat"], reference="Q-AAAA-0002", topic=InquiryTopic.YOUTH_EVENT
    )
    InquiryFactory(
        congress=routed_congress,
        team=teams["ecpat"],
        reference="Q-AAAA-0003",
        status=InquiryStatus.WAITING,
    )
    client = api_for(member)

    def listed(**params):
        return sorted(i["reference"] for i in client.get(list_url(routed_congress), params).json()["results"])

    assert listed() == ["Q-AAAA-0001", "Q-AAAA-0002", "Q-AAAA-0003"]
    assert listed(team="ecpat") == ["Q-AAAA-0002", "Q-AAAA-0003"]
    assert listed(status="waiting") == ["Q-AAAA-0003"]
    assert listed(topic="youth_event", team="ecpat") == ["Q-AAAA-0002"]
    assert listed(team="communications") == []


def test_api_list_unknown_filter_value_is_a_400(routed_congress, teams):
    response = api_for(member_of(teams["unicef"])).get(list_url(routed_congress), {"status": "lost"})

    assert response.status_code == 400
    assert response.json()["code"] == "invalid"
    assert list(response.json()["fields"]) == ["status"]


def test_api_signed_in_requester_lists_only_their_own(routed_congress, teams, queues):
    requester = UserFactory()
    mine = InquiryFactory(
        congress=routed_congress, team=teams["ecpat"], user=requester, reference="Q-MINE-0001"
    )

    response = api_for(requester).get(list_url(routed_congress))

    assert [i["reference"] for i in response.json()["results"]] == [mine.reference]


def test_api_requester_reads_own_inquiry_without_notes_or_contact(routed_congress, teams):
    requester = UserFactory()
    handler = member_of(teams["ecpat"])
    inquiry = InquiryFactory(congress=routed_congress, team=teams["ecpat"], user=requester)
    add_note(inquiry=inquiry, actor=handler, body="Check their ECOSOC status first.")
    reply_to_inquiry(inquiry=inquiry, actor=handler, body="Three people are welcome.")

    response = api_for(requester).get(detail_url(inquiry))

    data = response.json()
    assert response.status_code == 200
    assert [(m["direction"], m["body"]) for m in data["messages"]] == [
        (MessageDirection.FROM_REQUESTER, inquiry.messages.first().body),
        (MessageDirection.REPLY, "Three people are welcome."),
    ]
    assert "Check their ECOSOC status" not in response.content.decode()
    assert "requester" not in data
    assert "assignee" not in data
    assert handler.email not in response.content.decode()
    assert data["status"] == "waiting"


def test_api_handler_reads_notes_and_requester_contact(routed_congress, teams):
    handler = member_of(teams["ecpat"])
    inquiry = InquiryFactory(
        congress=routed_congress, team=teams["ecpat"], requester_email="m.santos@example.org"
    )
    add_note(inquiry=inquiry, actor=handler, body="Check their ECOSOC status first.")

    data = api_for(handler).get(detail_url(inquiry)).json()

    assert data["requester"] == {
        "name": "Maria Santos",
        "email": "m.santos@example.org",
        "registration": None,
    }
    assert [(m["direction"], m["author"]) for m in data["messages"]] == [
        (MessageDirection.FROM_REQUESTER, None),
        (MessageDirection.NOTE, handler.email),
    ]


def test_api_stranger_cannot_read_an_inquiry(routed_congress, queues):
    response = api_for(UserFactory()).get(detail_url(queues["ecpat"]))

    assert response.status_code == 404
    assert response.json()["code"] == "not_found"


def test_api_unknown_reference_is_not_found(routed_congress, teams):
    response = api_for(member_of(teams["unicef"])).get(f"{list_url(routed_congress)}Q-NONE-0000/")

    assert response.status_code == 404
    assert response.json()["code"] == "not_found"


def test_api_handler_no_longer_reads_an_inquiry_moved_to_safeguarding(routed_congress, teams):
    handler = member_of(teams["unicef"])
    inquiry = InquiryFactory(
        congress=routed_congress, team=teams["unicef"], first_message="A man at our hotel asks children to..."
    )
    move_to_concern(inquiry=inquiry, actor=handler, note="For the safeguarding officers.")

    data = api_for(handler).get(detail_url(inquiry)).json()

    assert (data["status"], data["moved_to_safeguarding"], data["messages"]) == ("closed", True, [])


@pytest.mark.parametrize("count", [1, 3])
def test_api_list_query_count_does_not_grow_with_rows(
    routed_congress, teams, django_assert_num_queries, count
):
    member = member_of(teams["unicef"])
    for n in range(count):
        InquiryFactory(congress=routed_congress, team=teams["unicef"], reference=f"Q-LIST-{n:04d}")
    client = api_for(member)

    # congress, token and user, the member's teams, the secretariat's rule, the page (with the teams)
    with django_assert_num_queries(5):
        response = client.get(list_url(routed_congress))

    assert len(response.json()["results"]) == count


# --- Schema ---------------------------------------------------------------------------------------------------


def test_api_schema_describes_the_inquiry_endpoints(client):
    schema = json.loads(client.get("/api/schema/", {"format": "json"}).content)

    create = schema["paths"]["/api/v1/congresses/{congress_slug}/inquiries/"]["post"]
    detail = schema["paths"]["/api/v1/congresses/{congress_slug}/inquiries/{reference}/"]["get"]
    assert create["requestBody"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/InquiryInput"
    }
    assert "Attachments are not accepted" in create["description"]
    assert {} in create["security"]  # anyone may ask
    assert sorted(create["responses"]) == ["200", "201", "400", "429"]
    assert sorted(detail["responses"]) == ["200", "404"]
    assert sorted(schema["paths"]["/api/v1/congresses/{congress_slug}/inquiries/"]) == ["get", "post"]
    assert schema["components"]["schemas"]["InquiryDetail"]["oneOf"] == [
        {"$ref": "#/components/schemas/HandlerInquiryOutput"},
        {"$ref": "#/components/schemas/RequesterInquiryOutput"},
    ]
