from django.utils.translation import gettext_lazy as _

from plenaria.common.errors import DomainError


class ConcernError(DomainError):
    messages = {
        "closed": _("This concern is closed. Reopen it first."),
        "already_in_status": _("The concern already has this status."),
        "not_an_officer": _("Only a safeguarding officer of this congress can handle a concern."),
        "note_required": _("Write what was done."),
        "outcome_required": _("Write the outcome: how the concern was resolved."),
        "authority_required": _("Give the name of the authority."),
    }
