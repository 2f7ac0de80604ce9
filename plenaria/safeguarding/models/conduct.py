"""Codes of conduct accepted before accreditation, and the safeguarding training of staff who work with young people.

Each acceptance points to the exact version of the code its signer was shown (RESTRICT: a version in use cannot be
deleted on its own), in the language it was read in. A young person's acceptance of the participant code is a
`Consent` on their profile; a chaperone's is on `Chaperone`. Acceptances are never edited: a new version of a code
is a new acceptance.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from plenaria.common.models import TimeStampedModel

from ..enums import ConsentMethod
from .youth import ConsentText


class ParticipantCodeAcceptance(models.Model):
    """An adult participant's acceptance of one version of the participant code of conduct: online, by the
    participant, or from a signed paper form, recorded by staff (`recorded_by`)."""

    participant = models.ForeignKey(
        "registration.Participant", on_delete=models.CASCADE, related_name="code_acceptances"
    )
    text = models.ForeignKey(
        ConsentText, verbose_name=_("code of conduct accepted"), on_delete=models.RESTRICT, related_name="+"
    )
    language = models.CharField(_("language shown"), max_length=10, choices=settings.LANGUAGES)
    accepted_at = models.DateTimeField(_("accepted at"))
    method = models.CharField(_("how"), max_length=8, choices=ConsentMethod)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-accepted_at", "-pk"]
        verbose_name = _("acceptance of the participant code of conduct")
        verbose_name_plural = _("acceptances of the participant code of conduct")
        constraints = [
            models.UniqueConstraint(fields=["participant", "text"], name="participant_code_accepted_once")
        ]

    def __str__(self) -> str:
        return f"{self.participant} v{self.text.version}"


class StaffCodeAcceptance(models.Model):
    """A staff member's own acceptance of one version of the staff and volunteer code of conduct. It goes with its
    congress (the text's), or with the person's account."""

    congress = models.ForeignKey(
        "congresses.Congress", on_delete=models.CASCADE, related_name="staff_code_acceptances"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="staff_code_acceptances"
    )
    text = models.ForeignKey(
        ConsentText, verbose_name=_("code of conduct accepted"), on_delete=models.RESTRICT, related_name="+"
    )
    language = models.CharField(_("language shown"), max_length=10, choices=settings.LANGUAGES)
    accepted_at = models.DateTimeField(_("accepted at"))

    class Meta:
        ordering = ["-accepted_at", "-pk"]
        verbose_name = _("acceptance of the staff code of conduct")
        verbose_name_plural = _("acceptances of the staff code of conduct")
        constraints = [models.UniqueConstraint(fields=["user", "text"], name="staff_code_accepted_once")]

    def __str__(self) -> str:
        return f"{self.user} v{self.text.version}"


class SafeguardingTraining(TimeStampedModel):
    """The "safeguarding-trained" mark of a staff member at one congress, recorded by a safeguarding officer.

    Removing the mark keeps the row (`removed_at`): the officers can see who was marked trained before, and by whom.
    At most one mark is in force per person and congress."""

    congress = models.ForeignKey(
        "congresses.Congress", on_delete=models.CASCADE, related_name="safeguarding_trainings"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="safeguarding_trainings"
    )
    trained_on = models.DateField(_("date of the training"))
    note = models.CharField(_("note"), max_length=300, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    removed_at = models.DateTimeField(_("removed at"), null=True, blank=True)
    removed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-trained_on", "-pk"]
        verbose_name = _("safeguarding training")
        verbose_name_plural = _("safeguarding trainings")
        constraints = [
            models.UniqueConstraint(
                fields=["congress", "user"],
                condition=models.Q(removed_at__isnull=True),
                name="one_safeguarding_training_in_force",
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} {self.trained_on:%Y-%m-%d}"

    @property
    def is_in_force(self) -> bool:
        return self.removed_at is None
