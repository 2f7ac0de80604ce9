"""A signed-in person's own questions ("My questions") and the header link to them."""

import zoneinfo

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from plenaria.helpdesk.services.handling import add_note, move_to_concern, reply_to_inquiry
from tests.factories.accounts import UserFactory
from tests.factories.congresses import CongressFactory
from tests.factories.helpdesk_public import submitted_inquiry

pytestmark = [pytest.mark.integration, pytest.mark.django_db]

MINE_URL = reverse("helpdesk:mine")


@pytest.fixture
def person(db):
    return UserFactory(email="ana.souza@example.org")


def test_mine_page_needs_a_signed_in_person(client):
    response = client.get(MINE_URL)

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_mine_page_lists_only_the_persons_own_inquiries_in_every_congress(
    client_for, person, routed_congress
):
    own = submitted_inquiry(routed_congress, user=person, subject="Workshop proposal")
    elsewhere = submitted_inquiry(CongressFactory(slug="kawasaki-youth"), user=person, subject="Youth event")
    someone_elses = submitted_inquiry(routed_congress, user=UserFactory(), subject="Hotel for our delegation")
    same_address_signed_out = submitted_inquiry(routed_congress, subject="Sent while signed out")

    html = client_for(person).get(MINE_URL).content.decode()

    for inquiry in (own, elsewhere):
        assert inquiry.reference in html
        assert f'href="/en/{inquiry.congress.slug}/inquiries/{inquiry.follow_up_token}/"' in html
    for inquiry in (someone_elses, same_address_signed_out):
        assert inquiry.reference not in html
        assert inquiry.follow_up_token not in html
    assert "Workshop proposal" in html
    assert "Hotel for our delegation" not in html


def test_mine_page_last_message_ignores_internal_notes(client_for, person, routed_congress):
    inquiry = submitted_inquiry(routed_congress, user=person)
    handler = UserFactory()
    reply = reply_to_inquiry(inquiry=inquiry, actor=handler, body="Yes.")
    add_note(inquiry=inquiry, actor=handler, body="Later note.")

    html = client_for(person).get(MINE_URL).content.decode()

    shown_at = reply.created_at.astimezone(
        zoneinfo.ZoneInfo(routed_congress.time_zone)
    )  # the congress's time
    assert f'datetime="{shown_at.isoformat()}"' in html
    assert "Answered" in html


def test_mine_page_inquiry_moved_to_concern_says_the_officers_have_it(client_for, person, routed_congress):
    inquiry = submitted_inquiry(routed_congress, user=person)
    move_to_concern(inquiry=inquiry, actor=UserFactory(), note="For the officers.")

    html = client_for(person).get(MINE_URL).content.decode()

    assert "With the safeguarding officers" in html


def test_mine_page_queries_do_not_grow_with_the_inquiries(client_for, person, routed_congress):
    client = client_for(person)

    def queries_for(count: int) -> int:
        while person.inquiries.count() < count:
            submitted_inquiry(routed_congress, user=person)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(MINE_URL)
        assert response.content.decode().count("/inquiries/") == count
        return len(queries)

    assert queries_for(1) == queries_for(3)


def test_header_shows_my_questions_to_signed_in_people_only(client, client_for, person, routed_congress):
    home = reverse("congresses:home", kwargs={"congress_slug": routed_congress.slug})

    anonymous = client.get(home).content.decode()
    signed_in = client_for(person).get(home).content.decode()

    assert f'href="{MINE_URL}"' not in anonymous
    assert f'<li><a href="{MINE_URL}">My questions</a></li>' in signed_in


def test_mine_page_without_questions_offers_to_ask(client_for, person, routed_congress):
    html = client_for(person).get(MINE_URL).content.decode()

    assert f'href="{reverse("helpdesk:ask-start")}"' in html
