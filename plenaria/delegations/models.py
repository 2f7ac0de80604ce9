from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from plenaria.common.models import TimeStampedModel
from plenaria.common.private_storage import PrivateStorage, private_upload_to

from .enums import EcosocStatus, OrganisationKind


class Organisation(TimeStampedModel):
    """The register of organisations that take part: one government per country, UN and intergovernmental bodies,
    NGOs, companies, media outlets. It outlives a congress (the same NGO comes to Rio in 2008)."""

    kind = models.CharField(_("kind"), max_length=24, choices=OrganisationKind)
    name = models.CharField(_("name"), max_length=250)
    name_local = models.CharField(_("name in its own language"), max_length=250, blank=True)
    acronym = models.CharField(_("acronym"), max_length=40, blank=True)
    country = CountryField(_("country"), blank=True)
    ecosoc_status = models.CharField(
        _("ECOSOC consultative status"), max_length=10, choices=EcosocStatus, default=EcosocStatus.NONE
    )
    website = models.URLField(_("website"), blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        constraints = [
            models.UniqueConstraint(
                fields=["country"],
                condition=models.Q(kind=OrganisationKind.GOVERNMENT),
                name="one_government_per_country",
            )
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def has_ecosoc_status(self) -> bool:
        return self.ecosoc_status != EcosocStatus.NONE


class Delegation(TimeStampedModel):
    """The group an organisation sends to a congress, nominated by its focal point, within a quota."""

    congress = models.ForeignKey("congresses.Congress", on_delete=models.CASCADE, related_name="delegations")
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="delegations")
    quota = models.PositiveSmallIntegerField(_("places"), default=10)
    nomination_deadline = models.DateTimeField(_("nominations close"), null=True, blank=True)
    note_verbale = models.FileField(
        _("official letter (note verbale)"),
        storage=PrivateStorage(),
        upload_to=private_upload_to("note-verbale"),
        blank=True,
    )
    note_verbale_name = models.CharField(max_length=250, blank=True)
    note_verbale_uploaded_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["organisation__name"]
        verbose_name = _("delegation")
        verbose_name_plural = _("delegations")
        constraints = [
            models.UniqueConstraint(
                fields=["congress", "organisation"], name="one_delegation_per_organisation"
            )
        ]

    def __str__(self) -> str:
        return str(self.organisation)


class FocalPoint(TimeStampedModel):
    """The person an organisation names to nominate its delegation (e.g. at the Ministry or Permanent Mission).

    The secretariat invites them by e-mail; the invitation token is good until accepted."""

    delegation = models.ForeignKey(Delegation, on_delete=models.CASCADE, related_name="focal_points")
    email = models.EmailField(_("e-mail"))
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="focal_points",
    )
    token = models.CharField(max_length=64, unique=True)
    invited_at = models.DateTimeField(_("invited"))
    accepted_at = models.DateTimeField(_("accepted"), null=True, blank=True)

    class Meta:
        verbose_name = _("focal point")
        verbose_name_plural = _("focal points")
        constraints = [models.UniqueConstraint(fields=["delegation", "email"], name="focal_point_once")]

    def __str__(self) -> str:
        return f"{self.email} ({self.delegation})"
