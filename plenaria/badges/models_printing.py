"""Batch printing: a print job is one set of badges chosen by the secretariat, rendered in the background into one
print-ready PDF kept in private storage."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from plenaria.common.models import TimeStampedModel
from plenaria.common.private_storage import PrivateStorage, private_upload_to


class BadgeSize(models.TextChoices):
    """The sizes `rendering.render_badges` prints."""

    A6 = "A6", _("A6 sheet (105 × 148 mm), for a laser printer")
    CR80 = "CR80", _("CR80 card (86 × 54 mm), for a card printer")


class PrintJobStatus(models.TextChoices):
    QUEUED = "queued", pgettext_lazy("print job status", "Waiting")
    RUNNING = "running", pgettext_lazy("print job status", "Being made")
    DONE = "done", pgettext_lazy("print job status", "Ready")
    FAILED = "failed", pgettext_lazy("print job status", "Failed")


PENDING_STATUSES = frozenset({PrintJobStatus.QUEUED, PrintJobStatus.RUNNING})


class PrintJob(TimeStampedModel):
    """One batch of badges printed into one PDF. `filters` keeps the choice that made the set (ids, see
    `selectors_manage.badges_to_print`); `done` counts the badges rendered so far, for the progress bar."""

    congress = models.ForeignKey("congresses.Congress", on_delete=models.CASCADE, related_name="print_jobs")
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    filters = models.JSONField(_("set of badges"), default=dict, blank=True)
    size = models.CharField(_("size"), max_length=8, choices=BadgeSize, default=BadgeSize.A6)
    language = models.CharField(_("language of the badges"), max_length=10, choices=settings.LANGUAGES)
    total = models.PositiveIntegerField(_("badges"), default=0)
    done = models.PositiveIntegerField(default=0)
    # Badges of the set left out because safeguarding no longer cleared their holders when the job ran.
    left_out = models.PositiveIntegerField(default=0)
    status = models.CharField(
        _("status"), max_length=10, choices=PrintJobStatus, default=PrintJobStatus.QUEUED, db_index=True
    )
    error = models.TextField(blank=True)
    pdf = models.FileField(storage=PrivateStorage(), upload_to=private_upload_to("badge-prints"), blank=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("print job")
        verbose_name_plural = _("print jobs")

    def __str__(self) -> str:
        return f"{self._meta.verbose_name} {self.pk}"

    @property
    def is_pending(self) -> bool:
        return self.status in PENDING_STATUSES

    @property
    def is_ready(self) -> bool:
        return self.status == PrintJobStatus.DONE and bool(self.pdf)

    @property
    def percent(self) -> int:
        if self.status == PrintJobStatus.DONE:
            return 100
        return min(100, self.done * 100 // self.total) if self.total else 0
