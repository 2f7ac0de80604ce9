"""Reads of the check-in setup pages: the congress's zones, checkpoints and devices, each list in one query."""

from django.db.models import Count, F, Max, Q, QuerySet

from plenaria.badges.models import AccessZone
from plenaria.congresses.models import Congress

from .models import Checkpoint, Device


def zones_of(*, congress: Congress) -> QuerySet[AccessZone]:
    """The zones with the categories they admit and the register they keep, in their order."""
    return (
        AccessZone.objects.filter(congress=congress)
        .select_related("youth_event")
        .prefetch_related("categories")
        .order_by("position", "pk")
    )


def checkpoints_of(*, congress: Congress) -> QuerySet[Checkpoint]:
    """The checkpoints with their zone and how many devices scan there (`device_count`, revoked ones aside)."""
    return (
        Checkpoint.objects.filter(congress=congress)
        .select_related("zone")
        .annotate(device_count=Count("devices", filter=Q(devices__revoked_at__isnull=True)))
        .order_by("name", "pk")
    )


def devices_with_activity(*, congress: Congress) -> QuerySet[Device]:
    """The devices, in service first, with `scan_count` and `last_scan_at` (by the device's clock)."""
    return (
        Device.objects.filter(congress=congress)
        .select_related("checkpoint__zone", "registered_by", "revoked_by")
        .annotate(scan_count=Count("scans"), last_scan_at=Max("scans__scanned_at"))
        .order_by(F("revoked_at").asc(nulls_first=True), "name", "pk")
    )
