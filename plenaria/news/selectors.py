"""Reads of the news: what readers see (published items whose time has come) and what editors work on."""

from django.db.models import F, QuerySet
from django.utils import timezone

from plenaria.common.audit import actions_for
from plenaria.common.models import ActionLog
from plenaria.library import selectors as library_selectors
from plenaria.library.models import Document

from .enums import NewsStatus
from .models import NewsItem

LATEST_COUNT = 3
PRESS_RELEASES_COUNT = 5


def published_news(*, congress, category: str = "") -> QuerySet[NewsItem]:
    """The items readers see, newest first: published, and whose publication time has passed.

    Comparing with the time of the request is what publishes a scheduled item: no job has to run at its time."""
    items = NewsItem.objects.filter(
        congress=congress, status=NewsStatus.PUBLISHED, publish_at__lte=timezone.now()
    )
    if category:
        items = items.filter(category=category)
    return items.order_by("-publish_at", "-pk")


def latest_news(*, congress, count: int = LATEST_COUNT) -> list[NewsItem]:
    return list(published_news(congress=congress)[:count])


def get_published_item(*, congress, slug: str) -> NewsItem | None:
    return published_news(congress=congress).filter(slug=slug).first()


def news_for_editors(*, congress) -> QuerySet[NewsItem]:
    """Every item of the congress, drafts and withdrawn ones included; undated drafts first."""
    items = NewsItem.objects.filter(congress=congress).select_related("created_by")
    return items.order_by(F("publish_at").desc(nulls_first=True), "-pk")


def get_item_for_editors(*, congress, pk: int) -> NewsItem | None:
    return NewsItem.objects.filter(congress=congress, pk=pk).first()


def related_documents_for(*, item: NewsItem, user) -> QuerySet[Document]:
    """The item's related documents that `user` may read (the others are not named to them)."""
    visible = library_selectors.visible_documents(user=user, congress=item.congress)
    return visible.filter(pk__in=item.related_documents.values("pk"))


def press_releases_for(*, user, congress, count: int = PRESS_RELEASES_COUNT) -> list[Document]:
    documents = library_selectors.documents_of_type_press_release(user=user, congress=congress)
    return list(documents[:count])


def item_history(*, item: NewsItem) -> QuerySet[ActionLog]:
    """The audit entries of one item, newest first, for its edit page."""
    return actions_for(item).order_by("-created_at", "-pk")
