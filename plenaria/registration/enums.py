from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class CategoryKind(models.TextChoices):
    GOVERNMENT = "government", _("Government delegation")
    IGO = "igo", _("United Nations or intergovernmental body")
    NGO = "ngo", _("Non-governmental organisation")
    PRIVATE_SECTOR = "private_sector", _("Private sector")
    MEDIA = "media", _("Media")
    YOUTH = "youth", _("Children and young people")
    STAFF = "staff", _("Secretariat and support staff")
    OTHER = "other", pgettext_lazy("participant category", "Other")


class RegistrationStatus(models.TextChoices):
    DRAFT = "draft", pgettext_lazy("registration status", "Draft")
    NOMINATED = "nominated", pgettext_lazy("registration status", "Nominated")
    SUBMITTED = "submitted", pgettext_lazy("registration status", "Submitted")
    INFO_REQUESTED = "info_requested", pgettext_lazy("registration status", "More information requested")
    WAITLISTED = "waitlisted", pgettext_lazy("registration status", "On the waiting list")
    APPROVED = "approved", pgettext_lazy("registration status", "Approved")
    REJECTED = "rejected", pgettext_lazy("registration status", "Rejected")
    WITHDRAWN = "withdrawn", pgettext_lazy("registration status", "Withdrawn")


# Statuses that hold one of a delegation's places. A waitlisted, rejected or withdrawn person holds none.
SEAT_HOLDING_STATUSES = frozenset(
    {
        RegistrationStatus.NOMINATED,
        RegistrationStatus.SUBMITTED,
        RegistrationStatus.INFO_REQUESTED,
        RegistrationStatus.APPROVED,
    }
)

# Statuses in which a reviewer can decide.
REVIEWABLE_STATUSES = frozenset({RegistrationStatus.SUBMITTED, RegistrationStatus.WAITLISTED})

# The state machine (docs/registration-states.md). Anything else is refused with `invalid_transition`.
TRANSITIONS: dict[str, frozenset[str]] = {
    RegistrationStatus.DRAFT: frozenset(
        {RegistrationStatus.SUBMITTED, RegistrationStatus.WAITLISTED, RegistrationStatus.WITHDRAWN}
    ),
    RegistrationStatus.NOMINATED: frozenset({RegistrationStatus.SUBMITTED, RegistrationStatus.WITHDRAWN}),
    RegistrationStatus.SUBMITTED: frozenset(
        {
            RegistrationStatus.SUBMITTED,
            RegistrationStatus.APPROVED,
            RegistrationStatus.REJECTED,
            RegistrationStatus.INFO_REQUESTED,
            RegistrationStatus.WAITLISTED,
            RegistrationStatus.WITHDRAWN,
        }
    ),
    RegistrationStatus.INFO_REQUESTED: frozenset(
        {RegistrationStatus.SUBMITTED, RegistrationStatus.WITHDRAWN}
    ),
    RegistrationStatus.WAITLISTED: frozenset(
        {
            RegistrationStatus.NOMINATED,
            RegistrationStatus.SUBMITTED,
            RegistrationStatus.REJECTED,
            RegistrationStatus.WITHDRAWN,
        }
    ),
    RegistrationStatus.APPROVED: frozenset({RegistrationStatus.SUBMITTED, RegistrationStatus.WITHDRAWN}),
    RegistrationStatus.REJECTED: frozenset(),
    RegistrationStatus.WITHDRAWN: frozenset(),
}


class ReviewDecision(models.TextChoices):
    APPROVE = "approve", _("Approve")
    REJECT = "reject", _("Reject")
    REQUEST_INFO = "request_info", _("Ask for more information")
    WAITLIST = "waitlist", _("Put on the waiting list")


class StageKind(models.TextChoices):
    FOCAL_POINT = "focal_point", _("Pre-approval by the delegation's focal point")
    TEAM = "team", _("Review by a team")


class DocumentKind(models.TextChoices):
    NOTE_VERBALE = "note_verbale", _("Note verbale or official letter")
    ORGANISATION_LETTER = "organisation_letter", _("Letter signed by the head of the organisation")
    ASSIGNMENT_LETTER = "assignment_letter", _("Letter of assignment from the editor")
    PRESS_CARD = "press_card", _("Press card")
    IDENTITY_DOCUMENT = "identity_document", _("Passport or identity document")
    NGO_DOSSIER = "ngo_dossier", _("Accreditation dossier (purpose, activities, governance, finances)")
    OTHER = "other", pgettext_lazy("document kind", "Other")


class RequirableField(models.TextChoices):
    """Details a category may make compulsory. Names, nationality, date of birth and the photo always are."""

    TITLE = "title", _("Title or function")
    ORGANISATION = "organisation_name", _("Organisation or media outlet")
    NAME_IN_OWN_SCRIPT = "name_in_own_script", _("Name in the person's own script")
    LANGUAGES_SPOKEN = "languages_spoken", _("Languages spoken")


class LetterKind(models.TextChoices):
    CONFIRMATION = "confirmation", _("Confirmation of registration")
    VISA = "visa", _("Visa-support letter")
