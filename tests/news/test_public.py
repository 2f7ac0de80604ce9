"""The public news: the list (paged, by category), one item, the home page's latest items; scheduled, draft and
withdrawn items are on no public page."""

import datetime

import pytest
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone

from plenaria.news.enums import NewsCategory, NewsStatus
from tests.factories.news import NewsItemFactory

pytestmark = [pytest.mark.integration, pytest.mark.django_db]


def list_url(congress, language="en") -> str:
    return f"/{language}/{congress.slug}/news/"


def item_url(item, language="en") -> str:
    return f"/{language}/{item.congress.slug}/news/{item.slug}/"


def home_url(congress) -> str:
    return reverse("congresses:home", kwargs={"congress_slug": congress.slug})


def test_news_list_shows_published_items_newest_first(client, congress):
    now = timezone.now()
    NewsItemFactory(
        congress=congress,
        title={"en": "Bangkok consultation ends"},
        publish_at=now - datetime.timedelta(days=2),
    )
    NewsItemFactory(
        congress=congress, title={"en": "Yokohama opens"}, publish_at=now - datetime.timedelta(days=1)
    )

    page = client.get(list_url(congress)).content.decode()

    assert page.index("Yokohama opens") < page.index("Bangkok consultation ends")


def test_news_list_is_paged_by_twenty(client, congress):
    now = timezone.now()
    for number in range(21):
        NewsItemFactory(
            congress=congress,
            title={"en": f"Item number {number:02}"},
            publish_at=now - datetime.timedelta(minutes=number + 1),
        )

    first = client.get(list_url(congress)).content.decode()
    second = client.get(list_url(congress) + "?page=2").content.decode()

    assert first.count('class="news-summary"') == 20
    assert "Item number 20" not in first
    assert "Page 1 of 2" in first
    assert second.count('class="news-summary"') == 1
    assert "Item number 20" in second


def test_news_list_category_filter_shows_only_that_category(client, congress):
    NewsItemFactory(congress=congress, title={"en": "Youth delegates arrive"}, category=NewsCategory.YOUTH)
    NewsItemFactory(
        congress=congress, title={"en": "Accreditation for journalists"}, category=NewsCategory.MEDIA
    )

    page = client.get(list_url(congress) + "?category=youth").content.decode()

    assert "Youth delegates arrive" in page
    assert "Accreditation for journalists" not in page


def test_news_list_links_its_feeds(client, congress):
    page = client.get(list_url(congress, "fr")).content.decode()

    assert (
        f'<link rel="alternate" type="application/rss+xml" title="RSS" href="/fr/{congress.slug}/news/feed/rss/">'
        in page
    )
    assert (
        f'<link rel="alternate" type="application/atom+xml" title="Atom" href="/fr/{congress.slug}/news/feed/atom/">'
        in page
    )


def test_news_item_page_in_reader_language_with_paragraphs(client, congress):
    item = NewsItemFactory(
        congress=congress,
        title={"en": "Opening", "fr": "Ouverture"},
        body={"en": "One.\n\nTwo <b>bold</b>.", "fr": "Un.\n\nDeux."},
    )

    french = client.get(item_url(item, "fr")).content.decode()
    english = client.get(item_url(item)).content.decode()

    assert "<h1>Ouverture</h1>" in french
    assert "<p>Un.</p>\n\n<p>Deux.</p>" in french
    assert "<p>Two &lt;b&gt;bold&lt;/b&gt;.</p>" in english


def test_news_item_page_marks_english_fallback(client, congress):
    item = NewsItemFactory(congress=congress, title={"en": "Opening"}, body={"en": "Text."})

    page = client.get(item_url(item, "ja")).content.decode()

    assert '<h1><span class="fallback" lang="en" dir="ltr">Opening <small class="fallback-note">' in page


def test_news_item_date_in_congress_time_zone(client, congress):
    # 23:30 UTC on 16 December is already 17 December in Yokohama.
    item = NewsItemFactory(
        congress=congress, publish_at=datetime.datetime(2001, 12, 16, 23, 30, tzinfo=datetime.UTC)
    )

    page = client.get(item_url(item)).content.decode()

    assert 'datetime="2001-12-17T08:30:00+09:00"' in page


def test_home_page_shows_latest_three_items(client, congress):
    now = timezone.now()
    for number in range(4):
        NewsItemFactory(
            congress=congress,
            title={"en": f"Home news {number}"},
            publish_at=now - datetime.timedelta(hours=number + 1),
        )

    page = client.get(home_url(congress)).content.decode()

    assert [f"Home news {n}" in page for n in range(4)] == [True, True, True, False]
    assert "Latest news" in page


def test_public_navigation_links_news(client, congress):
    page = client.get(home_url(congress)).content.decode()

    assert f'href="/en/{congress.slug}/news/"' in page


@pytest.mark.parametrize("status", [NewsStatus.DRAFT, NewsStatus.WITHDRAWN])
def test_unpublished_item_is_on_no_public_page(client, congress, status):
    item = NewsItemFactory(congress=congress, status=status, title={"en": "Not for readers"})

    listed = client.get(list_url(congress)).content.decode()
    home = client.get(home_url(congress)).content.decode()
    page = client.get(item_url(item))

    assert "Not for readers" not in listed
    assert "Not for readers" not in home
    assert page.status_code == 404


def test_scheduled_item_appears_on_every_surface_once_its_time_has_passed(client, congress):
    item = NewsItemFactory(
        congress=congress,
        title={"en": "Embargoed statement"},
        publish_at=timezone.now() + datetime.timedelta(hours=2),
    )
    surfaces = [
        list_url(congress),
        home_url(congress),
        f"/en/{congress.slug}/news/feed/rss/",
        f"/en/{congress.slug}/news/feed/atom/",
        f"/api/v1/congresses/{congress.slug}/news/",
    ]

    before = [("Embargoed statement" in client.get(url).content.decode()) for url in surfaces]
    before_item = client.get(item_url(item)).status_code
    type(item).objects.filter(pk=item.pk).update(publish_at=timezone.now() - datetime.timedelta(seconds=1))
    cache.clear()  # the cached home page for anonymous visitors lives PUBLIC_PAGE_CACHE_SECONDS
    after = [("Embargoed statement" in client.get(url).content.decode()) for url in surfaces]
    after_item = client.get(item_url(item)).status_code

    assert before == [False] * 5
    assert before_item == 404
    assert after == [True] * 5
    assert after_item == 200


def test_item_of_another_congress_is_not_shown(client, congress, other_congress):
    item = NewsItemFactory(congress=other_congress, title={"en": "Elsewhere"})

    listed = client.get(list_url(congress)).content.decode()

    assert "Elsewhere" not in listed
    assert client.get(f"/en/{congress.slug}/news/{item.slug}/").status_code == 404
