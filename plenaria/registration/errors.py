from django.utils.translation import gettext_lazy as _

from plenaria.common.errors import DomainError


class RegistrationError(DomainError):
    messages = {
        "invalid_transition": _("This registration cannot go from “{current}” to “{target}”."),
        "not_reviewable": _("This registration is not waiting for a decision."),
        "quota_exhausted": _("All places of this delegation are taken."),
        "head_exists": _("This delegation already has a head of delegation."),
        "category_closed": _("Registration for this category is closed."),
        "nomination_closed": _("Nominations for this delegation are closed."),
        "wrong_delegation": _("This person is not a member of this delegation."),
        "reason_required": _("Give a reason: the participant will read it."),
        "letter_not_approved": _("Letters are issued once the registration is approved."),
        "visa_letter_not_requested": _("No visa-support letter was requested for this registration."),
        "passport_details_missing": _(
            "The passport details (full name, number, expiry date, date of birth, nationality) are needed first."
        ),
        "no_place_to_substitute": _("Only a member who holds a place can be substituted."),
        "registration_final": _("This registration can no longer be changed."),
        "changes_closed": _(
            "The deadline for changes has passed. Write to the organisers if something must be corrected."
        ),
        "registration_incomplete": _("Something required is still missing: see the list, then send again."),
        "no_category": _("No participant category accepts nominations from this kind of organisation."),
    }

    def __init__(self, code: str, **params):
        super().__init__(code)
        if params:
            self.message = str(self.messages.get(code, code)).format(**params)
