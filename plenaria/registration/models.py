from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from encrypted_fields.fields import EncryptedCharField
from i18nfield.fields import I18nCharField, I18nTextField

from plenaria.common.models import TimeStampedModel
from plenaria.common.private_storage import PrivateStorage, private_upload_to
from plenaria.delegations.enums import DelegationRole, EcosocStatus

from .enums import CategoryKind, DocumentKind, LetterKind, RegistrationStatus, ReviewDecision, StageKind


class ParticipantCategory(TimeStampedModel):
    """How one kind of participant registers, who reviews them, and how their badge will look: configuration."""

    congress = models.ForeignKey("congresses.Congress", on_delete=models.CASCADE, related_name="categories")
    slug = models.SlugField(_("short name"))
    kind = models.CharField(_("kind"), max_length=20, choices=CategoryKind)
    name = I18nCharField(_("name"))
    description = I18nTextField(_("description"), blank=True)
    opens_at = models.DateTimeField(_("registration opens"), null=True, blank=True)
    closes_at = models.DateTimeField(_("registration closes"), null=True, blank=True)
    reviewing_team = models.ForeignKey(
        "congresses.StaffTeam",
        verbose_name=_("reviewed by"),
        on_delete=models.PROTECT,
        related_name="categories",
    )
    required_documents = models.JSONField(_("required documents"), default=list, blank=True)
    required_fields = models.JSONField(_("required details"), default=list, blank=True)
    is_nominated_by_delegation = models.BooleanField(
        _("nominated by a delegation's focal point"),
        default=False,
        help_text=_(
            "Government and intergovernmental delegations: members are nominated, not self-registered."
        ),
    )
    is_self_registration = models.BooleanField(
        _("people register themselves on the public site"),
        default=False,
        help_text=_(
            "NGOs, private sector, media. Leave off for staff and for delegations nominated by focal points."
        ),
    )
    default_delegation_quota = models.PositiveSmallIntegerField(_("places per delegation"), default=10)
    needs_review_after_change = models.BooleanField(
        _("changes after approval go back to review"), default=True
    )
    requires_media_guidelines = models.BooleanField(
        _("must accept UNICEF's ethical guidelines for reporting on children"), default=False
    )
    badge_colour = models.CharField(_("badge colour"), max_length=7, default="#0b3d6e")
    badge_code = models.CharField(_("badge letter code"), max_length=2, default="P")
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("participant category")
        verbose_name_plural = _("participant categories")
        constraints = [models.UniqueConstraint(fields=["congress", "slug"], name="category_slug_unique")]

    def __str__(self) -> str:
        return str(self.name)

    @property
    def is_open_to_the_public(self) -> bool:
        """Self-registration is possible now (delegation members are nominated, never self-registered)."""
        return self.is_self_registration and not self.is_nominated_by_delegation and self.is_open

    def is_open_at(self, moment) -> bool:
        return (self.opens_at is None or self.opens_at <= moment) and (
            self.closes_at is None or moment < self.closes_at
        )

    @property
    def is_open(self) -> bool:
        return self.is_open_at(timezone.now())


