import hashlib

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from plenaria.common.models import TimeStampedModel

from .enums import Direction, ScanOutcome, ScanReason


def hash_token(token: str) -> str:
    """Device tokens and badge secrets are kept and compared as SHA-256 digests: a copy of the table (or of a
    device's offline list) cannot be used to impersonate a device or print a badge."""
    return hashlib.sha256(token.encode()).hexdigest()


class Checkpoint(TimeStampedModel):
    """A door where badges are scanned; it admits to one access zone."""

    congress = models.ForeignKey("congresses.Congress", on_delete=models.CASCADE, related_name="checkpoints")
    zone = models.ForeignKey(
        "badges.AccessZone", on_delete=models.PROTECT, related_name="checkpoints", verbose_name=_("zone")
    )
    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("short name"))

    class Meta:
        ordering = ["name", "pk"]
        verbose_name = _("checkpoint")
        verbose_name_plural = _("checkpoints")
        constraints = [models.UniqueConstraint(fields=["congress", "slug"], name="checkpoint_slug_unique")]

    def __str__(self) -> str:
        return self.name


class Device(TimeStampedModel):
    """A phone or laptop registered by staff to scan at one checkpoint. Only the token's digest is stored."""

    congress = models.ForeignKey("congresses.Congress", on_delete=models.CASCADE, related_name="scan_devices")
    name = models.CharField(_("name"), max_length=120)
    checkpoint = models.ForeignKey(Checkpoint, on_delete=models.PROTECT, related_name="devices")
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    registered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    registered_at = models.DateTimeField(default=timezone.now)
    revoked_at = models.DateTimeField(null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["name", "pk"]
        verbose_name = _("scanning device")
        verbose_name_plural = _("scanning devices")

    def __str__(self) -> str:
        return self.name

    @property
    def is_revoked(self) -> bool:
        return self.revoked_at is not None


class Scan(models.Model):
    """One scan of a badge (or of an unknown code) at a checkpoint, online or synced later. `uuid` comes from the
    device, so a scan sent twice is stored once."""

    uuid = models.UUIDField(unique=True, editable=False)
    badge = models.ForeignKey(
        "badges.Badge", null=True, blank=True, on_delete=models.PROTECT, related_name="scans"
    )
    checkpoint = models.ForeignKey(Checkpoint, on_delete=models.PROTECT, related_name="scans")
    device = models.ForeignKey(Device, on_delete=models.PROTECT, related_name="scans")
    scanned_at = models.DateTimeField(help_text="By the device's clock.")
    received_at = models.DateTimeField(default=timezone.now)
    result = models.CharField(_("result"), max_length=10, choices=ScanOutcome)
    reason = models.CharField(_("reason"), max_length=20, choices=ScanReason)
    direction = models.CharField(_("direction"), max_length=3, choices=Direction, blank=True)
    was_offline = models.BooleanField(default=False)
    # The device admitted the person offline, but the server refuses the scan (e.g. the badge was revoked first).
    conflict = models.BooleanField(default=False)

    class Meta:
        ordering = ["-scanned_at", "-pk"]
        verbose_name = _("scan")
        verbose_name_plural = _("scans")
        indexes = [
            models.Index(fields=["checkpoint", "scanned_at"], name="scan_checkpoint_time"),
            models.Index(fields=["badge", "scanned_at"], name="scan_badge_time"),
        ]

    def __str__(self) -> str:
        return str(self.uuid)

    @property
    def is_admitted(self) -> bool:
        return self.result == ScanOutcome.ADMITTED
