from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class NewsCategory(models.TextChoices):
    CONGRESS = "congress", _("Congress news")
    CONSULTATIONS = "consultations", _("Regional consultations")
    MEDIA = "media", _("Media advisories")
    YOUTH = "youth", pgettext_lazy("news category", "Youth")


class NewsStatus(models.TextChoices):
    """A published item with `publish_at` in the future is scheduled: readers see it from that time on."""

    DRAFT = "draft", pgettext_lazy("news status", "Draft")
    PUBLISHED = "published", pgettext_lazy("news status", "Published")
    WITHDRAWN = "withdrawn", pgettext_lazy("news status", "Withdrawn")
