"""The RSS 2.0 and Atom feeds, one per language: valid XML, published items only, titles in the feed's language."""

import datetime

import pytest
from defusedxml import ElementTree
from django.utils import timezone

from plenaria.news.enums import NewsStatus
from tests.factories.news import NewsItemFactory

pytestmark = [pytest.mark.integration, pytest.mark.django_db]

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def items(congress):
    now = timezone.now()
    return [
        NewsItemFactory(
            congress=congress,
            slug="opening",
            title={"en": "Opening", "fr": "Ouverture"},
            publish_at=now - datetime.timedelta(hours=2),
        ),
        NewsItemFactory(congress=congress, slug="draft", status=NewsStatus.DRAFT, title={"en": "Draft"}),
        NewsItemFactory(
            congress=congress, slug="withdrawn", status=NewsStatus.WITHDRAWN, title={"en": "Withdrawn"}
        ),
        NewsItemFactory(
            congress=congress,
            slug="later",
            title={"en": "Later"},
            publish_at=now + datetime.timedelta(hours=2),
        ),
        NewsItemFactory(
            congress=congress,
            slug="youth",
            title={"en": "Youth forum", "fr": "Forum des jeunes"},
            publish_at=now - datetime.timedelta(hours=1),
        ),
    ]


@pytest.mark.parametrize(
    ("language", "titles"), [("en", ["Youth forum", "Opening"]), ("fr", ["Forum des jeunes", "Ouverture"])]
)
def test_rss_feed_lists_published_items_in_its_language(client, congress, items, language, titles):
    response = client.get(f"/{language}/{congress.slug}/news/feed/rss/")

    channel = ElementTree.fromstring(response.content).find("channel")
    assert response["Content-Type"].startswith("application/rss+xml")
    assert channel.findtext("language") == language
    assert [item.findtext("title") for item in channel.findall("item")] == titles
    assert channel.find("item").findtext("link").endswith(f"/{language}/{congress.slug}/news/youth/")


@pytest.mark.parametrize(
    ("language", "titles"), [("en", ["Youth forum", "Opening"]), ("fr", ["Forum des jeunes", "Ouverture"])]
)
def test_atom_feed_lists_published_items_in_its_language(client, congress, items, language, titles):
    response = client.get(f"/{language}/{congress.slug}/news/feed/atom/")

    feed = ElementTree.fromstring(response.content)
    assert response["Content-Type"].startswith("application/atom+xml")
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == language
    assert [entry.findtext(f"{ATOM}title") for entry in feed.findall(f"{ATOM}entry")] == titles


def test_feed_of_unpublished_congress_is_not_found(client, congress):
    congress.is_published = False
    congress.save()

    assert client.get(f"/en/{congress.slug}/news/feed/rss/").status_code == 404
