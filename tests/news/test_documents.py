"""The documents a news page links to: its related documents and the press releases, only those the reader may
read."""

import datetime

import pytest
from django.utils import timezone

from plenaria.library.enums import AccessLevel, DocumentStatus
from plenaria.library.models import Document, DocumentType
from tests.factories.news import NewsItemFactory

pytestmark = [pytest.mark.integration, pytest.mark.django_db]


def document(congress, title: str, *, access_level=AccessLevel.PUBLIC, press=False) -> Document:
    document_type, _created = DocumentType.objects.get_or_create(
        congress=congress,
        slug="press" if press else "background",
        defaults={
            "name": {"en": "Press release" if press else "Background paper"},
            "is_press_release": press,
        },
    )
    return Document.objects.create(
        congress=congress,
        document_type=document_type,
        title={"en": title},
        document_date=datetime.date(2001, 12, 17),
        access_level=access_level,
        status=DocumentStatus.PUBLISHED,
        published_at=timezone.now(),
    )


def test_news_item_links_related_documents_the_reader_may_read(client, congress):
    public = document(congress, "Stockholm Agenda for Action")
    restricted = document(congress, "Secretariat briefing", access_level=AccessLevel.SECRETARIAT)
    item = NewsItemFactory(congress=congress, slug="opening")
    item.related_documents.set([public, restricted])

    page = client.get(f"/en/{congress.slug}/news/opening/").content.decode()

    assert f'href="/en/{congress.slug}/documents/{public.pk}/"' in page
    assert "Stockholm Agenda for Action" in page
    assert "Secretariat briefing" not in page


def test_news_page_lists_press_releases(client, congress):
    release = document(congress, "Press release: the Congress opens", press=True)
    document(congress, "Background paper on trafficking")

    page = client.get(f"/en/{congress.slug}/news/").content.decode()

    assert "For the media" in page
    assert f'href="/en/{congress.slug}/documents/{release.pk}/"' in page
    assert "Background paper on trafficking" not in page


def test_news_list_queries_do_not_grow_with_items(client, congress, django_assert_max_num_queries):
    NewsItemFactory(congress=congress)
    client.get(f"/en/{congress.slug}/news/")  # sessions, content types and the like are loaded once

    with django_assert_max_num_queries(8) as one:
        client.get(f"/en/{congress.slug}/news/")
    NewsItemFactory.create_batch(2, congress=congress)
    with django_assert_max_num_queries(len(one.captured_queries)):
        client.get(f"/en/{congress.slug}/news/")
