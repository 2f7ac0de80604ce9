from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class OrganisationKind(models.TextChoices):
    GOVERNMENT = "government", _("Government")
    UN_BODY = "un_body", _("United Nations body")
    IGO = "igo", _("Intergovernmental organisation")
    NGO = "ngo", _("Non-governmental organisation")
    PRIVATE_SECTOR = "private_sector", _("Company or business association")
    MEDIA_OUTLET = "media_outlet", _("Media outlet")
    YOUTH_ORGANISATION = "youth_organisation", _("Youth organisation")
    OTHER = "other", pgettext_lazy("organisation kind", "Other")


class EcosocStatus(models.TextChoices):
    """ECOSOC consultative status (resolution 1996/31); NGOs with one take the short accreditation path."""

    NONE = "none", _("No consultative status")
    GENERAL = "general", _("General consultative status")
    SPECIAL = "special", _("Special consultative status")
    ROSTER = "roster", _("Roster")


class DelegationRole(models.TextChoices):
    HEAD = "head", _("Head of delegation")
    DELEGATE = "delegate", _("Delegate")
    ALTERNATE = "alternate", _("Alternate")
    ADVISER = "adviser", _("Adviser")
    SUPPORT = "support", _("Support staff")
