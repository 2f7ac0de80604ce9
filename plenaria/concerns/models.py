"""Concerns about the safety of a child, and their incident log.

Who reported, what happened and the contact details are encrypted at rest and read only by the congress's
safeguarding officers (every reading is logged). An anonymous report keeps no contact details at all: a database
constraint makes sure of it. The incident log and the log of readings are append-only (`AppendOnlyModel`; a
database trigger refuses an UPDATE as well, see migration 0002).
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from encrypted_fields.fields import EncryptedCharField, EncryptedEmailField, EncryptedTextField

from plenaria.common.models import TimeStampedModel

from .enums import ChildInDanger, ConcernActionKind, ConcernStatus, ReporterRole


class Concern(TimeStampedModel):
    """One report made with the "Report a concern" form."""

    congress = models.ForeignKey("congresses.Congress", on_delete=models.PROTECT, related_name="concerns")
    reference = models.CharField(_("reference"), max_length=20, unique=True)
    status = models.CharField(
        _("status"), max_length=16, choices=ConcernStatus, default=ConcernStatus.NEW, db_index=True
    )
    child_in_danger = models.CharField(_("a child in danger right now"), max_length=8, choices=ChildInDanger)
    reporter_role = models.CharField(_("reported by"), max_length=16, choices=ReporterRole)
    language = models.CharField(_("language of the report"), max_length=10, choices=settings.LANGUAGES)
    what_happened = EncryptedTextField(_("what happened"))
    where_and_when = EncryptedTextField(_("where and when"), null=True, blank=True)
    who_is_involved = EncryptedTextField(_("who is involved"), null=True, blank=True)
    is_anonymous = models.BooleanField(_("anonymous"), default=False)
    contact_name = EncryptedCharField(_("name"), max_length=200, null=True, blank=True)
    contact_email = EncryptedEmailField(_("e-mail"), max_length=254, null=True, blank=True)
    contact_phone = EncryptedCharField(_("telephone"), max_length=40, null=True, blank=True)
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assigned to"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("concern")
        verbose_name_plural = _("concerns")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(is_anonymous=False)
                | models.Q(contact_name__isnull=True, contact_email__isnull=True, contact_phone__isnull=True),
                name="concern_anonymous_keeps_no_contact",
            )
        ]

    def __str__(self) -> str:
        # Only the reference: this is what the audit log and the outbox show.
        return self.reference

    @property
    def can_be_answered(self) -> bool:
        return not self.is_anonymous and bool(self.contact_email or self.contact_phone)


class AppendOnlyQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise TypeError(f"{self.model.__name__} is append-only: entries are never changed.")

    def delete(self):
        raise TypeError(f"{self.model.__name__} is append-only: entries are never deleted one by one.")


class AppendOnlyModel(models.Model):
    """Rows are added, never changed or deleted (a whole concern may still be deleted, with its log)."""

    objects = AppendOnlyQuerySet.as_manager()

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise TypeError(f"{type(self).__name__} is append-only: entries are never changed.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise TypeError(f"{type(self).__name__} is append-only: entries are never deleted one by one.")


class ConcernAction(AppendOnlyModel):
    """One entry of a concern's incident log: who did what, when."""

    concern = models.ForeignKey(Concern, on_delete=models.CASCADE, related_name="actions")
    kind = models.CharField(_("what"), max_length=16, choices=ConcernActionKind)
    # None only for the first entry ("reported"): the reporter is never recorded as a user.
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("who"), null=True, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(_("when"), auto_now_add=True)
    status_before = models.CharField(_("status before"), max_length=16, choices=ConcernStatus, blank=True)
    status_after = models.CharField(_("status after"), max_length=16, choices=ConcernStatus, blank=True)
    note = EncryptedTextField(_("note"), null=True, blank=True)
    authority_name = models.CharField(_("authority"), max_length=200, blank=True)
    authority_reference = EncryptedCharField(
        _("authority's reference"), max_length=100, null=True, blank=True
    )
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assigned to"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("incident log entry")
        verbose_name_plural = _("incident log")
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(kind=ConcernActionKind.ESCALATED) | ~models.Q(authority_name=""),
                name="concern_escalation_names_authority",
            )
        ]

    def __str__(self) -> str:
        return f"{self.concern} {self.kind} {self.created_at:%Y-%m-%d %H:%M}"


class ConcernReading(AppendOnlyModel):
    """Who opened a concern, and when: the officers review it (accountability)."""

    concern = models.ForeignKey(Concern, on_delete=models.CASCADE, related_name="readings")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+")
    read_at = models.DateTimeField(_("when"), auto_now_add=True)

    class Meta:
        ordering = ["-read_at", "-pk"]
        verbose_name = _("reading of a concern")
        verbose_name_plural = _("readings of concerns")

    def __str__(self) -> str:
        return f"{self.read_at:%Y-%m-%d %H:%M} {self.user} → {self.concern}"
