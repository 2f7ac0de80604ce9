"""The public news API: published items only, paged, by category, in the language asked for."""

import datetime

import pytest
from django.utils import timezone

from plenaria.news.enums import NewsCategory, NewsStatus
from tests.factories.news import NewsItemFactory

pytestmark = [pytest.mark.integration, pytest.mark.django_db]


def api_url(congress, slug="") -> str:
    return f"/api/v1/congresses/{congress.slug}/news/" + (f"{slug}/" if slug else "")


def test_api_lists_published_items_for_anonymous_callers(client, congress):
    NewsItemFactory(congress=congress, slug="opening", title={"en": "Opening", "fr": "Ouverture"})
    NewsItemFactory(congress=congress, slug="draft", status=NewsStatus.DRAFT)
    NewsItemFactory(congress=congress, slug="withdrawn", status=NewsStatus.WITHDRAWN)
    NewsItemFactory(congress=congress, slug="later", publish_at=timezone.now() + datetime.timedelta(days=1))

    response = client.get(api_url(congress), {"language": "fr"})

    assert response.status_code == 200
    assert response.json()["count"] == 1
    assert response.json()["results"][0]["slug"] == "opening"
    assert response.json()["results"][0]["title"] == {
        "text": "Ouverture",
        "language": "fr",
        "is_fallback": False,
    }


def test_api_marks_fallback_language(client, congress):
    NewsItemFactory(congress=congress, slug="opening", title={"en": "Opening"})

    response = client.get(api_url(congress, "opening"), {"language": "ja"})

    assert response.json()["title"] == {"text": "Opening", "language": "en", "is_fallback": True}
    assert response.json()["body"]["text"] == "First paragraph.\n\nSecond paragraph."


def test_api_filters_by_category_and_pages_by_twenty(client, congress):
    for number in range(21):
        NewsItemFactory(
            congress=congress,
            category=NewsCategory.MEDIA,
            publish_at=timezone.now() - datetime.timedelta(minutes=number + 1),
        )
    NewsItemFactory(congress=congress, category=NewsCategory.YOUTH)

    first = client.get(api_url(congress), {"category": "media"}).json()
    second = client.get(api_url(congress), {"category": "media", "page": 2}).json()

    assert (first["count"], len(first["results"]), len(second["results"])) == (21, 20, 1)


def test_api_refuses_unknown_language_and_category(client, congress):
    response = client.get(api_url(congress), {"language": "xx", "category": "gossip"})

    assert response.status_code == 400
    assert set(response.json()) == {"language", "category"}


@pytest.mark.parametrize("status", [NewsStatus.DRAFT, NewsStatus.WITHDRAWN])
def test_api_item_not_published_is_not_found(client, congress, status):
    NewsItemFactory(congress=congress, slug="hidden", status=status)

    assert client.get(api_url(congress, "hidden")).status_code == 404


def test_api_news_is_in_the_openapi_schema(client):
    schema = client.get("/api/schema/").content.decode()

    assert "/api/v1/congresses/{congress_slug}/news/" in schema
    assert "/api/v1/congresses/{congress_slug}/news/{slug}/" in schema
