from django.utils.translation import gettext_lazy as _

from plenaria.common.errors import DomainError


class BadgeError(DomainError):
    messages = {
        "not_accredited": _("Only an accredited participant can get a badge."),
        "not_cleared": _("Safeguarding has not cleared this participant for a badge."),
        "already_issued": _("This participant already has a badge. Reprint it if it is lost or damaged."),
        "already_revoked": _("This badge is revoked."),
        "invalid_reason": _("Choose a reason from the list."),
    }
