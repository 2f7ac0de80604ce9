import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from i18nfield.fields import I18nCharField

from plenaria.common.models import TimeStampedModel

from .enums import BadgeStatus, RevocationReason


def new_badge_secret() -> str:
    """The QR code's content: random, unguessable, and derived from nothing about the person."""
    return secrets.token_urlsafe(24)


class AccessZone(TimeStampedModel):
    """A part of the venue behind a checkpoint (plenary hall, media centre, youth area…), open to the badges of
    some categories; its name is printed on those badges."""

    congress = models.ForeignKey("congresses.Congress", on_delete=models.CASCADE, related_name="access_zones")
    slug = models.SlugField(_("short name"))
    name = I18nCharField(_("name"))
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    categories = models.ManyToManyField(
        "registration.ParticipantCategory",
        verbose_name=_("participant categories"),
        related_name="access_zones",
        blank=True,
    )
    # The youth area: an admitted young person's scans here sign them in on this event's safeguarding register.
    youth_event = models.ForeignKey(
        "congresses.Event",
        verbose_name=_("youth event whose sign-in register this zone keeps"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("access zone")
        verbose_name_plural = _("access zones")
        constraints = [models.UniqueConstraint(fields=["congress", "slug"], name="access_zone_slug_unique")]

    def __str__(self) -> str:
        return str(self.name)


class Badge(TimeStampedModel):
    """One printed badge of a participant. A reprint revokes it and issues a new one with a new secret, so a scan
    of a lost badge is refused."""

    participant = models.ForeignKey(
        "registration.Participant", on_delete=models.PROTECT, related_name="badges"
    )
    secret = models.CharField(max_length=64, unique=True, default=new_badge_secret, editable=False)
    status = models.CharField(
        _("status"), max_length=10, choices=BadgeStatus, default=BadgeStatus.ISSUED, db_index=True
    )
    issued_at = models.DateTimeField(default=timezone.now)
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    revoked_at = models.DateTimeField(null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    revocation_reason = models.CharField(_("reason"), max_length=24, choices=RevocationReason, blank=True)
    printed_at = models.DateTimeField(null=True, blank=True)
    print_count = models.PositiveIntegerField(default=0)
    replaces = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="replacements"
    )

    class Meta:
        ordering = ["-issued_at", "-pk"]
        verbose_name = _("badge")
        verbose_name_plural = _("badges")
        constraints = [
            # Two desks cannot both hand out a valid badge to the same person.
            models.UniqueConstraint(
                fields=["participant"],
                condition=models.Q(status=BadgeStatus.ISSUED),
                name="one_issued_badge_per_participant",
            ),
            models.CheckConstraint(
                condition=(
                    models.Q(status=BadgeStatus.ISSUED, revoked_at__isnull=True, revocation_reason="")
                    | (
                        models.Q(status=BadgeStatus.REVOKED, revoked_at__isnull=False)
                        & ~models.Q(revocation_reason="")
                    )
                ),
                name="badge_revocation_consistent",
            ),
        ]

    def __str__(self) -> str:
        return f"{self._meta.verbose_name} {self.pk}"

    @property
    def is_revoked(self) -> bool:
        return self.status == BadgeStatus.REVOKED


from .models_printing import PrintJob  # noqa: E402, F401 -- registers the print jobs' model with the app
