"""Young participants' records, the versioned texts they and their guardians agree to, and their chaperones.

Data minimisation is a rule here, not a preference: no field ever records a person's past experiences (a test
scans these models). What is sensitive (guardian contacts, emergency contacts, medical notes) is encrypted at rest,
seen only by the congress's safeguarding officers (every reading logged) and purged after the congress.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from encrypted_fields.fields import EncryptedCharField, EncryptedEmailField, EncryptedTextField
from i18nfield.fields import I18nTextField

from plenaria.common.models import TimeStampedModel

from ..enums import ConsentKind, ConsentMethod, ConsentSigner, MediaLevel


class YouthEventRules(TimeStampedModel):
    """How young people take part in one event (the Kawasaki youth event, the Congress itself…)."""

    event = models.OneToOneField("congresses.Event", on_delete=models.CASCADE, related_name="youth_rules")
    age_limit = models.PositiveSmallIntegerField(
        _("age limit"), default=18, help_text=_("Under this age on the event's first day: the youth flow.")
    )
    max_minors_per_delegation = models.PositiveSmallIntegerField(_("young people per delegation"), default=2)
    minors_per_chaperone = models.PositiveSmallIntegerField(_("young people per chaperone"), default=5)
    nominations_close_at = models.DateTimeField(_("nominations of young people close"), null=True, blank=True)

    class Meta:
        verbose_name = _("youth rules of an event")
        verbose_name_plural = _("youth rules of events")
        constraints = [
            models.CheckConstraint(condition=models.Q(age_limit__gt=0), name="youth_age_limit_positive"),
            models.CheckConstraint(
                condition=models.Q(minors_per_chaperone__gt=0), name="youth_chaperone_ratio_positive"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.event}: under {self.age_limit}"


class ConsentText(TimeStampedModel):
    """One version of a consent form or code of conduct, in every language. A published version never changes:
    each consent points to the exact version its signer was shown, so a version in use cannot be deleted
    (RESTRICT), except with its whole congress."""

    congress = models.ForeignKey(
        "congresses.Congress", on_delete=models.CASCADE, related_name="consent_texts"
    )
    kind = models.CharField(_("kind"), max_length=24, choices=ConsentKind)
    version = models.PositiveSmallIntegerField(_("version"))
    body = I18nTextField(_("text"))
    published_at = models.DateTimeField(_("published"), null=True, blank=True)

    class Meta:
        ordering = ["congress", "kind", "-version"]
        verbose_name = _("consent text")
        verbose_name_plural = _("consent texts")
        constraints = [
            models.UniqueConstraint(
                fields=["congress", "kind", "version"], name="consent_text_version_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} v{self.version}"


class Chaperone(TimeStampedModel):
    """A registered adult participant who accompanies young people, once they accept the chaperone code."""

    participant = models.OneToOneField(
        "registration.Participant", on_delete=models.CASCADE, related_name="chaperone"
    )
    code_of_conduct = models.ForeignKey(
        ConsentText,
        verbose_name=_("code of conduct accepted"),
        null=True,
        blank=True,
        on_delete=models.RESTRICT,
        related_name="+",
    )
    code_accepted_at = models.DateTimeField(_("code of conduct accepted at"), null=True, blank=True)

    class Meta:
        verbose_name = _("chaperone")
        verbose_name_plural = _("chaperones")

    def __str__(self) -> str:
        return str(self.participant)

    @property
    def has_accepted_code(self) -> bool:
        return self.code_of_conduct_id is not None and self.code_accepted_at is not None


class YouthProfile(TimeStampedModel):
    """The safeguarding record of a young participant: one identity for the youth event and the Congress."""

    participant = models.OneToOneField(
        "registration.Participant", on_delete=models.CASCADE, related_name="youth_profile"
    )
    events = models.ManyToManyField(
        "congresses.Event", related_name="youth_profiles", verbose_name=_("events")
    )
    # Frozen when the registration is approved (UNGASS 2002 precedent): a later change of dates keeps them welcome.
    is_minor_frozen = models.BooleanField(_("under the age limit when confirmed"), null=True, blank=True)
    eligibility_frozen_at = models.DateTimeField(null=True, blank=True)
    # Shown instead of the name everywhere outside safeguarding, when the sponsoring organisation asks for it.
    pseudonym = models.CharField(_("pseudonym"), max_length=120, blank=True)
    use_pseudonym = models.BooleanField(_("appears under the pseudonym"), default=False)
    chaperone = models.ForeignKey(
        Chaperone,
        verbose_name=_("chaperone"),
        null=True,
        blank=True,
        on_delete=models.RESTRICT,
        related_name="minors",
    )
    guardian_name = EncryptedCharField(_("guardian's name"), max_length=200, null=True, blank=True)
    guardian_email = EncryptedEmailField(_("guardian's e-mail"), max_length=254, null=True, blank=True)
    guardian_phone = EncryptedCharField(_("guardian's telephone"), max_length=60, null=True, blank=True)
    guardian_language = models.CharField(
        _("guardian's language"), max_length=10, choices=settings.LANGUAGES, default="en"
    )
    guardian_token = models.CharField(max_length=64, null=True, blank=True, unique=True)
    guardian_invited_at = models.DateTimeField(null=True, blank=True)
    emergency_contacts = EncryptedTextField(_("emergency contacts"), null=True, blank=True)
    medical_notes = EncryptedTextField(_("medical notes and allergies"), null=True, blank=True)
    protected_data_purged_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("young person's profile")
        verbose_name_plural = _("young people's profiles")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(use_pseudonym=False) | ~models.Q(pseudonym=""),
                name="youth_pseudonym_when_used",
            )
        ]

    def __str__(self) -> str:
        return str(self.participant)


class Consent(models.Model):
    """One consent given for a young person: what exactly (text version and language), by whom, when and how.

    Consents are never edited: a new decision is a new record, and the latest one of each kind counts. Only media
    consent can be withdrawn, at any time, which takes effect at once (`selectors.media_level`)."""

    profile = models.ForeignKey(YouthProfile, on_delete=models.CASCADE, related_name="consents")
    kind = models.CharField(_("kind"), max_length=24, choices=ConsentKind)
    text = models.ForeignKey(
        ConsentText, verbose_name=_("text shown"), on_delete=models.RESTRICT, related_name="+"
    )
    language = models.CharField(_("language shown"), max_length=10, choices=settings.LANGUAGES)
    given_by = models.CharField(_("given by"), max_length=16, choices=ConsentSigner)
    signer_name = EncryptedCharField(_("signed by"), max_length=200)
    given_at = models.DateTimeField(_("given at"))
    method = models.CharField(_("how"), max_length=8, choices=ConsentMethod)
    media_level = models.CharField(_("media consent level"), max_length=8, choices=MediaLevel, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    withdrawn_at = models.DateTimeField(_("withdrawn at"), null=True, blank=True)
    withdrawn_by = models.CharField(_("withdrawn by"), max_length=16, choices=ConsentSigner, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-given_at", "-pk"]
        verbose_name = _("consent")
        verbose_name_plural = _("consents")
        indexes = [models.Index(fields=["profile", "kind", "given_at"])]
        constraints = [
            models.CheckConstraint(
                condition=(models.Q(kind=ConsentKind.MEDIA) & ~models.Q(media_level=""))
                | (~models.Q(kind=ConsentKind.MEDIA) & models.Q(media_level="")),
                name="consent_media_level_only_for_media",
            ),
            models.CheckConstraint(
                condition=models.Q(withdrawn_at__isnull=True) | models.Q(kind=ConsentKind.MEDIA),
                name="consent_only_media_withdrawn",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} ({self.get_given_by_display()}, {self.given_at:%Y-%m-%d})"


class ProtectedRecordAccess(models.Model):
    """Who read a young person's protected record, when and why: the officers review it (accountability).

    A profile or user with logged readings cannot be deleted on its own (RESTRICT, PROTECT), so the log never loses
    whom it is about or who read; deleting the whole congress takes the log with it."""

    congress = models.ForeignKey("congresses.Congress", on_delete=models.CASCADE, related_name="+")
    profile = models.ForeignKey(YouthProfile, on_delete=models.RESTRICT, related_name="accesses")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    reason = models.TextField(_("why"))
    accessed_at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-accessed_at", "-pk"]
        verbose_name = _("reading of a protected record")
        verbose_name_plural = _("readings of protected records")
        constraints = [
            models.CheckConstraint(condition=~models.Q(reason=""), name="protected_access_has_reason")
        ]

    def __str__(self) -> str:
        return f"{self.accessed_at:%Y-%m-%d %H:%M} {self.user} → {self.profile}"