class ReviewStage(TimeStampedModel):
    """One step of a category's approval, in order: e.g. focal point → secretariat → security screening."""

    category = models.ForeignKey(ParticipantCategory, on_delete=models.CASCADE, related_name="stages")
    position = models.PositiveSmallIntegerField(_("order"))
    kind = models.CharField(_("kind"), max_length=16, choices=StageKind, default=StageKind.TEAM)
    name = I18nCharField(_("name"))
    team = models.ForeignKey(
        "congresses.StaffTeam",
        verbose_name=_("team"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="review_stages",
    )

    class Meta:
        ordering = ["category", "position"]
        verbose_name = _("review stage")
        verbose_name_plural = _("review stages")
        constraints = [models.UniqueConstraint(fields=["category", "position"], name="stage_position_unique")]

    def __str__(self) -> str:
        return str(self.name)


class Participant(TimeStampedModel):
    """One person's registration for a congress: who they are, in which category and delegation, and where their
    accreditation stands."""

    congress = models.ForeignKey("congresses.Congress", on_delete=models.CASCADE, related_name="participants")
    category = models.ForeignKey(ParticipantCategory, on_delete=models.PROTECT, related_name="participants")
    delegation = models.ForeignKey(
        "delegations.Delegation", null=True, blank=True, on_delete=models.PROTECT, related_name="participants"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="participations",
    )
    role = models.CharField(_("role in the delegation"), max_length=12, choices=DelegationRole, blank=True)
    status = models.CharField(
        _("status"),
        max_length=16,
        choices=RegistrationStatus,
        default=RegistrationStatus.DRAFT,
        db_index=True,
    )
    stage = models.ForeignKey(
        ReviewStage, null=True, blank=True, on_delete=models.SET_NULL, related_name="participants"
    )
    reference = models.CharField(_("registration number"), max_length=16, unique=True)
    # Identity: names in Latin script (as on the badge and in the List of Participants) and in the person's own.
    email = models.EmailField(_("e-mail"))
    given_name = models.CharField(_("given name"), max_length=120)
    family_name = models.CharField(_("family name"), max_length=120)
    name_in_own_script = models.CharField(_("name in your own script"), max_length=250, blank=True)
    title = models.CharField(_("title or function"), max_length=200, blank=True)
    organisation_name = models.CharField(_("organisation"), max_length=250, blank=True)
    ecosoc_status = models.CharField(
        _("consultative status of the organisation with ECOSOC"),
        max_length=10,
        choices=EcosocStatus,
        blank=True,
    )
    date_of_birth = models.DateField(_("date of birth"), null=True, blank=True)
    nationality = CountryField(_("nationality"), blank=True)
    language = models.CharField(
        _("language for e-mails"), max_length=10, choices=settings.LANGUAGES, default="en"
    )
    languages_spoken = models.CharField(_("languages you speak"), max_length=200, blank=True)
    dietary_needs = models.CharField(_("dietary needs"), max_length=250, blank=True)
    accessibility_needs = models.CharField(_("accessibility needs"), max_length=250, blank=True)
    photo = models.FileField(
        _("photo for the badge"), storage=PrivateStorage(), upload_to=private_upload_to("photo"), blank=True
    )
    # Passport details only when a visa-support letter is requested; encrypted at rest.
    needs_visa_letter = models.BooleanField(_("I need a visa-support letter"), default=False)
    passport_full_name = EncryptedCharField(
        _("full name exactly as in the passport"), max_length=250, blank=True, null=True
    )
    passport_number = EncryptedCharField(_("passport number"), max_length=40, blank=True, null=True)
    passport_expires_on = models.DateField(_("passport expiry date"), null=True, blank=True)
    passport_issuing_country = CountryField(_("passport issued by"), blank=True)
    # Undertakings and timestamps.
    code_of_conduct_accepted_at = models.DateTimeField(null=True, blank=True)
    media_guidelines_accepted_at = models.DateTimeField(null=True, blank=True)
    submission_key = models.CharField(max_length=64, null=True, blank=True, unique=True)
    completion_token = models.CharField(max_length=64, null=True, blank=True, unique=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    decided_at = models.DateTimeField(null=True, blank=True)
    waitlisted_at = models.DateTimeField(null=True, blank=True, db_index=True)
    info_request = models.TextField(_("what is missing"), blank=True)
    likely_duplicate_of = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["family_name", "given_name", "pk"]
        verbose_name = _("participant")
        verbose_name_plural = _("participants")
        indexes = [
            models.Index(fields=["congress", "status"]),
            models.Index(fields=["congress", "email"]),
            models.Index(fields=["delegation", "status"]),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["delegation"],
                condition=models.Q(role=DelegationRole.HEAD)
                & ~models.Q(status__in=[RegistrationStatus.WITHDRAWN, RegistrationStatus.REJECTED]),
                name="one_head_per_delegation",
            )
        ]

    def __str__(self) -> str:
        return self.display_name

    @property
    def display_name(self) -> str:
        return f"{self.given_name} {self.family_name.upper()}".strip()


class Decision(models.Model):
    """A reviewer's decision at one stage: who, when, what and why."""

    participant = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="decisions")
    stage = models.ForeignKey(ReviewStage, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    decision = models.CharField(_("decision"), max_length=16, choices=ReviewDecision)
    reason = models.TextField(_("reason"), blank=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("decision")
        verbose_name_plural = _("decisions")

    def __str__(self) -> str:
        return f"{self.get_decision_display()} ({self.participant_id})"


class ParticipantDocument(TimeStampedModel):
    """A supporting document (assignment letter, press card, identity document…), readable by reviewers only."""

    participant = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="documents")
    kind = models.CharField(_("kind"), max_length=24, choices=DocumentKind)
    file = models.FileField(storage=PrivateStorage(), upload_to=private_upload_to("documents"))
    original_name = models.CharField(max_length=250)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField()

    class Meta:
        ordering = ["kind", "created_at"]
        verbose_name = _("document")
        verbose_name_plural = _("documents")


class IssuedLetter(models.Model):
    """A confirmation or visa-support letter; its verification code lets an embassy check it at /verify/<code>/."""

    participant = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="letters")
    kind = models.CharField(_("kind"), max_length=16, choices=LetterKind)
    code = models.CharField(max_length=24, unique=True)
    issued_at = models.DateTimeField(auto_now_add=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-issued_at"]
        verbose_name = _("issued letter")
        verbose_name_plural = _("issued letters")

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.code}"
