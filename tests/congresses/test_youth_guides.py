"""The plain-language pages of the youth event, for young people and for their parents and guardians."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse

pytestmark = [pytest.mark.integration, pytest.mark.django_db]


@pytest.fixture
def demo(db):
    call_command("seed_demo_congress", "--site-only", stdout=StringIO())


@pytest.mark.parametrize(
    ("name", "language", "heading"),
    [
        ("congresses:youth-guide-young-people", "en", "<h2>Who looks after you</h2>"),
        ("congresses:youth-guide-guardians", "fr", "<h2>"),
        ("congresses:youth-guide-young-people", "ja", "<h2>"),
    ],
)
def test_youth_guide_page_is_in_the_readers_language_with_its_sections(client, demo, name, language, heading):
    path = reverse(name, kwargs={"congress_slug": "yokohama-2001"}).replace("/en/", f"/{language}/", 1)

    response = client.get(path)

    html = response.content.decode()
    assert response.status_code == 200
    assert heading in html
    assert f'<html lang="{language}"' in html
    assert (
        'class="fallback' not in html.split("<main", 1)[1]
    )  # written in that language, not shown in English


def test_youth_event_page_links_to_both_guides(client, demo):
    html = client.get(reverse("congresses:youth", kwargs={"congress_slug": "yokohama-2001"})).content.decode()

    assert reverse("congresses:youth-guide-young-people", kwargs={"congress_slug": "yokohama-2001"}) in html
    assert reverse("congresses:youth-guide-guardians", kwargs={"congress_slug": "yokohama-2001"}) in html
