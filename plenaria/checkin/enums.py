from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class ScanOutcome(models.TextChoices):
    ADMITTED = "admitted", pgettext_lazy("scan result", "Admitted")
    REFUSED = "refused", pgettext_lazy("scan result", "Refused")


class Direction(models.TextChoices):
    IN = "in", pgettext_lazy("scan direction", "In")
    OUT = "out", pgettext_lazy("scan direction", "Out")


class ScanReason(models.TextChoices):
    """Why a scan was admitted or refused: stable codes for devices, labels for the operator's screen."""

    ADMITTED = "admitted", _("Admitted.")
    UNKNOWN_BADGE = "unknown_badge", _("Unknown badge.")
    REVOKED_BADGE = "revoked_badge", _("This badge is revoked. Keep it and call a supervisor.")
    NOT_ACCREDITED = "not_accredited", _("The registration is no longer accredited.")
    WRONG_ZONE = "wrong_zone", _("This badge does not open this zone.")
    NOT_CLEARED = "not_cleared", _("Safeguarding has not cleared this young person.")
    NO_CHAPERONE = "no_chaperone", _("This young person has no chaperone.")
    DEVICE_REVOKED = "device_revoked", _("This device is revoked.")
    # Admitted: a young person leaving the youth area is signed out at the register desk, never by a scan.
    SIGN_OUT_AT_DESK = (
        "sign_out_at_desk",
        _("Sign-out at the register desk with the chaperone or an authorised adult."),
    )


# The reasons of an admitted scan; every other reason refuses it.
ADMITTING_REASONS = frozenset({ScanReason.ADMITTED, ScanReason.SIGN_OUT_AT_DESK})
