"""The "Report a concern" link is in the footer of every page: with the congress when there is one."""

import pytest
from django.urls import reverse

from tests.factories.congresses import PageFactory

pytestmark = [pytest.mark.integration, pytest.mark.django_db]


def test_footer_link_is_on_the_home_page_of_the_congress(client, congress):
    html = client.get(reverse("congresses:home", kwargs={"congress_slug": congress.slug})).content.decode()

    assert f'href="/en/{congress.slug}/report-a-concern/"' in html
    assert "Report a concern" in html


def test_footer_link_is_on_a_public_page_in_the_reader_language(client, congress):
    PageFactory(congress=congress, section="venue-and-travel", is_published=True)

    html = client.get(f"/ja/{congress.slug}/venue-and-travel/").content.decode()

    assert f'href="/ja/{congress.slug}/report-a-concern/"' in html


def test_footer_link_without_a_congress_opens_the_featured_congress_form(client, congress):
    html = client.get(reverse("account_login")).content.decode()

    assert 'href="/en/report-a-concern/"' in html
