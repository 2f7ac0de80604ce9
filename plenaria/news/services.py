"""Writes of the news: every change is made in a transaction, written to the audit log, and refreshes the cached
public pages of the congress (the home page shows the latest items).

A scheduled item needs no job: the public queries compare its publication time with the time of the request. The
cached copy of the home page for anonymous visitors may show it up to PUBLIC_PAGE_CACHE_SECONDS late."""

from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from plenaria.common.audit import changes_between, log_action, snapshot
from plenaria.common.uploads import ImageRules, UploadPolicy, check_upload
from plenaria.congresses.public_cache import bump_public_cache

from .enums import NewsStatus
from .errors import NewsError
from .models import NewsItem

# News pictures are shown across the page's width: below 600×300 pixels they look blurred.
NEWS_IMAGE = UploadPolicy(
    kinds={"jpeg", "png"}, max_bytes=5 * 1024 * 1024, image=ImageRules(min_width=600, min_height=300)
)
CONTENT_FIELDS = ["title", "summary", "body", "category", "slug", "image_alt"]


@dataclass(frozen=True)
class NewsContent:
    """What an editor writes. Multilingual values are {language: text}; `slug` empty: made from the title."""

    title: dict
    body: dict
    summary: dict = field(default_factory=dict)
    category: str = "congress"
    slug: str = ""
    image_alt: dict = field(default_factory=dict)
    related_document_ids: list[int] = field(default_factory=list)


def _languages(value: dict) -> set[str]:
    return {code for code, text in (value or {}).items() if text and text.strip()}


def _check_content(content: NewsContent, *, has_image: bool) -> None:
    if not _languages(content.title):
        raise NewsError("title_required")
    if not _languages(content.body):
        raise NewsError("body_required")
    if _languages(content.title) != _languages(content.body):
        raise NewsError("languages_differ")
    if has_image and not _languages(content.image_alt):
        raise NewsError("image_alt_required")


def _free_slug(*, congress, wanted: str, title: dict, exclude_pk: int | None) -> str:
    taken = NewsItem.objects.filter(congress=congress).exclude(pk=exclude_pk)
    if wanted:
        if taken.filter(slug=wanted).exists():
            raise NewsError("slug_taken")
        return wanted
    text = title.get("en") or next(iter(t for t in title.values() if t), "")
    base = (slugify(text) or "news")[:70]
    slug, number = base, 2
    while taken.filter(slug=slug).exists():
        slug, number = f"{base}-{number}", number + 1
    return slug


def _apply(item: NewsItem, content: NewsContent, image) -> None:
    item.title, item.body, item.summary = content.title, content.body, content.summary
    item.category, item.image_alt = content.category, content.image_alt
    if image is not None:
        check_upload(image, NEWS_IMAGE)  # by content; a form's CheckedFileField has done it already
        item.image.save(image.name, image, save=False)
        item.image_content_type = image.detected_type.mime


def _content_snapshot(item: NewsItem) -> dict:
    # An empty multilingual value reads as "" before its first save and {} after: both are "nothing".
    values = {name: value or None for name, value in snapshot(item, CONTENT_FIELDS).items()}
    values["image"] = bool(item.image)  # the stored name means nothing to readers of the log
    values["related_documents"] = sorted(item.related_documents.values_list("pk", flat=True))
    return values


def _audit(item: NewsItem, action: str, *, actor, data: dict) -> None:
    log_action(item, action, actor=actor, congress_id=item.congress_id, data=data)
    bump_public_cache(item.congress_id)


@transaction.atomic
def create_news_item(*, congress, content: NewsContent, actor, image=None) -> NewsItem:
    """A new draft: nobody but the editors sees it until it is published."""
    _check_content(content, has_image=image is not None)
    item = NewsItem(congress=congress, created_by=actor)
    item.slug = _free_slug(congress=congress, wanted=content.slug, title=content.title, exclude_pk=None)
    _apply(item, content, image)
    item.save()
    item.related_documents.set(content.related_document_ids)
    _audit(
        item,
        "news.item.created",
        actor=actor,
        data={"related_documents": sorted(content.related_document_ids)},
    )
    return item


@transaction.atomic
def update_news_item(
    *, item: NewsItem, content: NewsContent, actor, image=None, remove_image: bool = False
) -> NewsItem:
    item = NewsItem.objects.select_for_update().get(pk=item.pk)
    _check_content(content, has_image=image is not None or (bool(item.image) and not remove_image))
    before = _content_snapshot(item)
    item.slug = _free_slug(
        congress=item.congress, wanted=content.slug, title=content.title, exclude_pk=item.pk
    )
    if remove_image and image is None:
        item.image.delete(save=False)
        item.image_content_type = ""
    _apply(item, content, image)
    item.save()
    item.related_documents.set(content.related_document_ids)
    changes = changes_between(before, _content_snapshot(item))
    if changes:
        _audit(item, "news.item.changed", actor=actor, data={"changes": changes})
    return item


@transaction.atomic
def publish_news_item(*, item: NewsItem, actor, publish_at=None) -> NewsItem:
    """Publish now (`publish_at` None) or at a future time: the item appears by itself at that time."""
    item = NewsItem.objects.select_for_update().get(pk=item.pk)
    now = timezone.now()
    if publish_at is not None and publish_at <= now:
        raise NewsError("publish_at_past")
    before = snapshot(item, ["status", "publish_at"])
    item.status, item.publish_at, item.withdrawn_at = NewsStatus.PUBLISHED, publish_at or now, None
    item.save(update_fields=["status", "publish_at", "withdrawn_at", "updated_at"])
    action = "news.item.scheduled" if publish_at is not None else "news.item.published"
    changes = changes_between(before, snapshot(item, ["status", "publish_at"]))
    _audit(item, action, actor=actor, data={"changes": changes})
    return item


@transaction.atomic
def withdraw_news_item(*, item: NewsItem, actor) -> NewsItem:
    """Take a published or scheduled item off every public page, feed and API answer."""
    item = NewsItem.objects.select_for_update().get(pk=item.pk)
    if item.status != NewsStatus.PUBLISHED:
        raise NewsError("not_published")
    item.status, item.withdrawn_at = NewsStatus.WITHDRAWN, timezone.now()
    item.save(update_fields=["status", "withdrawn_at", "updated_at"])
    _audit(item, "news.item.withdrawn", actor=actor, data={"changes": {"status": ["published", "withdrawn"]}})
    return item
