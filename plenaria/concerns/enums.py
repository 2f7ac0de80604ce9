from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class ConcernStatus(models.TextChoices):
    NEW = "new", pgettext_lazy("concern status", "New")
    IN_PROGRESS = "in_progress", pgettext_lazy("concern status", "Being handled")
    ESCALATED = "escalated", pgettext_lazy("concern status", "Escalated to the authorities")
    CLOSED = "closed", pgettext_lazy("concern status", "Closed")


class ChildInDanger(models.TextChoices):
    """The reporter's answer to "Is a child in danger right now?": what puts a concern at the top of the list."""

    YES = "yes", pgettext_lazy("child in danger", "Yes")
    UNSURE = "unsure", pgettext_lazy("child in danger", "I don't know")
    NO = "no", pgettext_lazy("child in danger", "No")


class ReporterRole(models.TextChoices):
    YOUNG_PERSON = "young_person", _("A young person (under 18)")
    GUARDIAN = "guardian", _("A parent or guardian")
    PARTICIPANT = "participant", _("A participant in the congress")
    STAFF = "staff", _("Staff or a volunteer")
    OTHER = "other", _("Someone else")


class ConcernActionKind(models.TextChoices):
    """What one entry of a concern's incident log records."""

    REPORTED = "reported", pgettext_lazy("concern log", "Reported through the form")
    NOTE = "note", pgettext_lazy("concern log", "Note")
    STATUS_CHANGED = "status_changed", pgettext_lazy("concern log", "Status changed")
    ASSIGNED = "assigned", pgettext_lazy("concern log", "Assigned")
    ESCALATED = "escalated", pgettext_lazy("concern log", "Escalated to the authorities")
    CLOSED = "closed", pgettext_lazy("concern log", "Closed")
