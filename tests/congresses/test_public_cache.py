"""The cache of anonymous public pages: fast for visitors, never stale after an edit, never shown to a member."""

import pytest
from django.contrib.messages import constants
from django.contrib.messages.storage.base import Message
from django.contrib.messages.storage.cookie import CookieStorage
from django.db import transaction
from django.test import Client, RequestFactory

from plenaria.congresses.enums import PageSection
from plenaria.congresses.public_cache import bump_public_cache, public_cache_version
from tests.factories.congresses import PageFactory

pytestmark = [pytest.mark.integration, pytest.mark.django_db]

SECURITY_HEADERS = [
    "Content-Security-Policy",
    "X-Frame-Options",
    "X-Content-Type-Options",
    "Referrer-Policy",
    "Cross-Origin-Opener-Policy",
]


@pytest.fixture
def venue(congress):
    return PageFactory(congress=congress, section=PageSection.VENUE, title={"en": "Old title"})


def _url(congress) -> str:
    return f"/en/{congress.slug}/venue-and-travel/"


def _warm(client, url) -> None:
    for _ in range(3):  # a process learns the congress, then stores the page
        assert client.get(url).status_code == 200


def test_cached_page_is_served_without_a_query_and_keeps_the_security_headers(
    client, congress, venue, django_assert_num_queries
):
    _warm(client, _url(congress))

    with django_assert_num_queries(0):
        response = client.get(_url(congress))

    assert response.status_code == 200
    assert "Old title" in response.content.decode()
    for header in SECURITY_HEADERS:
        assert header in response, header
    assert "Cookie" in response["Vary"]


def test_signed_in_visitor_never_gets_the_cached_anonymous_page(client, congress, venue, make_staff):
    _warm(client, _url(congress))
    member = make_staff(congress, "can_change_content", full_name="Keiko Tanaka")

    client.force_login(member)
    html = client.get(_url(congress)).content.decode()

    assert "Keiko Tanaka" in html
    assert "Sign out" in html


def test_edit_outside_the_services_shows_at_once(client, congress, venue):
    _warm(client, _url(congress))

    venue.title = {"en": "Edited in the admin"}
    venue.save()

    assert "Edited in the admin" in client.get(_url(congress)).content.decode()


def test_unpublishing_a_congress_hides_its_cached_pages_at_once(client, congress, venue):
    _warm(client, _url(congress))

    congress.is_published = False
    congress.save()

    assert client.get(_url(congress)).status_code == 404


def test_a_visitors_pending_message_is_never_cached_for_everyone(client, congress, venue):
    client.get(_url(congress))  # the process learns the congress
    storage = CookieStorage(RequestFactory().get("/"))
    reader = Client()
    reader.cookies["messages"] = storage._encode([Message(constants.SUCCESS, "You have signed out.")])

    assert "You have signed out." in reader.get(_url(congress)).content.decode()

    for _ in range(2):
        assert "You have signed out." not in client.get(_url(congress)).content.decode()


def test_edit_bumps_the_version_again_when_it_is_committed(congress, django_capture_on_commit_callbacks):
    before = public_cache_version(congress.pk)

    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        bump_public_cache(congress.pk)
        assert public_cache_version(congress.pk) == before + 1

    assert public_cache_version(congress.pk) == before + 2
