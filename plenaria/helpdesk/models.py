"""The inquiry desk: questions to the organisers, routed by who asks and about what to one co-organiser's queue.

The requester's name and e-mail address are encrypted at rest (like a concern's contact details). Because an
encrypted field cannot be searched, `requester_email_digest` keeps a keyed hash of the address: it finds a
person's earlier inquiries (rate limits, threading of e-mailed replies) without storing the address in clear.
"""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from encrypted_fields.fields import EncryptedCharField, EncryptedEmailField
from i18nfield.fields import I18nCharField, I18nTextField

from plenaria.common.models import TimeStampedModel
from plenaria.common.private_storage import PrivateStorage, private_upload_to

from .enums import HelpdeskRole, InquiryStatus, InquiryTopic, MessageDirection, RequesterType


class RoutingRule(TimeStampedModel):
    """Requester type × topic → the team whose queue receives the inquiry. One rule per pair and congress."""

    congress = models.ForeignKey(
        "congresses.Congress", on_delete=models.CASCADE, related_name="routing_rules"
    )
    requester_type = models.CharField(_("who asks"), max_length=20, choices=RequesterType)
    topic = models.CharField(_("topic"), max_length=20, choices=InquiryTopic)
    team = models.ForeignKey(
        "congresses.StaffTeam", verbose_name=_("answered by"), on_delete=models.PROTECT, related_name="+"
    )
    helpdesk_role = models.CharField(_("role at the desk"), max_length=20, choices=HelpdeskRole)

    class Meta:
        ordering = ["requester_type", "topic"]
        verbose_name = _("routing rule")
        verbose_name_plural = _("routing rules")
        constraints = [
            models.UniqueConstraint(
                fields=["congress", "requester_type", "topic"], name="helpdesk_rule_once_per_pair"
            )
        ]

    def __str__(self) -> str:
        return f"{self.requester_type} × {self.topic} → {self.team}"


