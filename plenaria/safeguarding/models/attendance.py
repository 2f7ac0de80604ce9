"""The daily sign-in / sign-out register of young people, and the adults authorised to collect them.

A young person leaves only with their chaperone or an adult their guardian named (or staff recorded from the
guardian's paper form). Each record keeps who signed them in and out, when, and who took them. Collectors' names
and telephones are encrypted and purged after the congress (`services.retention`); the times stay.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from encrypted_fields.fields import EncryptedCharField

from ..enums import ConsentMethod
from .youth import Chaperone, YouthProfile


class AuthorisedCollector(models.Model):
    """An adult the guardian authorises to collect the young person. Removing one keeps the row (`removed_at`):
    the register may show that they collected the child before."""

    profile = models.ForeignKey(YouthProfile, on_delete=models.CASCADE, related_name="authorised_collectors")
    # Encrypted fields store an empty value as NULL: after the purge both are NULL.
    name = EncryptedCharField(_("name"), max_length=200, null=True, blank=True)
    phone = EncryptedCharField(_("telephone"), max_length=60, null=True, blank=True)
    relationship = models.CharField(_("relationship to the young person"), max_length=100)
    method = models.CharField(_("how"), max_length=8, choices=ConsentMethod)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    added_at = models.DateTimeField(_("added at"), default=timezone.now)
    removed_at = models.DateTimeField(_("removed at"), null=True, blank=True)
    removed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    purged_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["added_at", "pk"]
        verbose_name = _("adult authorised to collect")
        verbose_name_plural = _("adults authorised to collect")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(removed_at__isnull=True) | models.Q(removed_at__gte=models.F("added_at")),
                name="collector_removed_after_added",
            )
        ]

    def __str__(self) -> str:
        # Never the name: this is what the audit log keeps.
        return f"{self.relationship} #{self.pk}"

    @property
    def is_active(self) -> bool:
        return self.removed_at is None


class AttendanceRecord(models.Model):
    """One stay of a young person at an event on one day: signed in, then signed out to the chaperone or an
    authorised collector. A young person who leaves and comes back the same day has two records; at most one is
    open at a time."""

    profile = models.ForeignKey(YouthProfile, on_delete=models.CASCADE, related_name="attendance_records")
    event = models.ForeignKey("congresses.Event", on_delete=models.CASCADE, related_name="+")
    day = models.DateField(_("day"))
    signed_in_at = models.DateTimeField(_("signed in at"))
    signed_in_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("signed in by"), on_delete=models.PROTECT, related_name="+"
    )
    signed_out_at = models.DateTimeField(_("signed out at"), null=True, blank=True)
    signed_out_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("signed out by"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    # Who took the child: exactly one of these once signed out. RESTRICT: the register never loses them.
    collected_by_chaperone = models.ForeignKey(
        Chaperone, null=True, blank=True, on_delete=models.RESTRICT, related_name="+"
    )
    collected_by = models.ForeignKey(
        AuthorisedCollector, null=True, blank=True, on_delete=models.RESTRICT, related_name="collections"
    )

    class Meta:
        ordering = ["day", "signed_in_at", "pk"]
        verbose_name = _("attendance record")
        verbose_name_plural = _("attendance records")
        indexes = [models.Index(fields=["event", "day"])]
        constraints = [
            models.UniqueConstraint(
                fields=["profile", "day"],
                condition=models.Q(signed_out_at__isnull=True),
                name="attendance_one_open_record_per_day",
            ),
            models.CheckConstraint(
                condition=models.Q(signed_out_at__isnull=True)
                | models.Q(signed_out_at__gte=models.F("signed_in_at")),
                name="attendance_signed_out_after_sign_in",
            ),
            models.CheckConstraint(
                condition=models.Q(
                    signed_out_at__isnull=True,
                    signed_out_by__isnull=True,
                    collected_by_chaperone__isnull=True,
                    collected_by__isnull=True,
                )
                | models.Q(
                    signed_out_at__isnull=False,
                    signed_out_by__isnull=False,
                    collected_by_chaperone__isnull=False,
                    collected_by__isnull=True,
                )
                | models.Q(
                    signed_out_at__isnull=False,
                    signed_out_by__isnull=False,
                    collected_by_chaperone__isnull=True,
                    collected_by__isnull=False,
                ),
                name="attendance_collected_by_one_adult",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.profile} {self.day:%Y-%m-%d}"

    @property
    def is_open(self) -> bool:
        return self.signed_out_at is None
