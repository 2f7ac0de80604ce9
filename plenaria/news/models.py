"""News items of a congress: written in several languages, published at their scheduled time, or withdrawn.

The image of an item is kept in the private (encrypted) storage and served by `views.public.news_image`, which
shows it only when the item is on the public site, or to the congress's news editors (for the preview): an item
written in advance, and its picture, must not be reachable before its publication time, which public media files
(served by the web server to anyone who has the address) would not ensure.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from i18nfield.fields import I18nCharField, I18nTextField

from plenaria.common.models import TimeStampedModel
from plenaria.common.private_storage import PrivateStorage, private_upload_to

from .enums import NewsCategory, NewsStatus


class NewsItem(TimeStampedModel):
    congress = models.ForeignKey("congresses.Congress", on_delete=models.CASCADE, related_name="news_items")
    slug = models.SlugField(_("address"), max_length=80)
    title = I18nCharField(_("title"), max_length=300)
    summary = I18nTextField(_("summary"), blank=True)
    # Plain text: paragraphs are separated by blank lines, and any HTML is shown as typed.
    body = I18nTextField(_("text"))
    category = models.CharField(
        _("category"), max_length=20, choices=NewsCategory, default=NewsCategory.CONGRESS
    )
    image = models.FileField(
        _("image"), storage=PrivateStorage(), upload_to=private_upload_to("news"), blank=True
    )
    image_content_type = models.CharField(max_length=100, blank=True)
    image_alt = I18nCharField(_("image description"), max_length=300, blank=True)
    status = models.CharField(
        _("status"), max_length=12, choices=NewsStatus, default=NewsStatus.DRAFT, db_index=True
    )
    # Readers see a published item from this time on: an item written in advance appears on time, with no job.
    publish_at = models.DateTimeField(_("publication time"), null=True, blank=True)
    withdrawn_at = models.DateTimeField(_("withdrawn"), null=True, blank=True)
    related_documents = models.ManyToManyField(
        "library.Document", verbose_name=_("related documents"), blank=True, related_name="news_items"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-publish_at", "-pk"]
        verbose_name = _("news item")
        verbose_name_plural = _("news items")
        indexes = [models.Index(fields=["congress", "status", "publish_at"], name="news_item_listing_idx")]
        constraints = [models.UniqueConstraint(fields=["congress", "slug"], name="news_item_unique_slug")]

    def __str__(self) -> str:
        return str(self.title)

    @property
    def is_public(self) -> bool:
        return (
            self.status == NewsStatus.PUBLISHED
            and self.publish_at is not None
            and self.publish_at <= timezone.now()
        )

    @property
    def is_scheduled(self) -> bool:
        return (
            self.status == NewsStatus.PUBLISHED
            and self.publish_at is not None
            and self.publish_at > timezone.now()
        )
