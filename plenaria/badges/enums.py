from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class BadgeStatus(models.TextChoices):
    ISSUED = "issued", pgettext_lazy("badge status", "Issued")
    REVOKED = "revoked", pgettext_lazy("badge status", "Revoked")


class RevocationReason(models.TextChoices):
    LOST = "lost", _("Lost or stolen")
    DAMAGED = "damaged", _("Damaged")
    DETAILS_CHANGED = "details_changed", _("Details changed")
    REGISTRATION_WITHDRAWN = "registration_withdrawn", _("Registration withdrawn")
    ISSUED_IN_ERROR = "issued_in_error", _("Issued in error")


# Why a badge may be replaced by a new one (a withdrawn registration or a badge issued in error gets none).
REPRINT_REASONS = frozenset(
    {RevocationReason.LOST, RevocationReason.DAMAGED, RevocationReason.DETAILS_CHANGED}
)
