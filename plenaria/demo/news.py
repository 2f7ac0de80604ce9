"""The demo congress's news, June to December 2001 (data: plenaria.demo.content.news_2001).

`seed_news` writes each item through the news services, as the communications team's demo staff member, links it
to the documents it speaks of, publishes it, then dates it to its publication time in 2001 (Japan time): the
services publish only now or later, and the demo's story happened in 2001. Call it after `seed_library`, so that
the related documents exist. The audit log keeps the date of the seeding.

Running it again adds nothing: an item is found by its address (slug). An item that exists already is left as it
is.
"""

import datetime
import zoneinfo

from plenaria.accounts.models import User
from plenaria.congresses.models import Congress
from plenaria.library.models import Document
from plenaria.news.models import NewsItem
from plenaria.news.services import NewsContent, create_news_item, publish_news_item

from .content import yokohama_2001 as congress_data
from .content.library_2001 import DEMO_NOTE
from .content.news_2001 import NEWS

TOKYO = zoneinfo.ZoneInfo("Asia/Tokyo")
EDITOR_TEAM = "communications"


def seed_news(*, congress: Congress) -> int:
    """The news items of 2001 (once each). Returns how many were added."""
    existing = set(NewsItem.objects.filter(congress=congress).values_list("slug", flat=True))
    documents = dict(
        Document.objects.filter(congress=congress).exclude(symbol="").values_list("symbol", "pk")
    )
    editor = _editor()
    added = 0
    for spec in NEWS:
        if spec["slug"] not in existing:
            _add_item(spec, congress=congress, documents=documents, actor=editor)
            added += 1
    return added


def _editor() -> User | None:
    email = next(spec["email"] for spec in congress_data.USERS if spec["team"] == EDITOR_TEAM)
    return User.objects.filter(email=email).first()


def published_at(value: str) -> datetime.datetime:
    """A time such as "2001-10-18 18:00" in Japan time as an aware datetime."""
    return datetime.datetime.strptime(value, "%Y-%m-%d %H:%M").replace(tzinfo=TOKYO)


def _add_item(spec: dict, *, congress, documents: dict[str, int], actor) -> NewsItem:
    content = NewsContent(
        title=spec["title"],
        body=spec["body"],
        summary={language: f"{text} {DEMO_NOTE[language]}" for language, text in spec["summary"].items()},
        category=spec["category"],
        slug=spec["slug"],
        related_document_ids=[documents[symbol] for symbol in spec.get("related", []) if symbol in documents],
    )
    item = create_news_item(congress=congress, content=content, actor=actor)
    publish_news_item(item=item, actor=actor)
    NewsItem.objects.filter(pk=item.pk).update(publish_at=published_at(spec["publish_at"]))
    return item
