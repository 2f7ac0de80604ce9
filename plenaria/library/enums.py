from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class AccessLevel(models.TextChoices):
    """Who may read a document: its page, its files, and whether search results, feeds and the API show it.

    Ordered from the widest audience to the narrowest (see `LEVELS_IN_ORDER`)."""

    PUBLIC = "public", _("Public")
    PARTICIPANTS = "participants", _("Registered participants")
    GOVERNMENTS = "governments", _("Government delegations only")
    SECRETARIAT = "secretariat", _("Secretariat only")


LEVELS_IN_ORDER = [
    AccessLevel.PUBLIC,
    AccessLevel.PARTICIPANTS,
    AccessLevel.GOVERNMENTS,
    AccessLevel.SECRETARIAT,
]


class Theme(models.TextChoices):
    """The five areas of the Stockholm Agenda for Action (1996)."""

    COORDINATION = "coordination", _("Coordination and cooperation")
    PREVENTION = "prevention", _("Prevention")
    PROTECTION = "protection", _("Protection")
    RECOVERY = "recovery", _("Recovery and reintegration")
    CHILD_PARTICIPATION = "participation", _("Child participation")


class Region(models.TextChoices):
    """The regions of the six regional consultations held before the congress."""

    EAST_ASIA_PACIFIC = "east-asia-pacific", _("East Asia and the Pacific")
    ARAB_AFRICAN = "arab-african", _("Africa and the Arab region")
    SOUTH_ASIA = "south-asia", _("South Asia")
    LATIN_AMERICA_CARIBBEAN = "latin-america-caribbean", _("Latin America and the Caribbean")
    EUROPE_CENTRAL_ASIA = "europe-central-asia", _("Europe and Central Asia")
    NORTH_AMERICA = "north-america", _("North America")
    GLOBAL = "global", pgettext_lazy("region", "Global")


class DocumentStatus(models.TextChoices):
    DRAFT = "draft", pgettext_lazy("document status", "Not yet published")
    PUBLISHED = "published", pgettext_lazy("document status", "Published")
    WITHDRAWN = "withdrawn", pgettext_lazy("document status", "Withdrawn")


class ExtractionStatus(models.TextChoices):
    """Whether the text of a file could be read for search. A file that cannot be read is still stored."""

    PENDING = "pending", _("Not read yet")
    DONE = "done", _("Text read for search")
    NO_TEXT = "no_text", _("No text to read (an image or a scan)")
    FAILED = "failed", _("The text could not be read")