class Inquiry(TimeStampedModel):
    """One question to the organisers and its conversation (`messages`)."""

    congress = models.ForeignKey("congresses.Congress", on_delete=models.PROTECT, related_name="inquiries")
    reference = models.CharField(_("reference"), max_length=20, unique=True)
    requester_type = models.CharField(_("who asks"), max_length=20, choices=RequesterType)
    topic = models.CharField(_("topic"), max_length=20, choices=InquiryTopic)
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    requester_name = EncryptedCharField(_("name"), max_length=200)
    requester_email = EncryptedEmailField(_("e-mail"), max_length=254)
    requester_email_digest = models.CharField(max_length=64, db_index=True, editable=False)
    participant = models.ForeignKey(
        "registration.Participant",
        verbose_name=_("registration"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="inquiries",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="inquiries"
    )
    subject = models.CharField(_("subject"), max_length=200)
    status = models.CharField(_("status"), max_length=16, choices=InquiryStatus, default=InquiryStatus.NEW)
    # None only when the congress has no rule for the pair and no secretariat team either (see `route_for`).
    team = models.ForeignKey(
        "congresses.StaffTeam",
        verbose_name=_("answered by"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="inquiries",
    )
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assigned to"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assigned_inquiries",
    )
    first_response_at = models.DateTimeField(_("first answer"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)
    # The private link to follow the conversation and reply. Kept in clear, like a badge's QR secret: the
    # confirmation can be sent again, and whoever reads the database reads the conversation anyway.
    follow_up_token = models.CharField(max_length=64, unique=True, editable=False)
    # The form's key: submitting the same form twice returns the first inquiry.
    submission_key = models.CharField(max_length=64, null=True, blank=True, unique=True, editable=False)
    # Set when a handler found that the inquiry is a concern about a child's safety: it was handed to the
    # safeguarding officers (the concern) and closed here.
    moved_to_concern = models.OneToOneField(
        "concerns.Concern",
        verbose_name=_("moved to the concern"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="from_inquiry",
    )
    merged_into = models.ForeignKey(
        "self",
        verbose_name=_("merged into"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="merged",
    )

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("inquiry")
        verbose_name_plural = _("inquiries")
        indexes = [
            # The team's queue, filtered by status, oldest or newest first.
            models.Index(fields=["congress", "team", "status", "created_at"], name="helpdesk_queue_idx"),
            # The secretariat's view across the queues, and the dashboards.
            models.Index(fields=["congress", "status", "created_at"], name="helpdesk_congress_status_idx"),
            models.Index(fields=["assignee", "status"], name="helpdesk_assignee_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(status=InquiryStatus.CLOSED, closed_at__isnull=False)
                | (~models.Q(status=InquiryStatus.CLOSED) & models.Q(closed_at__isnull=True)),
                name="helpdesk_closed_at_iff_closed",
            ),
            models.CheckConstraint(
                condition=models.Q(merged_into__isnull=True) | models.Q(status=InquiryStatus.CLOSED),
                name="helpdesk_merged_is_closed",
            ),
            models.CheckConstraint(
                condition=~models.Q(merged_into=models.F("pk")), name="helpdesk_not_merged_into_itself"
            ),
        ]

    def __str__(self) -> str:
        # Only the reference: this is what the audit log and the outbox show.
        return self.reference


class InquiryMessage(models.Model):
    """One message of an inquiry: the requester's question or reply, a handler's reply, or an internal note."""

    inquiry = models.ForeignKey(Inquiry, on_delete=models.CASCADE, related_name="messages")
    direction = models.CharField(_("kind"), max_length=8, choices=MessageDirection)
    # None for the requester's messages when they are not signed in (and for an e-mailed reply).
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("written by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = models.TextField(_("message"))
    created_at = models.DateTimeField(_("sent"), auto_now_add=True)
    # The Message-ID of the e-mail that carried it (in or out): threads e-mailed replies, and a repeated delivery
    # of the same e-mail is stored once.
    email_message_id = models.CharField(max_length=255, blank=True, default="", editable=False)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("message")
        verbose_name_plural = _("messages")
        indexes = [models.Index(fields=["email_message_id"], name="helpdesk_message_id_idx")]
        constraints = [
            models.CheckConstraint(condition=~models.Q(body=""), name="helpdesk_message_not_empty"),
            models.UniqueConstraint(
                fields=["inquiry", "email_message_id"],
                condition=~models.Q(email_message_id=""),
                name="helpdesk_email_once_per_inquiry",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.inquiry} {self.direction} {self.created_at:%Y-%m-%d %H:%M}"


class InquiryAttachment(models.Model):
    """A file sent with a requester's message: checked by its content (`forms.ATTACHMENT`), stored encrypted
    outside the web root, handed out only to those who may read the inquiry."""

    message = models.ForeignKey(InquiryMessage, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(storage=PrivateStorage(), upload_to=private_upload_to("inquiries"))
    original_name = models.CharField(max_length=250)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField()

    class Meta:
        ordering = ["pk"]
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")

    def __str__(self) -> str:
        return self.original_name


class DeskSettings(models.Model):
    """How the desk of one congress works: the first-response target that the queues' SLA timers count down."""

    congress = models.OneToOneField(
        "congresses.Congress", on_delete=models.CASCADE, related_name="desk_settings"
    )
    first_response_hours = models.PositiveSmallIntegerField(
        _("first answer within (hours)"),
        default=48,
        validators=[MinValueValidator(1), MaxValueValidator(720)],
        help_text=_("An inquiry without an answer after this time is shown as overdue in the queue."),
    )

    class Meta:
        verbose_name = _("inquiry desk settings")
        verbose_name_plural = _("inquiry desk settings")

    def __str__(self) -> str:
        return f"{self.congress}: {self.first_response_hours} h"


class FaqEntry(TimeStampedModel):
    """A question that is often asked, with its answer, in several languages. Published entries are on the public
    FAQ page and are suggested on the "Ask the organisers" form while the person types."""

    congress = models.ForeignKey("congresses.Congress", on_delete=models.CASCADE, related_name="faq_entries")
    topic = models.CharField(_("topic"), max_length=20, choices=InquiryTopic)
    question = I18nCharField(_("question"), max_length=300)
    answer = I18nTextField(_("answer"))
    # Words people use when they ask, in any language (e.g. "visa, embassy, ビザ"): they improve the suggestions.
    keywords = models.CharField(_("keywords"), max_length=500, blank=True)
    is_published = models.BooleanField(_("on the public FAQ page"), default=False)
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    team = models.ForeignKey(
        "congresses.StaffTeam",
        verbose_name=_("written by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["topic", "position", "pk"]
        verbose_name = _("FAQ entry")
        verbose_name_plural = _("FAQ entries")
        indexes = [models.Index(fields=["congress", "is_published"], name="helpdesk_faq_published_idx")]

    def __str__(self) -> str:
        return str(self.question)


class CannedAnswer(TimeStampedModel):
    """A prepared reply that a handler inserts and adapts. A team's own, or (team empty) shared by all teams."""

    congress = models.ForeignKey(
        "congresses.Congress", on_delete=models.CASCADE, related_name="canned_answers"
    )
    team = models.ForeignKey(
        "congresses.StaffTeam",
        verbose_name=_("team"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="canned_answers",
        help_text=_("Leave empty to share it with every team."),
    )
    title = models.CharField(_("title"), max_length=200)
    body = I18nTextField(_("text"))

    class Meta:
        ordering = ["title", "pk"]
        verbose_name = _("canned answer")
        verbose_name_plural = _("canned answers")

    def __str__(self) -> str:
        return self.title
