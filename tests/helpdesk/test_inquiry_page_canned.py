"""Canned answers on an inquiry's page: inserted in the reply box in the requester's language (htmx), or the page
opened with it without JavaScript."""

import pytest

from tests.factories.helpdesk import CannedAnswerFactory, InquiryFactory
from tests.factories.helpdesk_desk import desk_member
from tests.factories.helpdesk_manage import inquiry_url, manage_url

pytestmark = [pytest.mark.integration, pytest.mark.django_db]

HTMX = {"HTTP_HX_REQUEST": "true"}
LETTER = {
    "en": "Once your registration is confirmed, you can download a visa-support letter from your page.",
    "fr": "Une fois votre inscription confirmée, vous pouvez télécharger une lettre d'appui au visa.",
}


@pytest.fixture
def handler(teams):
    return desk_member(teams["unicef"])


def canned_url(inquiry, canned) -> str:
    return manage_url("inquiry-canned", inquiry.congress, reference=inquiry.reference, pk=canned.pk)


def test_canned_answer_is_inserted_in_the_requesters_language(client_for, routed_congress, teams, handler):
    inquiry = InquiryFactory(congress=routed_congress, team=teams["unicef"], language="fr")
    canned = CannedAnswerFactory(congress=routed_congress, team=teams["unicef"], body=LETTER)

    response = client_for(handler).get(canned_url(inquiry, canned), **HTMX)

    body = response.content.decode()
    assert response.status_code == 200
    assert 'id="reply-body-field"' in body
    assert "Une fois votre inscription confirmée" in body
    assert "Once your registration is confirmed" not in body


def test_canned_answer_without_the_language_falls_back_and_says_so(
    client_for, routed_congress, teams, handler
):
    inquiry = InquiryFactory(congress=routed_congress, team=teams["unicef"], language="ja")
    canned = CannedAnswerFactory(congress=routed_congress, team=None, body=LETTER)

    body = client_for(handler).get(canned_url(inquiry, canned), **HTMX).content.decode()

    assert "Once your registration is confirmed" in body
    assert "has no Japanese text: it was inserted in English" in body


def test_canned_answer_keeps_what_was_already_typed(client_for, routed_congress, teams, handler):
    inquiry = InquiryFactory(congress=routed_congress, team=teams["unicef"], language="en")
    canned = CannedAnswerFactory(congress=routed_congress, team=teams["unicef"], body=LETTER)

    response = client_for(handler).get(
        canned_url(inquiry, canned), {"reply-body": "Dear Ms Santos, thank you."}, **HTMX
    )

    assert "Dear Ms Santos, thank you.\n\nOnce your registration is confirmed" in response.content.decode()


def test_canned_answer_without_javascript_opens_the_page_with_it(client_for, routed_congress, teams, handler):
    inquiry = InquiryFactory(congress=routed_congress, team=teams["unicef"], language="fr")
    canned = CannedAnswerFactory(congress=routed_congress, team=teams["unicef"], body=LETTER)
    client = client_for(handler)

    redirect = client.get(canned_url(inquiry, canned))
    page = client.get(redirect["Location"].split("#")[0])

    assert redirect["Location"] == f"{inquiry_url(inquiry)}?canned={canned.pk}#reply"
    assert "Une fois votre inscription confirmée" in page.content.decode()


def test_canned_answers_offered_are_the_teams_and_the_shared_ones(
    client_for, routed_congress, teams, handler
):
    inquiry = InquiryFactory(congress=routed_congress, team=teams["unicef"])
    CannedAnswerFactory(congress=routed_congress, team=teams["unicef"], title="UNICEF: observer status")
    CannedAnswerFactory(congress=routed_congress, team=None, title="Shared: visa letter")
    ecpat = CannedAnswerFactory(congress=routed_congress, team=teams["ecpat"], title="ECPAT: tourism code")
    client = client_for(handler)

    page = client.get(inquiry_url(inquiry)).content.decode()
    other_team = client.get(canned_url(inquiry, ecpat), **HTMX)

    assert "UNICEF: observer status" in page
    assert "Shared: visa letter" in page
    assert "ECPAT: tourism code" not in page
    assert other_team.status_code == 404
