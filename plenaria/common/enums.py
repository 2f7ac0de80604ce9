from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class EmailStatus(models.TextChoices):
    QUEUED = "queued", pgettext_lazy("e-mail status", "Queued")
    SENT = "sent", pgettext_lazy("e-mail status", "Sent")
    FAILED = "failed", pgettext_lazy("e-mail status", "Failed")


class DomainErrorCode(models.TextChoices):
    """Codes shared by every app's domain errors; apps add their own codes on top."""

    NOT_FOUND = "not_found", _("Not found")
    FORBIDDEN = "forbidden", _("Not allowed")
